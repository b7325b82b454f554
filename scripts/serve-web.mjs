#!/usr/bin/env node
/**
 * Serves the built web app (dist/web) the way production must: the Content-Security-Policy comes
 * as a response header, so the engine worker (loaded from a URL) gets the same policy as the page.
 * Usage: node scripts/serve-web.mjs [--port 4173] [--root dist/web]
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import policy from '../renderer/content-security-policy.json' with { type: 'json' };

const { values } = parseArgs({
  options: { port: { type: 'string', default: '4173' }, root: { type: 'string', default: 'dist/web' } },
});
const root = resolve(values.root);

/** The one policy of the web app (renderer/content-security-policy.json), plus what only a header can say. */
const CONTENT_SECURITY_POLICY = [...policy.directives, "frame-ancestors 'none'"].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cache-Control': 'no-cache',
};

/**
 * Every response gets its own nonce; a page gets it in place of the build's placeholder too, so only
 * the style sheets the app's own scripts write (antd's) apply, never one injected into the markup.
 */
function withNonce(file, body) {
  const nonce = randomBytes(16).toString('base64');
  const csp = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY.replaceAll(policy.noncePlaceholder, nonce) };
  if (body === undefined || extname(file) !== '.html') return { csp, body };
  return { csp, body: Buffer.from(body.toString('utf8').replaceAll(policy.noncePlaceholder, nonce)) };
}

/** The file under root a URL names, or null when it would leave root or is not a well-formed path. */
function fileFor(url) {
  let path;
  try {
    path = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  } catch {
    return null;
  }
  const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
  return file === root || file.startsWith(root + sep) ? file : null;
}

const server = createServer(async (request, response) => {
  const file = fileFor(request.url ?? '/');
  if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) {
    response.writeHead(file ? 405 : 403, { ...HEADERS, ...withNonce('').csp }).end();
    return;
  }
  try {
    if (!(await stat(file)).isFile()) throw new Error('not a file');
    const { csp, body } = withNonce(file, await readFile(file));
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    response.writeHead(200, { ...HEADERS, ...csp, 'Content-Type': type });
    response.end(request.method === 'HEAD' ? undefined : body);
  } catch {
    response.writeHead(404, { ...HEADERS, ...withNonce('').csp, 'Content-Type': 'text/plain' }).end('not found');
  }
});

server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`ReconDesk web: http://127.0.0.1:${values.port}/ (serving ${root})`);
});
