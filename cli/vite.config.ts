import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = resolve(import.meta.dirname, '..');

/** The CLI and its reader thread as ES modules for Node; npm dependencies stay external. */
export default defineConfig({
  root,
  build: {
    ssr: true,
    outDir: resolve(root, 'out/cli'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    rolldownOptions: {
      input: { recondesk: resolve(root, 'cli/main.ts'), 'read-worker': resolve(root, 'cli/read-worker.ts') },
      output: { entryFileNames: '[name].mjs', chunkFileNames: '[name].mjs', format: 'es' },
    },
  },
});
