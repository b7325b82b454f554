import type { EngineHandlers, RunSummary } from '../core/index.ts';
import type { LedgerRunResult } from '../core/ledger/actions.ts';
import type { HandlerContext } from '../core/rpc/contract.ts';
import { FileError, fileError } from './file-error.ts';
import { nodeFilePort, type FilePort } from './file-port.ts';
import { InputError } from './usage.ts';
import { userName, USER_OPTION } from './user-option.ts';
import { writeFileAtomic } from './write-file.ts';

/** The options `reconcile` takes for the workspace as a ledger. */
export const LEDGER_OPTIONS = {
  date: { type: 'string' },
  new: { type: 'boolean', default: false },
  ...USER_OPTION,
  'cross-day-expiry-days': { type: 'string' },
  corrections: { type: 'string' },
  target: { type: 'string', multiple: true },
} as const;

/** What `reconcile` was told about the ledger day it runs. */
export type LedgerRunOptions = {
  date: string | undefined;
  user: string;
  corrections: string | undefined;
  /** A workspace file was given: a run must know its business day. */
  kept: boolean;
};

/** The ledger options from parsed arguments. */
export function ledgerRunOptions(values: {
  date?: string;
  user?: string;
  corrections?: string;
  workspace?: string;
}): LedgerRunOptions {
  return {
    date: values.date,
    user: userName(values.user),
    corrections: values.corrections,
    kept: values.workspace !== undefined,
  };
}

/**
 * Open the workspace saved at `target` into the engine, so the run adds a day to it; nothing
 * to open when there is no file yet or `--new` starts over (the old file then becomes a backup
 * generation when the new one is saved).
 */
export async function openSavedWorkspace(
  engine: EngineHandlers,
  target: string,
  fresh: boolean,
  context: HandlerContext,
  port: FilePort = nodeFilePort,
): Promise<void> {
  if (fresh || port.lstat(target) === undefined) return;
  let bytes: Uint8Array;
  try {
    bytes = port.readFile(target);
  } catch (error) {
    throw fileError('read', target, error);
  }
  const opened = await engine['workspace/open']({ bytes }, context);
  if (!opened.ok) {
    // As refuseUnkeepableWorkspace says it: the file is not ours to replace.
    const reason = (opened.issues[0]?.message ?? 'The workspace cannot be opened.')
      .replace(/^The workspace /, 'it ')
      .replace(/\.$/, '');
    throw new FileError('write', target, '', `${reason}, so it is not replaced: move it away or choose another path`);
  }
}

/** Whether something is at the path. */
export const fileExists = (target: string, port: FilePort = nodeFilePort): boolean => port.lstat(target) !== undefined;

/** The business day of the run's new imports, and every import of that day; null when a run without a workspace has none. */
export async function businessDay(
  engine: EngineHandlers,
  importIds: number[],
  settings: LedgerRunOptions,
  context: HandlerContext,
): Promise<{ business_date: string; import_ids: number[] } | null> {
  const day = await engine['ledger/day'](
    { import_ids: importIds, ...(settings.date ? { date: settings.date } : {}) },
    context,
  );
  if (day.ok) return day.value;
  // Without a workspace the run stands alone: a statement that states no period still reconciles.
  if (!settings.kept && settings.date === undefined && day.issues[0]?.code === 'business_date_unknown') return null;
  throw new InputError(day.issues.map((i) => i.message).join('\n'));
}

/** Take the run into the ledger and write the corrections file when asked. */
export async function ledgerRun(
  engine: EngineHandlers,
  run: RunSummary,
  businessDate: string,
  settings: LedgerRunOptions,
  context: HandlerContext,
): Promise<LedgerRunResult> {
  // The run's parameters carry its cross-day expiry and targets (--cross-day-expiry-days, --target).
  const result = await engine['ledger/run'](
    { run_id: run.run_id, business_date: businessDate, user: settings.user },
    context,
  );
  if (!result.ok) throw new InputError(result.issues.map((i) => i.message).join('\n'));
  if (settings.corrections) {
    const corrections = await engine['ledger/corrections']({ run_id: run.run_id }, context);
    if (!corrections.ok) throw new InputError(corrections.issues.map((i) => i.message).join('\n'));
    writeFileAtomic(settings.corrections, corrections.value.csv);
  }
  return result.value;
}
