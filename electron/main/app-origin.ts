import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

/** The privileged scheme the packaged renderer is served from: `app://recondesk/index.html`. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'recondesk';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** The build writes this in place of a nonce (electron.vite.config.ts); each page response fills in its own. */
export const CSP_NONCE_PLACEHOLDER = 'RECONDESK_CSP_NONCE';

/**
 * Sent as a response header, not a meta tag: a URL-loaded worker takes the policy of its own
 * response. 'wasm-unsafe-eval' lets sql.js compile its wasm; nothing allows eval, inline script or
 * inline style: a style sheet applies only with the page's nonce. No plugins, no `<base>`, no form
 * posts, and no other page may frame the app.
 */
export const CONTENT_SECURITY_POLICY_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  `style-src 'self' 'nonce-${CSP_NONCE_PLACEHOLDER}'`,
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' blob: data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
];

/** The policy of one response, with that response's nonce. */
export function contentSecurityPolicy(nonce: string): string {
  return CONTENT_SECURITY_POLICY_DIRECTIVES.join('; ').replaceAll(CSP_NONCE_PLACEHOLDER, nonce);
}

/** Where the renderer comes from: the app scheme when packaged, the dev server URL in development. */
export type AppOrigin = { protocol: string; host: string };

export const PACKAGED_ORIGIN: AppOrigin = { protocol: `${APP_SCHEME}:`, host: APP_HOST };

export function originOf(url: string): AppOrigin | null {
  try {
    const parsed = new URL(url);
    return { protocol: parsed.protocol, host: parsed.host };
  } catch {
    return null;
  }
}

/** Compares protocol and host: Node reports the origin of a custom scheme as "null". */
export function isAppUrl(url: string, origin: AppOrigin): boolean {
  const candidate = originOf(url);
  return candidate !== null && candidate.protocol === origin.protocol && candidate.host === origin.host;
}

/** Links the app may open in the user's browser: https only, on an allowlisted host. */
export function isAllowedExternalUrl(url: string, allowedHosts: readonly string[]): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.username === '' && allowedHosts.includes(parsed.hostname);
  } catch {
    return false;
  }
}

/**
 * Maps an `app://recondesk/...` request to a file under `root`, or null when the request is for
 * another host, is malformed, or would escape `root` (`..`, encoded separators, NUL, absolute paths).
 */
export function resolveAppFile(root: string, requestUrl: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(requestUrl);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relativePath = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const base = resolve(root);
  const file = resolve(base, relativePath);
  const inside = relative(base, file);
  if (inside === '' || isAbsolute(inside) || inside.split(sep).includes('..')) return null;
  return file;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}
