import type { Database } from 'sql.js';
import { BANK_SOURCE, fundChannel, fundSourceSql } from '../canonical/record.ts';
import type { Profile } from '../profile/types.ts';
import { queryAll } from '../store/workspace.ts';
import { channelBill, type KindTotals } from './channel-bill.ts';
import { fundBill } from './fund-bill.ts';
import { datesIn } from './reference-text.ts';
import { DEFAULT_BANK_CHARGE_RULE, type BankChargeRule } from './bank-charge.ts';
import { addDays, settle, type SettleResult } from './settle.ts';
import { DEFAULT_PAYOUT_LAG_DAYS, lagOf, type BankEntry, type ChannelBill, type FundBill } from './types.ts';

/** Statuses of channel rows that never settle (a failed or pending payment moves no money). */
const UNSETTLED = `('failed', 'pending', 'closed')`;

/**
 * The settlement of a run: the entries of its bank statements (among `importIds`) against the
 * bills of every channel in the workspace that they settle. Null when the run has no bank statement.
 */
export function settleRun(db: Database, importIds: readonly number[]): SettleResult | null {
  const scope = importIds.map(Number).join(', ') || 'NULL';
  const banks = queryAll<{ id: number; file: string; period_start: string | null; period_end: string | null }>(
    db,
    `SELECT id, file, period_start, period_end FROM import
     WHERE side = 'statement' AND source = '${BANK_SOURCE}' AND id IN (${scope}) ORDER BY id`,
  );
  if (banks.length === 0) return null;
  const entries = bankEntries(db, banks);
  const bankDates = new Set<string>();
  for (const bank of banks) for (const date of datesBetween(bank.period_start, bank.period_end)) bankDates.add(date);
  for (const entry of entries) if (entry.booked_on) bankDates.add(entry.booked_on.slice(0, 10));
  const named = new Set<string>();
  for (const entry of entries) for (const date of datesIn(`${entry.description ?? ''}`)) named.add(date);
  // A bill is wanted when its payout falls due on a bank day of the run, or a bank entry names its day.
  const bills = channelBills(db, (date, lag) => bankDates.has(addDays(date, lag)) || named.has(date));
  const fundDays = new Set(bills.flatMap((bill) => [bill.bill_date, addDays(bill.bill_date, lagOf(bill))]));
  const flows = fundFlows(db, importIds);
  return settle({
    bills,
    fundBills: fundBills(db, fundDays),
    fundFlows: {
      count: flows.reduce((sum, flow) => sum + flow.records, 0),
      files: [...new Set(flows.map((flow) => flow.file))],
    },
    entries,
    bankDates: [...bankDates],
    bankFiles: banks.map((bank) => bank.file),
    chargeRules: chargeRules(
      db,
      banks.map((bank) => Number(bank.id)),
    ),
  });
}

export type FundFlow = { import_id: number; file: string; currency: string; records: number; amount_minor: number };

/** Per import among `importIds`, its fund-bill movements per currency: each ends as `fund_flow`. */
export function fundFlows(db: Database, importIds: readonly number[]): FundFlow[] {
  return queryAll<FundFlow>(
    db,
    `SELECT r.import_id, i.file, r.currency, count(*) AS records, sum(r.amount_minor) AS amount_minor
     FROM record r JOIN import i ON i.id = r.import_id
     WHERE r.side = 'statement' AND ${fundSourceSql('r.source')} AND r.import_id IN (${importIds.map(Number).join(', ') || 'NULL'})
     GROUP BY r.import_id, r.currency ORDER BY r.import_id, r.currency`,
  ).map((row) => ({ ...row, import_id: Number(row.import_id), records: Number(row.records) }));
}

/** Per bank import, the charge rule of the profile version that read it (each list it leaves out keeps the default). */
function chargeRules(db: Database, importIds: readonly number[]): Map<number, BankChargeRule> {
  const rows = queryAll<{ id: number; content_json: string | null }>(
    db,
    `SELECT i.id, p.content_json FROM import i LEFT JOIN profile_version p ON p.content_hash = i.profile_hash
     WHERE i.id IN (${importIds.join(', ') || 'NULL'})`,
  );
  const rules = new Map<number, BankChargeRule>();
  for (const row of rows) {
    const stated = row.content_json
      ? (JSON.parse(row.content_json) as Pick<Profile, 'bankCharges'>).bankCharges
      : undefined;
    if (!stated) continue;
    rules.set(Number(row.id), {
      descriptions: stated.descriptions ?? DEFAULT_BANK_CHARGE_RULE.descriptions,
      codes: stated.codes ?? DEFAULT_BANK_CHARGE_RULE.codes,
    });
  }
  return rules;
}

function bankEntries(db: Database, banks: { id: number; file: string }[]): BankEntry[] {
  const files = new Map(banks.map((bank) => [Number(bank.id), bank.file]));
  return queryAll<Omit<BankEntry, 'file'>>(
    db,
    `SELECT id AS record_id, import_id, line, amount_minor, currency, booked_on, channel_ref AS reference,
       raw_status AS code, counterparty, description
     FROM record WHERE source = '${BANK_SOURCE}' AND import_id IN (${[...files.keys()].join(', ')}) ORDER BY id`,
  ).map((entry) => ({ ...entry, file: files.get(Number(entry.import_id)) ?? '' }));
}

/** The channel bills a run wants (by bill day and payout lag), one per import, source and currency (fund bills are not). */
function channelBills(db: Database, wanted: (billDate: string, lagDays: number) => boolean): ChannelBill[] {
  const sources = (column: string) => `${column} <> '${BANK_SOURCE}' AND NOT ${fundSourceSql(column)}`;
  return billTotals(db, sources, wanted).map(({ source, bill_date, currency, account, file, kinds, lag_days }) =>
    channelBill({ source, bill_date, currency, account, files: [file], lag_days }, kinds),
  );
}

/** The channels' fund bills of the given days, one per import, channel and currency. */
function fundBills(db: Database, billDates: ReadonlySet<string>): FundBill[] {
  return billTotals(db, fundSourceSql, (date) => billDates.has(date)).map(
    ({ source, bill_date, currency, file, kinds }) =>
      fundBill({ source: fundChannel(source), bill_date, currency, files: [file] }, kinds),
  );
}

type BillTotals = {
  source: string;
  bill_date: string;
  currency: string;
  account: string | null;
  file: string;
  kinds: KindTotals[];
  /** The payout lag its profile states, else the default. */
  lag_days: number;
};

/** Per wanted statement import whose source fits `sources` (SQL on a source column), its totals per source, currency and kind. */
function billTotals(
  db: Database,
  sources: (column: string) => string,
  wanted: (billDate: string, lagDays: number) => boolean,
): BillTotals[] {
  const imports = queryAll<{
    id: number;
    file: string;
    period_start: string | null;
    summary_json: string;
    content_json: string | null;
  }>(
    db,
    `SELECT i.id, i.file, i.period_start, i.summary_json, p.content_json
     FROM import i LEFT JOIN profile_version p ON p.content_hash = i.profile_hash
     WHERE i.side = 'statement' AND ${sources('i.source')} ORDER BY i.id`,
  );
  const bills: BillTotals[] = [];
  for (const entry of imports) {
    const billDate = entry.period_start?.slice(0, 10) ?? firstDate(db, Number(entry.id));
    const stated = entry.content_json
      ? (JSON.parse(entry.content_json) as Pick<Profile, 'payoutLagDays'>).payoutLagDays
      : undefined;
    const lag = stated ?? DEFAULT_PAYOUT_LAG_DAYS;
    if (billDate === null || !wanted(billDate, lag)) continue;
    const account = (JSON.parse(entry.summary_json) as { metadata?: Record<string, string> }).metadata?.account ?? null;
    const rows = queryAll<KindTotals & { source: string; currency: string }>(
      db,
      `SELECT source, currency, kind, sum(amount_minor) AS amount_minor, sum(coalesce(fee_minor, 0)) AS fee_minor
       FROM record WHERE import_id = ? AND side = 'statement' AND ${sources('source')} AND status NOT IN ${UNSETTLED}
       GROUP BY source, currency, kind ORDER BY source, currency, kind`,
      [entry.id],
    );
    const groups = new Map<string, KindTotals[]>();
    for (const row of rows) {
      const key = `${row.source}\u0000${row.currency}`;
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    for (const [key, kinds] of groups) {
      const [source = '', currency = ''] = key.split('\u0000');
      bills.push({ source, bill_date: billDate, currency, account, file: entry.file, kinds, lag_days: lag });
    }
  }
  return bills;
}

/**
 * The day of a bill that states no period: the day of its own payout row (a settlement batch,
 * Adyen's MerchantPayout), else the first day its records fall on.
 */
function firstDate(db: Database, importId: number): string | null {
  const rows = queryAll<{ payout: string | null; first: string | null }>(
    db,
    `SELECT max(CASE WHEN kind = 'payout' THEN substr(coalesce(occurred_at, booked_on), 1, 10) END) AS payout,
       min(substr(coalesce(occurred_at, booked_on), 1, 10)) AS first FROM record WHERE import_id = ?`,
    [importId],
  );
  return rows[0]?.payout ?? rows[0]?.first ?? null;
}

/** Every date from start to end (`YYYY-MM-DD…`), at most a year of them. */
function datesBetween(start: string | null, end: string | null): string[] {
  const first = start?.slice(0, 10);
  const last = end?.slice(0, 10) ?? first;
  if (!first || !last) return [];
  const dates: string[] = [];
  for (let date = first; date <= last && dates.length < 366; date = addDays(date, 1)) {
    if (date === '') break;
    dates.push(date);
  }
  return dates;
}
