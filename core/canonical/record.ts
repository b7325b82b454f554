/** The one shape every statement and book row is normalized into (schemas/canonical-record.v1). */

export const SIDES = ['statement', 'book'] as const;
export type Side = (typeof SIDES)[number];

/**
 * The source of bank statements' records. Bank entries are their own side: they are settled
 * against the channels' payouts, never matched to orders.
 */
export const BANK_SOURCE = 'bank';

/** Whether a record is a bank statement's entry. */
export const isBankEntry = (side: string, source: string): boolean => side === 'statement' && source === BANK_SOURCE;

/**
 * What a channel's fund bill (Alipay 账务明细, WeChat Pay 资金账单; a profile of `role: "fund"`)
 * names its records' source: the channel's, with this suffix (`alipay` → `alipay_fund`). A fund
 * bill moves the channel balance the trade bill already shows: its records are their own side,
 * cross-checked against the channel's expected payout, never matched to orders.
 */
const FUND_SUFFIX = '_fund';

/** The source of a channel's fund-bill records. */
export const fundSource = (channel: string): string => `${channel}${FUND_SUFFIX}`;

/** Whether a record is a channel fund bill's movement. */
export const isFundEntry = (side: string, source: string): boolean =>
  side === 'statement' && source.endsWith(FUND_SUFFIX) && source.length > FUND_SUFFIX.length;

/** The channel a fund bill's source belongs to (`alipay_fund` → `alipay`). */
export const fundChannel = (source: string): string => source.slice(0, -FUND_SUFFIX.length);

/** The same test in SQL, on a record's or an import's source column. */
export const fundSourceSql = (column = 'source'): string =>
  `(${column} LIKE '_%${FUND_SUFFIX.replace('_', '\\_')}' ESCAPE '\\')`;

/** Whether a statement record belongs to the settlement alone (a bank entry or a fund-bill movement), never to order matching. */
export const isSettlementEntry = (side: string, source: string): boolean =>
  isBankEntry(side, source) || isFundEntry(side, source);

export const KINDS = ['payment', 'refund', 'fee', 'payout', 'adjustment', 'reversal'] as const;
export type Kind = (typeof KINDS)[number];

export const STATUSES = ['succeeded', 'pending', 'failed', 'refunded', 'closed', 'reversed', 'unknown'] as const;
export type Status = (typeof STATUSES)[number];

/** Where a record came from: enough to go back to the exact source row. */
export type Trace = {
  import_id: number;
  file: string;
  /** 1-based physical line of the row's first character in the decoded file. */
  line: number;
  profile_id: string;
  profile_version: number;
};

export type CanonicalRecord = {
  side: Side;
  /** Channel or bank account the record belongs to, e.g. `alipay`, `wechat`. */
  source: string;
  kind: Kind;
  order_ref: string | null;
  channel_ref: string | null;
  refund_ref: string | null;
  batch_ref: string | null;
  /** Signed: payments positive, refunds and reversals negative. */
  amount_minor: number;
  currency: string;
  /** What the channel charged (positive) or gave back (negative); null when the row says nothing. */
  fee_minor: number | null;
  /** Fee rate stated on the row, in parts per million (0.60 % = 6000). */
  fee_rate_ppm: number | null;
  net_minor: number | null;
  status: Status;
  raw_status: string | null;
  /** ISO 8601 with the offset of the profile's time zone. */
  occurred_at: string | null;
  booked_on: string | null;
  value_on: string | null;
  counterparty: string | null;
  description: string | null;
  trace: Trace;
};
