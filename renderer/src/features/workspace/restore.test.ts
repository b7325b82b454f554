import { describe, expect, it } from 'vitest';
import type { RestoreCopyResult, WorkspaceCopy, WorkspaceLoad } from '../../../../contracts/host-api.ts';
import type { EngineMethod } from '../../../../core/rpc/contract.ts';
import { restoreCopy, restoreWorkspace } from './restore.ts';
import type { EngineSend, WorkspaceHost } from './saver.ts';

const COPY: WorkspaceCopy = {
  generation: 1,
  file: 'workspace.sqlite.1',
  saved_at: '2026-12-06T21:10:00.000Z',
  bytes: 40960,
  imports: 3,
  runs: 2,
};
const REFUSED = {
  file: 'workspace.sqlite',
  set_aside_as: 'workspace.sqlite.refused-2026-12-06T22-31-05Z',
  reason: 'The workspace is damaged (database disk image is malformed).',
};

/** An engine that opens whatever it is given and lists what the test says. */
function engine() {
  const opened: Uint8Array[] = [];
  const answers: Partial<Record<EngineMethod, (input: { bytes?: Uint8Array }) => unknown>> = {
    'workspace/open': (input) => (
      opened.push(input.bytes ?? new Uint8Array()),
      { ok: true, value: { imports: 3, runs: 2 } }
    ),
    'import/list': () => [{ import_id: 1, file: 'orders.csv' }],
    'match/latest': () => ({ run_id: 2 }),
  };
  const send = ((method: EngineMethod, input: { bytes?: Uint8Array }) =>
    Promise.resolve(answers[method]?.(input))) as EngineSend;
  return { send, opened };
}

function host(load: WorkspaceLoad, restored: RestoreCopyResult = { restored: false, message: 'none' }): WorkspaceHost {
  return {
    saveWorkspace: () => Promise.resolve({ saved: true, path: 'workspace.sqlite' }),
    loadWorkspace: () => Promise.resolve(load),
    listWorkspaceCopies: () => Promise.resolve([COPY]),
    restoreWorkspaceCopy: () => Promise.resolve(restored),
  };
}

describe('restoreWorkspace after the host refused the saved file', () => {
  it('opens the copy the host offered and says which file was refused and why', async () => {
    const { send, opened } = engine();
    const restored = await restoreWorkspace(host({ bytes: new Uint8Array([9]), refused: REFUSED, copy: COPY }), send);
    expect(opened).toEqual([new Uint8Array([9])]);
    expect(restored).toMatchObject({ state: 'opened', notice: { refused: REFUSED, copy: COPY } });
  });

  it('starts empty with the notice when no good copy was left', async () => {
    const { send, opened } = engine();
    const restored = await restoreWorkspace(host({ bytes: null, refused: REFUSED, copy: null }), send);
    expect(restored).toEqual({ state: 'empty', notice: { refused: REFUSED, copy: null } });
    expect(opened).toEqual([]);
  });
});

describe('restoreCopy', () => {
  it('opens the chosen copy in the engine with what it holds', async () => {
    const { send, opened } = engine();
    const restored = await restoreCopy(
      host({ bytes: null, refused: null, copy: null }, { restored: true, bytes: new Uint8Array([4]), copy: COPY }),
      send,
      1,
    );
    expect(opened).toEqual([new Uint8Array([4])]);
    expect(restored).toEqual({
      state: 'opened',
      imports: [{ import_id: 1, file: 'orders.csv' }],
      latest: { run_id: 2 },
      notice: null,
    });
  });

  it('says why a copy could not be restored, and leaves the engine alone', async () => {
    const { send, opened } = engine();
    const failed = { restored: false as const, message: 'workspace.sqlite.2: The workspace is not a SQLite database.' };
    expect(await restoreCopy(host({ bytes: null, refused: null, copy: null }, failed), send, 2)).toEqual({
      state: 'failed',
      message: 'workspace.sqlite.2: The workspace is not a SQLite database',
      notice: null,
    });
    expect(opened).toEqual([]);
  });
});
