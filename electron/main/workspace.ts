import type { SqlJsStatic } from 'sql.js';
import type { RestoreCopyResult, SaveFileResult, WorkspaceCopy, WorkspaceLoad } from '../../contracts/host-api.ts';
import { KEPT_GENERATIONS } from '../../core/store/generations.ts';
import type { StoreContext } from './workspace-context.ts';
import { nodeWorkspaceIo, type WorkspaceIo } from './workspace-io.ts';
import { listCopies, loadWorkspace, restoreCopy } from './workspace-open.ts';
import { saveWorkspace } from './workspace-save.ts';

export { WORKSPACE_FILE } from './workspace-context.ts';

export type WorkspaceStoreOptions = {
  /** The folder the workspace and its copies live in (the user's data folder). */
  folder: string;
  /** sql.js for the checks, loaded on first use. */
  sqlJs: () => Promise<SqlJsStatic>;
  io?: WorkspaceIo;
  now?: () => Date;
  /** How many good copies to keep; at least 1. */
  keep?: number;
};

/** The workspace file, its kept copies and what the app may ask of them. */
export type WorkspaceStore = {
  load(): Promise<WorkspaceLoad>;
  save(bytes: Uint8Array): Promise<SaveFileResult>;
  copies(): Promise<WorkspaceCopy[]>;
  restore(generation: number): Promise<RestoreCopyResult>;
};

/**
 * One store per folder. Its operations run one at a time, in the order they were asked for, so a
 * save never overlaps another save or a listing.
 */
export function createWorkspaceStore(options: WorkspaceStoreOptions): WorkspaceStore {
  const context: StoreContext = {
    folder: options.folder,
    io: options.io ?? nodeWorkspaceIo,
    sqlJs: options.sqlJs,
    now: options.now ?? (() => new Date()),
    keep: options.keep ?? KEPT_GENERATIONS,
    trusted: null,
  };
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    load: () => serial(() => loadWorkspace(context)),
    save: (bytes) => serial(() => saveWorkspace(context, bytes)),
    copies: () => serial(() => listCopies(context)),
    restore: (generation) => serial(() => restoreCopy(context, generation)),
  };
}
