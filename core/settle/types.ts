/** The settlement (three-way) check: each channel's expected payout against the bank's credit. */

/** Where a bank entry ends: its outcome in the settlement, as the completeness control counts it. */
export const BANK_OUTCOME_CODES = [
  'settlement_matched',
  'settlement_short',
  'settlement_over',
  'bank_only',
  'bank_charge',
  'bank_debit_unexplained',
] as const;
export type BankOutcomeCode = (typeof BANK_OUTCOME_CODES)[number];

/**
 * Where a channel fund bill's movement ends: kept for the settlement's cross-check (its trades,
 * refunds and fees are the trade bill's again, so they never enter order matching).
 */
export const FUND_OUTCOME_CODES = ['fund_flow'] as const;
export type FundOutcomeCode = (typeof FUND_OUTCOME_CODES)[number];

/** A payout's status: what the bank credited against what the channel's bill nets to. */
export const PAYOUT_STATUSES = ['matched', 'short', 'over', 'missing'] as const;
export type PayoutStatus = (typeof PAYOUT_STATUSES)[number];

/** One entry of a bank statement, as the settlement reads it. */
export type BankEntry = {
  record_id: number;
  import_id: number;
  file: string;
  line: number;
  /** Signed: credits positive, debits negative. */
  amount_minor: number;
  currency: string;
  booked_on: string | null;
  /** The bank's own reference of the entry (AcctSvcrRef and the like). */
  reference: string | null;
  /** The bank transaction code (camt BkTxCd, MT940 type, …). */
  code: string | null;
  counterparty: string | null;
  description: string | null;
};

/** Days from a bill day to the bank day its payout is due on when the bill's profile states none: T+1. */
export const DEFAULT_PAYOUT_LAG_DAYS = 1;

/** A bill's payout lag: its profile's `payoutLagDays`, else the default. */
export const lagOf = (bill: Pick<ChannelBill, 'lag_days'>): number => bill.lag_days ?? DEFAULT_PAYOUT_LAG_DAYS;

/** One channel bill's totals: what the channel owes the merchant for that bill day. */
export type ChannelBill = {
  source: string;
  /** The bill day, `YYYY-MM-DD`. */
  bill_date: string;
  currency: string;
  /** The merchant account the bill belongs to, when the file says it (Alipay's 账号). */
  account: string | null;
  /** Days from the bill day to the bank day its payout is due on (its profile's `payoutLagDays`); the default when absent. */
  lag_days?: number;
  /** Σ trades (payments), positive. */
  gross_minor: number;
  /** Σ refunds and reversals (WeChat REVOKED included), positive. */
  refunds_minor: number;
  /** Net fees: fees on trades minus fees given back on refunds, plus fee rows. */
  fees_minor: number;
  /** Other adjustments the bill states (signed). */
  adjustments_minor: number;
  /** What the channel's own payout rows say it paid out, when the bill has them. */
  stated_payout_minor: number | null;
  files: string[];
};

/** One channel fund bill's totals for a day (Alipay 账务明细, WeChat Pay 资金账单). */
export type FundBill = {
  /** The channel (`alipay`), not the fund source (`alipay_fund`). */
  source: string;
  /** The bill day, `YYYY-MM-DD`. */
  bill_date: string;
  currency: string;
  /** Payments − refunds − fees + fees given back: what the day's trades moved into the balance. */
  net_minor: number;
  /** Σ of the payout (提现) rows, positive when money left the balance; null when the bill has none. */
  payout_minor: number | null;
  files: string[];
};

/** What a fund bill says against the trade bill's expected payout. */
export const FUND_CHECK_STATUSES = ['cross_checked', 'fund_bill_difference'] as const;
export type FundCheckStatus = (typeof FUND_CHECK_STATUSES)[number];

/** The cross-check of a payout with the channel's fund bills. */
export type FundCheck = {
  /** The fund bill of the bill day: its net, and (its net − expected); null when that bill is not there. */
  net_minor: number | null;
  net_difference_minor: number | null;
  /** The payout rows of the fund bill of the day the payout is due, when that bill is there; null otherwise. */
  payout_minor: number | null;
  /** (payout rows − expected); null when there are none to compare. */
  payout_difference_minor: number | null;
  status: FundCheckStatus;
  files: string[];
};

/** A channel's payout for one bill day, checked against the bank. */
export type PayoutFinding = {
  source: string;
  settlement_date: string;
  /** The bank day the payout is due on: the bill day plus the channel's payout lag (absent from older runs). */
  due_on?: string;
  currency: string;
  account: string | null;
  gross_minor: number;
  refunds_minor: number;
  fees_minor: number;
  adjustments_minor: number;
  /** gross − refunds − fees + adjustments. */
  expected_minor: number;
  /** Σ of the bank credits identified as this payout; null when there is none. */
  credited_minor: number | null;
  /** (credited or 0) − expected. */
  difference_minor: number;
  status: PayoutStatus;
  /** The bank entries identified as this payout (by payer and reference text). */
  bank: BankEntry[];
  /** The channel's own payout rows, when its bill has them; null otherwise. */
  stated_payout_minor: number | null;
  /** The cross-check with the channel's fund bills; null when the run has none (absent from runs before fund bills). */
  fund_bill?: FundCheck | null;
  files: string[];
};

/** A bank entry that is no channel payout, with its outcome. */
export type BankFinding = {
  outcome: 'bank_only' | 'bank_charge' | 'bank_debit_unexplained';
  entry: BankEntry;
};

export type Totals = { count: number; amount_minor: number };

/** The settlement part of a run. */
export type Settlement = {
  /** Each payout the run's bank statements settle, in source and date order. */
  payouts: PayoutFinding[];
  /** Bank credits nothing explains, the bank's own charges and other debits, in entry order. */
  bank_entries: BankFinding[];
  /** Counts and amounts (absolute) per outcome. */
  bank_only: Totals;
  bank_charges: Totals;
  unexplained_debits: Totals;
  /** The bank files the run read. */
  bank_files: string[];
  /** The channels' fund-bill movements of the run, each kept as `fund_flow` for the cross-check, and their files. */
  fund_flows?: { count: number; files: string[] };
};
