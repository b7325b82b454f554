import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { CSP_NONCE_PLACEHOLDER } from './electron/main/app-origin.ts';

const fromRoot = (path: string): string => resolve(import.meta.dirname, path);

export default defineConfig({
  main: {
    build: { lib: { entry: fromRoot('electron/main/index.ts') } },
  },
  preload: {
    // A sandboxed preload must be CommonJS; the package is "type": "module", so say so explicitly.
    build: { lib: { entry: fromRoot('electron/preload/index.ts'), formats: ['cjs'] } },
  },
  renderer: {
    root: fromRoot('renderer'),
    build: {
      minify: true,
      // antd and the engine's parsers make large chunks; the desktop app loads them from disk, not a network.
      chunkSizeWarningLimit: 2000,
      rolldownOptions: { input: fromRoot('renderer/index.html') },
    },
    worker: { format: 'es' },
    // The app protocol replaces the placeholder with a fresh nonce per page (electron/main/app-protocol.ts).
    html: { cspNonce: CSP_NONCE_PLACEHOLDER },
    plugins: [react()],
    optimizeDeps: { include: ['exceljs', 'sql.js', 'papaparse'] },
  },
});
