import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import policy from './content-security-policy.json' with { type: 'json' };

/**
 * The policy the production server sends as a header (scripts/serve-web.mjs); a worker loaded
 * from a URL takes the policy of its own response, which only a header can give it.
 */
const CONTENT_SECURITY_POLICY = policy.directives.join('; ');

/**
 * Dev only: a meta policy that lets React refresh run its inline preamble (Vite gives it the
 * build's nonce, here the placeholder itself) and HMR connect; still no 'unsafe-inline'.
 */
const developmentPolicy = (): Plugin => ({
  name: 'recondesk-dev-csp',
  apply: 'serve',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: {
        'http-equiv': 'Content-Security-Policy',
        content: CONTENT_SECURITY_POLICY.replace(
          "script-src 'self' 'wasm-unsafe-eval'",
          `script-src 'self' 'nonce-${policy.noncePlaceholder}' 'wasm-unsafe-eval'`,
        ).replace("connect-src 'self'", "connect-src 'self' ws: http://localhost:*"),
      },
      injectTo: 'head-prepend',
    },
  ],
});

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react(), developmentPolicy()],
  worker: { format: 'es' },
  // The server replaces the placeholder with a fresh nonce per page: the style sheets antd writes at run time carry it.
  html: { cspNonce: policy.noncePlaceholder },
  // Pre-bundle what the worker imports, or the first import in dev re-optimizes and reloads the page.
  optimizeDeps: {
    include: [
      'exceljs',
      'sql.js',
      'papaparse',
      '@noble/hashes/sha2.js',
      '@noble/hashes/utils.js',
      'ajv/dist/runtime/ucs2length.js',
    ],
  },
  build: { outDir: '../dist/web', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
