import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = resolve(import.meta.dirname, '..');

/** The CLI as one ES module for Node; npm dependencies stay external. */
export default defineConfig({
  root,
  build: {
    ssr: resolve(root, 'cli/main.ts'),
    outDir: resolve(root, 'out/cli'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    rolldownOptions: { output: { entryFileNames: 'recondesk.mjs', format: 'es' } },
  },
});
