import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, CSP_NONCE_PLACEHOLDER } from '../electron/main/app-origin.ts';
import webPolicy from '../renderer/content-security-policy.json' with { type: 'json' };

type Policy = Record<string, string[]>;

/** A policy as the browser reads it: directive name → its sources, a directive given twice refused. */
function parse(policy: string): Policy {
  const parsed: Policy = {};
  for (const directive of policy.split(';').map((part) => part.trim())) {
    if (directive === '') continue;
    const [name = '', ...sources] = directive.split(/\s+/);
    expect(parsed[name], `${name} is given twice`).toBeUndefined();
    parsed[name.toLowerCase()] = sources;
  }
  return parsed;
}

const NONCE = 'cmVjb25kZXNrLW5vbmNlLTE=';

/** What the app needs and nothing more: its own files, sql.js's wasm, blob workers and downloads. */
const WEB: Policy = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'worker-src': ["'self'", 'blob:'],
  'style-src': ["'self'", `'nonce-${NONCE}'`],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'", 'blob:', 'data:'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

const UNSAFE = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'strict-dynamic'", '*', 'http:', 'https:'];

const web = parse(webPolicy.directives.join('; ').replaceAll(webPolicy.noncePlaceholder, NONCE));
const desktop = parse(contentSecurityPolicy(NONCE));

describe('the web policy (renderer/content-security-policy.json, sent as a header by the server)', () => {
  it('has exactly the directives and sources the app needs', () => {
    expect(web).toEqual(WEB);
  });
});

describe('the desktop policy (sent by the app:// protocol)', () => {
  it('is the web policy, and no other page may frame the app', () => {
    expect(desktop).toEqual({ ...WEB, 'frame-ancestors': ["'none'"] });
  });

  it('takes the nonce of its response, in place of the placeholder the build writes', () => {
    expect(contentSecurityPolicy(NONCE)).not.toContain(CSP_NONCE_PLACEHOLDER);
    expect(CSP_NONCE_PLACEHOLDER).toBe(webPolicy.noncePlaceholder);
    expect(parse(contentSecurityPolicy('b3RoZXI='))['style-src']).toEqual(["'self'", "'nonce-b3RoZXI='"]);
  });
});

describe('both policies', () => {
  it.each([
    ['web', web],
    ['desktop', desktop],
  ])('%s: no unsafe source, no wildcard, no per-element style or script exception', (_name, policy) => {
    for (const [directive, sources] of Object.entries(policy)) {
      for (const source of sources) expect(UNSAFE, `${directive} ${source}`).not.toContain(source.toLowerCase());
    }
    for (const loophole of ['style-src-attr', 'style-src-elem', 'script-src-attr', 'script-src-elem', 'sandbox']) {
      expect(policy[loophole], loophole).toBeUndefined();
    }
  });
});
