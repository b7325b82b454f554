import type { Database } from 'sql.js';
import type { CategoryCode } from '../match/categories.ts';
import type { RunParameters } from '../match/types.ts';
import { queryAll } from '../store/workspace.ts';

/** A reason a person gives for resolving an item; a write-off code only takes amounts up to its limit. */
export type ReasonCode = { code: string; label: { en: string; 'zh-CN': string }; max_amount_minor?: number };

/** What a workspace keeps of how its team works its exceptions. */
export type LedgerSettings = {
  reasons: ReasonCode[];
  /** Hours within which an exception of the category should be resolved. */
  targets_hours: Partial<Record<CategoryCode, number>>;
  /** The run settings last chosen in the app, for the next run; null until any are. */
  run_parameters: RunParameters | null;
};

const reason = (code: string, en: string, max?: number): ReasonCode => ({
  code,
  label: { en, 'zh-CN': code },
  ...(max === undefined ? {} : { max_amount_minor: max }),
});

export const DEFAULT_SETTINGS: LedgerSettings = {
  reasons: [
    reason('已人工核实', 'verified by hand'),
    reason('渠道已补单', 'the channel filled in the order'),
    reason('已退款', 'refunded'),
    reason('跨日到账', 'arrived on a later day'),
    reason('差额已调账', 'difference adjusted in the books'),
    // Small differences are written off rather than chased: at most 1.00 in the item's minor units.
    reason('小额核销', 'written off below the threshold', 100),
  ],
  targets_hours: { paid_not_notified: 2, duplicate_charge: 1, amount_mismatch: 6 },
  run_parameters: null,
};

/** The workspace's settings, the defaults where it set none. */
export function ledgerSettings(db: Database): LedgerSettings {
  const saved = new Map(
    queryAll<{ name: string; value_json: string }>(db, 'SELECT name, value_json FROM ledger_setting').map((row) => [
      row.name,
      JSON.parse(row.value_json) as unknown,
    ]),
  );
  return {
    reasons: (saved.get('reasons') as ReasonCode[] | undefined) ?? DEFAULT_SETTINGS.reasons,
    targets_hours: {
      ...DEFAULT_SETTINGS.targets_hours,
      ...(saved.get('targets_hours') as LedgerSettings['targets_hours'] | undefined),
    },
    run_parameters: (saved.get('run_parameters') as RunParameters | undefined) ?? DEFAULT_SETTINGS.run_parameters,
  };
}

/** Keep a setting in the workspace (it is remembered for every later run). */
export function saveSetting<K extends keyof LedgerSettings>(db: Database, name: K, value: LedgerSettings[K]): void {
  db.run('INSERT OR REPLACE INTO ledger_setting (name, value_json) VALUES (?, ?)', [name, JSON.stringify(value)]);
}
