import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { protocol } from 'electron';
import {
  APP_SCHEME,
  contentSecurityPolicy,
  contentTypeOf,
  CSP_NONCE_PLACEHOLDER,
  resolveAppFile,
} from './app-origin.ts';

/** Must run before the app is ready: makes `app://` a secure, standard origin that can host module workers. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
    },
  ]);
}

/** Every response has its own nonce: one learned from a page is worth nothing on the next. */
function securityHeaders(nonce: string = randomBytes(16).toString('base64')): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(nonce),
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
  };
}

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...securityHeaders() } });
}

/** A page gets its nonce in place of the build's placeholder, for the style sheets its scripts create. */
function fileResponse(file: string, body: Buffer, method: string): Response {
  const nonce = randomBytes(16).toString('base64');
  const headers = { 'Content-Type': contentTypeOf(file), ...securityHeaders(nonce) };
  if (method === 'HEAD') return new Response(null, { status: 200, headers });
  const isPage = extname(file).toLowerCase() === '.html';
  const content = isPage ? body.toString('utf8').replaceAll(CSP_NONCE_PLACEHOLDER, nonce) : new Uint8Array(body);
  return new Response(content, { status: 200, headers });
}

/** Serves the built renderer from `root` with the app's CSP on every response. */
export function serveAppFrom(root: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
    const file = resolveAppFile(root, request.url);
    if (file === null) return textResponse(404, 'Not found');
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return textResponse(404, 'Not found');
    }
    return fileResponse(file, body, request.method);
  });
}
