import { exactTotal } from '../money.ts';
import { DEFAULT_BANK_CHARGE_RULE, isBankCharge, type BankChargeRule } from './bank-charge.ts';
import { channelsNamed } from './channel-names.ts';
import { fundCheck, mergedFundBills } from './fund-bill.ts';
import { accountsIn, datesIn, entryText } from './reference-text.ts';
import {
  lagOf,
  type BankEntry,
  type BankFinding,
  type BankOutcomeCode,
  type ChannelBill,
  type FundBill,
  type FundCheck,
  type PayoutFinding,
  type PayoutStatus,
  type Settlement,
  type Totals,
} from './types.ts';

export type SettleInput = {
  /** The channels' bills the payouts are expected from (any day; those due or named are settled). */
  bills: readonly ChannelBill[];
  /** The channels' fund bills: each payout is cross-checked with those of its bill day and its due day. */
  fundBills?: readonly FundBill[];
  /** The entries of the run's bank statements. */
  entries: readonly BankEntry[];
  /** The days the run's bank statements cover, `YYYY-MM-DD`. */
  bankDates: readonly string[];
  bankFiles?: readonly string[];
  /** The run's fund-bill movements kept for the cross-check, and their files. */
  fundFlows?: { count: number; files: string[] };
  /** Per bank import id, the rule its profile gives for the bank's charges; the default otherwise. */
  chargeRules?: ReadonlyMap<number, BankChargeRule>;
};

export type SettleResult = { settlement: Settlement; outcomes: Map<number, BankOutcomeCode> };

/**
 * The settlement check: each bank credit is identified as a channel's payout by its payer and
 * reference text (channel name, settlement date, merchant account) — never by amount — and then
 * compared in amount with what that bill nets to. Every bill due on a bank day of the run, or
 * named by one of its credits, gets a payout finding; every bank entry gets exactly one outcome.
 *
 * @example
 * const { settlement } = settle({ bills, entries, bankDates: ['2024-03-16'] });
 * settlement.payouts[0]?.status; // 'short'
 */
export function settle(input: SettleInput): SettleResult {
  const bills = mergedBills(input.bills);
  const bankDates = new Set(input.bankDates);
  const dueOn = (bill: ChannelBill) => addDays(bill.bill_date, lagOf(bill));
  const due = new Set([...bills].filter(([, bill]) => bankDates.has(dueOn(bill))).map(([key]) => key));
  const credits = new Map<string, BankEntry[]>();
  const outcomes = new Map<number, BankOutcomeCode>();
  const others: BankFinding[] = [];
  for (const entry of input.entries) {
    const key = entry.amount_minor > 0 ? payoutOf(entry, bills, due) : null;
    if (key !== null) credits.set(key, [...(credits.get(key) ?? []), entry]);
    else {
      const rule = input.chargeRules?.get(entry.import_id) ?? DEFAULT_BANK_CHARGE_RULE;
      others.push({ outcome: otherOutcome(entry, rule), entry });
    }
  }
  const funds = mergedFundBills(input.fundBills ?? []);
  const payouts = [...new Set([...due, ...credits.keys()])].sort().map((key) => {
    const bill = bills.get(key) as ChannelBill;
    const dueDay = { ...bill, bill_date: dueOn(bill) };
    return payoutFinding(bill, dueDay.bill_date, credits.get(key) ?? [], (expected) =>
      fundCheck(expected, funds.get(key), funds.get(billKey(dueDay))),
    );
  });
  for (const payout of payouts)
    for (const entry of payout.bank) outcomes.set(entry.record_id, `settlement_${payout.status}` as BankOutcomeCode);
  for (const { outcome, entry } of others) outcomes.set(entry.record_id, outcome);
  return {
    settlement: {
      payouts,
      bank_entries: others,
      bank_only: totalsOf(others, 'bank_only'),
      bank_charges: totalsOf(others, 'bank_charge'),
      unexplained_debits: totalsOf(others, 'bank_debit_unexplained'),
      bank_files: [...(input.bankFiles ?? [])],
      fund_flows: input.fundFlows ?? { count: 0, files: [] },
    },
    outcomes,
  };
}

const billKey = (bill: Pick<ChannelBill, 'source' | 'bill_date' | 'currency'>): string =>
  `${bill.source}\u0000${bill.bill_date}\u0000${bill.currency}`;

/** Bills of the same channel, day and currency (several files of one day) as one. */
function mergedBills(bills: readonly ChannelBill[]): Map<string, ChannelBill> {
  const merged = new Map<string, ChannelBill>();
  for (const bill of bills) {
    const key = billKey(bill);
    const known = merged.get(key);
    if (!known) {
      merged.set(key, { ...bill, files: [...bill.files] });
      continue;
    }
    known.gross_minor = exactTotal(known.gross_minor + bill.gross_minor);
    known.refunds_minor = exactTotal(known.refunds_minor + bill.refunds_minor);
    known.fees_minor = exactTotal(known.fees_minor + bill.fees_minor);
    known.adjustments_minor = exactTotal(known.adjustments_minor + bill.adjustments_minor);
    if (bill.stated_payout_minor !== null)
      known.stated_payout_minor = exactTotal((known.stated_payout_minor ?? 0) + bill.stated_payout_minor);
    known.account ??= bill.account;
    known.files.push(...bill.files);
  }
  return merged;
}

/**
 * The bill a credit pays out: the channel its text names, the settlement date it names (or, when
 * it names none, the channel's bill due that day), the merchant account when both sides state
 * one. Null when no bill, or more than one, fits.
 */
function payoutOf(entry: BankEntry, bills: ReadonlyMap<string, ChannelBill>, due: ReadonlySet<string>): string | null {
  const text = entryText(entry);
  const all = [...bills.values()];
  const channels = new Set(channelsNamed(text, new Set(all.map((bill) => bill.source))));
  if (channels.size === 0) return null;
  const dates = datesIn(text);
  const accounts = accountsIn(text);
  const fitting = [...bills.entries()].filter(
    ([key, bill]) =>
      channels.has(bill.source) &&
      bill.currency === entry.currency &&
      (dates.length > 0 ? dates.includes(bill.bill_date) : due.has(key)) &&
      (bill.account === null || accounts.length === 0 || accounts.includes(bill.account)),
  );
  return fitting.length === 1 ? (fitting[0]?.[0] ?? null) : null;
}

function otherOutcome(entry: BankEntry, rule: BankChargeRule): BankFinding['outcome'] {
  if (entry.amount_minor >= 0) return 'bank_only';
  return isBankCharge(entry, rule) ? 'bank_charge' : 'bank_debit_unexplained';
}

/** What the bill nets to: gross − refunds − fees + adjustments. */
export const expectedPayout = (bill: ChannelBill): number =>
  exactTotal(bill.gross_minor - bill.refunds_minor - bill.fees_minor + bill.adjustments_minor);

function payoutFinding(
  bill: ChannelBill,
  dueOn: string,
  bank: BankEntry[],
  crossCheck: (expected: number) => FundCheck | null,
): PayoutFinding {
  const expected = expectedPayout(bill);
  const credited = bank.length === 0 ? null : exactTotal(bank.reduce((sum, entry) => sum + entry.amount_minor, 0));
  const difference = exactTotal((credited ?? 0) - expected);
  return {
    source: bill.source,
    settlement_date: bill.bill_date,
    due_on: dueOn,
    currency: bill.currency,
    account: bill.account,
    gross_minor: bill.gross_minor,
    refunds_minor: bill.refunds_minor,
    fees_minor: bill.fees_minor,
    adjustments_minor: bill.adjustments_minor,
    expected_minor: expected,
    credited_minor: credited,
    difference_minor: difference,
    status: statusOf(credited, difference, expected),
    bank,
    stated_payout_minor: bill.stated_payout_minor,
    fund_bill: crossCheck(expected),
    files: bill.files,
  };
}

/** A bill that nets to nothing and has no credit is paid in full. */
function statusOf(credited: number | null, difference: number, expected: number): PayoutStatus {
  if (credited === null) return expected === 0 ? 'matched' : 'missing';
  return difference === 0 ? 'matched' : difference < 0 ? 'short' : 'over';
}

function totalsOf(findings: readonly BankFinding[], outcome: BankFinding['outcome']): Totals {
  const chosen = findings.filter((finding) => finding.outcome === outcome);
  return {
    count: chosen.length,
    amount_minor: exactTotal(chosen.reduce((sum, { entry }) => sum + Math.abs(entry.amount_minor), 0)),
  };
}

/** `YYYY-MM-DD` plus whole days. */
export function addDays(date: string, days: number): string {
  const time = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(time)) return '';
  return new Date(time + days * 86_400_000).toISOString().slice(0, 10);
}
