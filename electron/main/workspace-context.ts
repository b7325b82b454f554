import { join } from 'node:path';
import type { SqlJsStatic } from 'sql.js';
import type { WorkspaceCopy } from '../../contracts/host-api.ts';
import { verifyWorkspace, type WorkspaceFacts } from '../../core/store/verify-workspace.ts';
import type { Result } from '../../core/result.ts';
import type { FileIdentity, WorkspaceIo } from './workspace-io.ts';

export const WORKSPACE_FILE = 'workspace.sqlite';

/** What the workspace store's steps share: where the files are, how to reach them, and what was checked. */
export type StoreContext = {
  folder: string;
  io: WorkspaceIo;
  sqlJs: () => Promise<SqlJsStatic>;
  now: () => Date;
  keep: number;
  /** The current file as this process last verified or wrote it; anything else is checked again. */
  trusted: FileIdentity | null;
};

export const pathOf = (context: StoreContext, name: string): string => join(context.folder, name);

export type CheckedFile = { bytes: Uint8Array; identity: FileIdentity; verdict: Result<WorkspaceFacts> };

/** Reads a file of the folder and runs core's full workspace check on it. */
export async function checkFile(context: StoreContext, name: string): Promise<CheckedFile> {
  const path = pathOf(context, name);
  const identity = await context.io.stat(path);
  const bytes = await context.io.readFile(path);
  return { bytes, identity, verdict: verifyWorkspace(await context.sqlJs(), bytes) };
}

export const reasonOfVerdict = (verdict: Result<WorkspaceFacts>): string =>
  verdict.ok ? '' : verdict.issues.map((issue) => issue.message).join(' ');

/** A generation as the restore dialog lists it. */
export function copyOf(generation: number, file: string, checked: CheckedFile): WorkspaceCopy {
  const base = {
    generation,
    file,
    saved_at: new Date(checked.identity.mtimeMs).toISOString(),
    bytes: checked.identity.size,
  };
  return checked.verdict.ok
    ? { ...base, imports: checked.verdict.value.imports, runs: checked.verdict.value.runs }
    : { ...base, imports: null, runs: null, refused: reasonOfVerdict(checked.verdict) };
}
