import { join, resolve } from 'node:path';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * The save child bundled once into plain JavaScript, with `electron` resolved to the fake: each
 * of the hundreds of processes a kill test starts then costs Node's start-up, not a TypeScript
 * compile. npm packages (sql.js) stay external, as in the app's own main bundle.
 */
export async function buildSaveChild(): Promise<string> {
  const outDir = join(ROOT, 'out/fault');
  await build({
    root: ROOT,
    configFile: false,
    logLevel: 'warn',
    resolve: { alias: { electron: join(ROOT, 'test/fake-electron/index.ts') } },
    build: {
      ssr: true,
      outDir,
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      rolldownOptions: {
        input: { 'desktop-save-child': join(ROOT, 'test/fault/desktop-save-child.ts') },
        output: { entryFileNames: '[name].mjs', format: 'es' },
      },
    },
  });
  return join(outDir, 'desktop-save-child.mjs');
}
