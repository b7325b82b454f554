import type { Database } from 'sql.js';
import type { CategoryCode } from '../match/categories.ts';
import type { RunParameters, RunSummary } from '../match/types.ts';
import { queryAll } from '../store/workspace.ts';

/** A file a run reconciled, as it was then. */
export type RunFile = {
  import_id: number;
  file: string;
  sha256: string;
  side: string;
  source: string;
  profile: string;
  rows: number;
  imported: number;
  rejected: number;
};

/** One run of the workspace, as its history lists it. */
export type RunRecord = {
  run_id: number;
  started_at: string;
  business_date: string | null;
  user: string | null;
  files: RunFile[];
  parameters: RunParameters & { cross_day_expiry_days?: number };
  /** Keys per category. */
  counts: Partial<Record<CategoryCode, number>>;
  /** The ledger after the run: carried items open and closed by the run, other open exceptions. */
  ledger: { carried_open: number; carried_resolved: number; open_exceptions: number } | null;
};

/** The files of the run's imports, as they are stored now (kept with the run, since a later --replace removes them). */
export function runFiles(db: Database, importIds: readonly number[]): RunFile[] {
  return queryAll<RunFile>(
    db,
    `SELECT id AS import_id, file, sha256, side, source, profile_id || '@' || profile_version AS profile, rows, imported,
       rejected FROM import WHERE id IN (${importIds.map(Number).join(', ') || 'NULL'}) ORDER BY id`,
  );
}

/** Every run, oldest first. */
export function runHistory(db: Database): RunRecord[] {
  const rows = queryAll<{
    id: number;
    started_at: string;
    summary_json: string;
    business_date: string | null;
    user_name: string | null;
    ledger_json: string | null;
  }>(
    db,
    `SELECT r.id, r.started_at, r.summary_json, l.business_date, l.user_name, l.ledger_json
     FROM run r LEFT JOIN ledger_run l ON l.run_id = r.id ORDER BY r.id`,
  );
  return rows.map((row) => {
    const summary = JSON.parse(row.summary_json) as Partial<RunSummary>;
    const ledger = row.ledger_json === null ? null : (JSON.parse(row.ledger_json) as LedgerJson);
    const counts = Object.fromEntries(
      Object.entries(summary.categories ?? {})
        .filter(([, totals]) => totals.count > 0)
        .map(([code, totals]) => [code, totals.count]),
    );
    return {
      run_id: Number(row.id),
      started_at: row.started_at,
      business_date: row.business_date,
      user: row.user_name,
      files: ledger?.files ?? [],
      parameters: {
        ...(summary.parameters as RunParameters),
        ...(ledger ? { cross_day_expiry_days: ledger.expiry_days } : {}),
      },
      counts,
      ledger: ledger && {
        carried_open: ledger.carry_forward.open.count,
        carried_resolved: ledger.carry_forward.resolved.count,
        open_exceptions: ledger.open_exceptions.count,
      },
    };
  });
}

type LedgerJson = {
  files: RunFile[];
  expiry_days: number;
  carry_forward: { open: { count: number }; resolved: { count: number } };
  open_exceptions: { count: number };
};

/** How a later run differs from an earlier one: keys per category, the ledger's figures, the items each changed. */
export type RunComparison = {
  from: number;
  to: number;
  counts: Partial<Record<CategoryCode, { from: number; to: number; change: number }>>;
  ledger: Record<'carried_open' | 'carried_resolved' | 'open_exceptions', { from: number; to: number; change: number }>;
  /** Items opened, closed, reopened or changed by the runs after `from` up to `to`. */
  items: { item_id: string; run_id: number; action: string; category: string; amount_minor: number }[];
};

export function compareRuns(
  db: Database,
  history: readonly RunRecord[],
  from: number,
  to: number,
): RunComparison | null {
  const a = history.find((run) => run.run_id === from);
  const b = history.find((run) => run.run_id === to);
  if (!a || !b) return null;
  const codes = [...new Set([...Object.keys(a.counts), ...Object.keys(b.counts)])].sort() as CategoryCode[];
  const change = (x: number, y: number) => ({ from: x, to: y, change: y - x });
  const figure = (run: RunRecord, name: keyof NonNullable<RunRecord['ledger']>) => run.ledger?.[name] ?? 0;
  return {
    from,
    to,
    counts: Object.fromEntries(codes.map((code) => [code, change(a.counts[code] ?? 0, b.counts[code] ?? 0)])),
    ledger: {
      carried_open: change(figure(a, 'carried_open'), figure(b, 'carried_open')),
      carried_resolved: change(figure(a, 'carried_resolved'), figure(b, 'carried_resolved')),
      open_exceptions: change(figure(a, 'open_exceptions'), figure(b, 'open_exceptions')),
    },
    items: queryAll(
      db,
      `SELECT item_id, run_id, action, category, amount_minor FROM ledger_event
       WHERE run_id > ? AND run_id <= ? ORDER BY id`,
      [Math.min(from, to), Math.max(from, to)],
    ),
  };
}
