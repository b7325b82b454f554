import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  PACKAGED_ORIGIN,
  contentTypeOf,
  isAllowedExternalUrl,
  isAppUrl,
  originOf,
  resolveAppFile,
} from './app-origin.ts';

const root = resolve('/opt/recondesk/out/renderer');

describe('resolveAppFile', () => {
  it('maps app URLs to files under the renderer folder', () => {
    expect(resolveAppFile(root, 'app://recondesk/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://recondesk/')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://recondesk/assets/engine.worker-1a2b.js?v=1#x')).toBe(
      join(root, 'assets', 'engine.worker-1a2b.js'),
    );
    expect(resolveAppFile(root, 'app://recondesk/assets/Report%20font.woff2')).toBe(
      join(root, 'assets', 'Report font.woff2'),
    );
  });

  it('refuses anything that would leave the renderer folder', () => {
    const escapes = [
      'app://recondesk/../main/index.js',
      'app://recondesk/%2e%2e/%2e%2e/etc/passwd',
      'app://recondesk/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc/passwd',
      'app://recondesk/assets/..%5c..%5cwindows',
      'app://recondesk/index.html%00.png',
      'app://recondesk/%E0%A4%A',
      'app://recondesk//etc/passwd/..',
    ];
    for (const url of escapes) {
      const file = resolveAppFile(root, url);
      expect(file === null || file.startsWith(root + sep), url).toBe(true);
    }
    // The URL parser itself folds %2e%2e segments, so this one stays inside the folder.
    expect(resolveAppFile(root, 'app://recondesk/%2e%2e/%2e%2e/etc/passwd')).toBe(join(root, 'etc', 'passwd'));
    expect(resolveAppFile(root, 'app://recondesk/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc/passwd')).toBeNull();
    expect(resolveAppFile(root, 'app://recondesk/index.html%00.png')).toBeNull();
  });

  it('refuses other hosts and schemes', () => {
    expect(resolveAppFile(root, 'app://elsewhere/index.html')).toBeNull();
    expect(resolveAppFile(root, 'file:///etc/passwd')).toBeNull();
    expect(resolveAppFile(root, 'not a url')).toBeNull();
  });
});

describe('origins', () => {
  it('recognises the packaged app and a dev server by protocol and host', () => {
    expect(isAppUrl('app://recondesk/index.html', PACKAGED_ORIGIN)).toBe(true);
    expect(isAppUrl('app://evil/index.html', PACKAGED_ORIGIN)).toBe(false);
    expect(isAppUrl('https://recondesk/index.html', PACKAGED_ORIGIN)).toBe(false);
    expect(isAppUrl('', PACKAGED_ORIGIN)).toBe(false);
    const dev = originOf('http://localhost:5173/');
    expect(dev).toEqual({ protocol: 'http:', host: 'localhost:5173' });
    expect(dev !== null && isAppUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(dev !== null && isAppUrl('http://localhost:5174/', dev)).toBe(false);
  });

  it('opens only allowlisted https links', () => {
    const hosts = ['docs.recondesk.app'];
    expect(isAllowedExternalUrl('https://docs.recondesk.app/guide', hosts)).toBe(true);
    expect(isAllowedExternalUrl('http://docs.recondesk.app/guide', hosts)).toBe(false);
    expect(isAllowedExternalUrl('https://docs.recondesk.app.evil.com/', hosts)).toBe(false);
    expect(isAllowedExternalUrl('https://user@docs.recondesk.app/', hosts)).toBe(false);
    expect(isAllowedExternalUrl('file:///etc/passwd', hosts)).toBe(false);
    expect(isAllowedExternalUrl('https://docs.recondesk.app/', [])).toBe(false);
  });
});

describe('responses', () => {
  it('serves wasm and modules with the types browsers require', () => {
    expect(contentTypeOf('sql-wasm.wasm')).toBe('application/wasm');
    expect(contentTypeOf('engine.worker.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('unknown.bin')).toBe('application/octet-stream');
  });
});
