// Days of the bench's multi-day generator, worked one by one into one workspace through the
// engine, as the CLI does: each day imported, put on its business day, reconciled, taken into
// the ledger, and the workspace saved and opened again before the next day.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import initSqlJs from 'sql.js';
import { bytesSource } from '../core/import/types.ts';
import type { OverlapPolicy } from '../core/import/overlap-issue.ts';
import type { EngineHandlers, HandlerContext } from '../core/rpc/contract.ts';
import { createHandlers } from '../core/rpc/handlers.ts';
import type { LedgerRunResult } from '../core/ledger/actions.ts';
import type { RunSummary } from '../core/match/types.ts';

export const BENCH = path.resolve(import.meta.dirname, '..', '..', 'shared', 'bench');
export const CONTEXT: HandlerContext = { progress: () => {}, cancelled: () => false };
const sqlJs = await initSqlJs();

/** Generate `days` days of `orders` orders into `dir` (gen-days.mjs). */
export function generateDays(dir: string, days: number, orders: number, seed = 42): void {
  const generated = spawnSync(
    process.execPath,
    [
      path.join(BENCH, 'gen-days.mjs'),
      '--days',
      String(days),
      '--orders',
      String(orders),
      '--seed',
      String(seed),
      '--out',
      dir,
    ],
    { encoding: 'utf8' },
  );
  if (generated.status !== 0) throw new Error(`gen-days.mjs failed: ${generated.stderr}`);
}

/** check-days.mjs's verdict on a day's result (by default its carry-forward and corrections). */
export function checkDay(
  dir: string,
  day: number,
  result: unknown,
  only: string | null = 'carry_forward,corrections',
): { ok: boolean; output: string } {
  const checked = spawnSync(
    process.execPath,
    [
      path.join(BENCH, 'check-days.mjs'),
      path.join(dir, 'truth.json'),
      String(day),
      '-',
      ...(only === null ? [] : ['--only', only]),
    ],
    { input: JSON.stringify(result), encoding: 'utf8' },
  );
  return { ok: checked.status === 0, output: `${checked.stdout}${checked.stderr}`.trim() };
}

/** A ledger worked day by day; `bytes` is the saved workspace between days. */
export class LedgerDays {
  engine: EngineHandlers = createHandlers({ sqlJs, now: () => this.clock });
  bytes: Uint8Array | null = null;
  clock = '2024-03-16T09:00:00.000Z';

  /** Open the saved workspace in a new engine (as a new CLI process does). */
  async reopen(): Promise<void> {
    this.engine = createHandlers({ sqlJs, now: () => this.clock });
    if (this.bytes) {
      const opened = await this.engine['workspace/open']({ bytes: this.bytes }, CONTEXT);
      if (!opened.ok) throw new Error(opened.issues[0]?.message);
    }
  }

  /** One run: the files imported, reconciled for their business day, taken into the ledger, saved. */
  async run(
    files: readonly string[],
    options: { user?: string; onOverlap?: OverlapPolicy; expiryDays?: number; date?: string } = {},
  ): Promise<{ run_id: number; ledger: LedgerRunResult; summary: RunSummary }> {
    await this.reopen();
    const ids: number[] = [];
    for (const file of files) {
      const source = bytesSource(path.basename(file), new Uint8Array(fs.readFileSync(file)));
      const imported = await this.engine['import/file'](
        { file: source, on_overlap: options.onOverlap ?? 'refuse' },
        CONTEXT,
      );
      if (!imported.ok) throw new Error(`${file}: ${imported.issues[0]?.message}`);
      ids.push(imported.value.import_id);
    }
    const day = await this.engine['ledger/day'](
      { import_ids: ids, ...(options.date ? { date: options.date } : {}) },
      CONTEXT,
    );
    if (!day.ok) throw new Error(day.issues[0]?.message);
    const run = await this.engine['match/run']({ import_ids: day.value.import_ids }, CONTEXT);
    if (!run.ok) throw new Error(run.issues[0]?.message);
    const ledger = await this.engine['ledger/run'](
      {
        run_id: run.value.run_id,
        business_date: day.value.business_date,
        user: options.user ?? 'li',
        ...(options.expiryDays === undefined ? {} : { expiry_days: options.expiryDays }),
      },
      CONTEXT,
    );
    if (!ledger.ok) throw new Error(ledger.issues[0]?.message);
    this.bytes = await this.engine['workspace/export']({}, CONTEXT);
    return { run_id: run.value.run_id, ledger: ledger.value, summary: run.value };
  }

  /** Save after an action taken between runs. */
  async save(): Promise<void> {
    this.bytes = await this.engine['workspace/export']({}, CONTEXT);
  }
}

/** Day K's bank statement (K = 2 … days + 1): the payouts of bill day K − 1. */
export const bankFile = (dir: string, day: number): string => path.join(dir, `day-${day}`, 'bank.xml');

export const dayFiles = (dir: string, day: number): string[] =>
  ['orders.csv', 'alipay.csv', 'wechat.csv'].map((name) => path.join(dir, `day-${day}`, name));
