/**
 * The desktop's save path as the app runs it, under plain Node with the fake `electron`. It loads
 * sql.js, says `warm`, and waits for one line `FOLDER<TAB>FIRST-VERSION<TAB>PADDING-BYTES` on stdin
 * (so the next child can start up while the last one is checked). Then it starts as the app does
 * (loads the workspace), says `ready`, and saves one version after another until killed, each
 * finished save reported as `saved <version>`.
 *
 * Bundled by build-child.ts, which resolves `electron` to the fake: `node out/fault/desktop-save-child.mjs`.
 */
import { createInterface } from 'node:readline';
import { HOST_CHANNELS, type SaveFileResult } from '../../contracts/host-api.ts';
import { PACKAGED_ORIGIN } from '../../electron/main/app-origin.ts';
import { registerHostHandlers } from '../../electron/main/host-handlers.ts';
import { loadSqlJs } from '../../electron/main/sql-js.ts';
import { app, fake } from '../fake-electron/index.ts';
import { workspaceVersion } from '../workspace-versions.ts';

// The one sql.js main loads for its checks; compiling the wasm twice would double the start-up.
const sqlJs = await loadSqlJs();
const input = createInterface({ input: process.stdin });
process.stdout.write('warm\n');
const [line = ''] = await input[Symbol.asyncIterator]()
  .next()
  .then((next) => (next.done ? [] : [String(next.value)]));
input.close();
const [folder = '', firstText = '1', paddingText = '0'] = line.split('\t');
const first = Number(firstText);
const padding = Number(paddingText);

app.setPath('userData', folder);
registerHostHandlers(PACKAGED_ORIGIN);
await fake.invoke(HOST_CHANNELS.loadWorkspace);
let bytes = workspaceVersion(sqlJs, first, padding);
process.stdout.write('ready\n');
for (let version = first; ; version++) {
  const result = await fake.invoke<SaveFileResult>(HOST_CHANNELS.saveWorkspace, [bytes]);
  if (!result.saved) {
    process.stdout.write(`failed ${version}: ${result.message ?? result.reason}\n`);
    process.exit(1);
  }
  process.stdout.write(`saved ${version}\n`);
  bytes = workspaceVersion(sqlJs, version + 1, padding);
}
