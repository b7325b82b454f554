import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fake } from '../../test/fake-electron/index.ts';
import { CSP_NONCE_PLACEHOLDER } from './app-origin.ts';
import { registerAppScheme, serveAppFrom } from './app-protocol.ts';

vi.mock('electron', () => import('../../test/fake-electron/index.ts'));

let folder = '';
const PAGE = `<!doctype html><meta property="csp-nonce" nonce="${CSP_NONCE_PLACEHOLDER}"><script type="module" src="./assets/app.js" nonce="${CSP_NONCE_PLACEHOLDER}"></script>`;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'recondesk-protocol-'));
  await mkdir(join(folder, 'renderer', 'assets'), { recursive: true });
  await writeFile(join(folder, 'renderer', 'index.html'), PAGE);
  await writeFile(join(folder, 'renderer', 'assets', 'app.js'), 'export const app = 1;\n');
  await writeFile(join(folder, 'renderer', 'assets', 'sql-wasm.wasm'), new Uint8Array([0, 97, 115, 109]));
  // Beside the renderer, as main's bundle and the user's files are: never served.
  await mkdir(join(folder, 'main'));
  await writeFile(join(folder, 'main', 'index.js'), 'SECRET main process code');
  await writeFile(join(folder, 'secret.txt'), 'SECRET');
});

afterAll(() => rm(folder, { recursive: true, force: true }));

beforeEach(() => {
  fake.reset();
  serveAppFrom(join(folder, 'renderer'));
});

const nonceOf = (response: Response): string =>
  /style-src 'self' 'nonce-([A-Za-z0-9+/=]+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1] ?? '';

describe('the app protocol', () => {
  it('is registered as a secure standard scheme, with no CSP bypass', () => {
    registerAppScheme();
    expect(fake.recorded.privilegedSchemes).toEqual([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
      },
    ]);
  });

  it('serves the page with a fresh nonce in its policy and in its markup, none left as the placeholder', async () => {
    const first = await fake.request('app://recondesk/index.html');
    const second = await fake.request('app://recondesk/');
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const nonce = nonceOf(first);
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    const body = await first.text();
    expect(body).not.toContain(CSP_NONCE_PLACEHOLDER);
    expect(body.split(`nonce="${nonce}"`)).toHaveLength(3);
    expect(nonceOf(second)).not.toBe(nonce);
    expect(await second.text()).toContain(`nonce="${nonceOf(second)}"`);
  });

  it('serves the app files with their types, the CSP and nosniff', async () => {
    const script = await fake.request('app://recondesk/assets/app.js');
    expect(await script.text()).toBe('export const app = 1;\n');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
    expect(script.headers.get('content-security-policy')).toContain("object-src 'none'");
    const wasm = await fake.request('app://recondesk/assets/sql-wasm.wasm');
    expect(wasm.headers.get('content-type')).toBe('application/wasm');
    expect(new Uint8Array(await wasm.arrayBuffer())).toEqual(new Uint8Array([0, 97, 115, 109]));
    const head = await fake.request('app://recondesk/assets/app.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('refuses every way out of the renderer folder, another host, and a missing file', async () => {
    const refused = [
      'app://recondesk/../main/index.js',
      'app://recondesk/%2e%2e/secret.txt',
      'app://recondesk/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://recondesk/assets/..%2f..%2fmain%2findex.js',
      'app://recondesk/..%5c..%5csecret.txt',
      'app://recondesk/index.html%00.png',
      'app://recondesk/%E0%A4%A',
      `app://recondesk/${encodeURIComponent(join(folder, 'secret.txt'))}`,
      'app://other-host/index.html',
      'app://recondesk/assets/missing.js',
      'app://recondesk/assets',
    ];
    for (const url of refused) {
      const response = await fake.request(url);
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('SECRET');
      expect(response.headers.get('content-security-policy'), url).toContain("default-src 'self'");
    }
  });

  it('answers only GET and HEAD', async () => {
    for (const method of ['POST', 'PUT', 'DELETE']) {
      expect((await fake.request('app://recondesk/index.html', method)).status, method).toBe(405);
    }
  });
});
