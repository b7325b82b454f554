import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { FeeFinding, Finding } from '../../../../core/match/types.ts';
import { formatAmount, formatRatePpm } from '../../components/format.ts';
import { bookStatus, explainFinding } from './explain-finding.ts';

export type GridColumn<Row> = {
  key: string;
  width: number;
  align?: 'right';
  /** Grows to take the space left over. */
  flexible?: boolean;
  render: (row: Row, t: TFunction) => ReactNode;
  /** The cell's full text as a hover title, for cells that may be cut off. */
  title?: (row: Row, t: TFunction) => string;
  /** True when this cell is where the two sides disagree; the grid paints it red. */
  differs?: (row: Row) => boolean;
};

const DASH = '—';
const money = (minor: number | undefined, currency: string | undefined) =>
  minor === undefined || currency === undefined ? DASH : formatAmount(minor, currency);

const has = (row: Finding, field: Finding['differing'][number]) => row.differing.includes(field);

export const FINDING_COLUMNS: GridColumn<Finding>[] = [
  { key: 'order_ref', width: 180, render: (row) => <code>{row.order_ref}</code> },
  { key: 'source', width: 80, render: (row) => row.source },
  { key: 'amount', width: 120, align: 'right', render: (row) => formatAmount(row.amount_minor, row.currency) },
  {
    key: 'book_status',
    width: 110,
    render: (row, t) => (row.book ? bookStatus(row, t) : DASH),
    title: (row) => (row.book ? [row.book.status, row.book.raw_status].filter(Boolean).join(' · ') : ''),
    differs: (row) => has(row, 'status') || (has(row, 'presence') && row.book === null),
  },
  {
    key: 'book_amount',
    width: 120,
    align: 'right',
    render: (row) => money(row.book?.amount_minor, row.book?.currency),
    differs: (row) => row.book !== null && (has(row, 'amount') || has(row, 'currency')),
  },
  {
    key: 'payments',
    width: 90,
    align: 'right',
    render: (row) => row.statement?.payments ?? DASH,
    differs: (row) => has(row, 'count') || (has(row, 'presence') && row.statement === null),
  },
  {
    key: 'statement_amount',
    width: 150,
    align: 'right',
    render: (row) => money(row.statement?.amount_minor, row.statement?.currency),
    differs: (row) => row.statement !== null && (has(row, 'amount') || has(row, 'currency')),
  },
  {
    key: 'refunds',
    width: 150,
    align: 'right',
    render: (row) => money(row.statement?.refund_minor, row.statement?.currency),
    differs: (row) => row.statement !== null && has(row, 'refund'),
  },
  {
    key: 'rule',
    width: 260,
    flexible: true,
    render: (row, t) => explainFinding(row, t),
    title: (row, t) => explainFinding(row, t),
  },
];

export const FEE_COLUMNS: GridColumn<FeeFinding>[] = [
  { key: 'order_ref', width: 190, render: (row) => <code>{row.order_ref ?? DASH}</code> },
  { key: 'channel_ref', width: 220, render: (row) => <code>{row.channel_ref ?? DASH}</code> },
  { key: 'source', width: 90, render: (row) => row.source },
  { key: 'kind', width: 90, render: (row) => row.kind },
  { key: 'amount', width: 120, align: 'right', render: (row) => formatAmount(row.amount_minor, row.currency) },
  {
    key: 'fee',
    width: 100,
    align: 'right',
    render: (row) => formatAmount(row.fee_minor, row.currency),
    differs: (row) => row.fee_minor !== row.expected_fee_minor,
  },
  {
    key: 'expected_fee',
    width: 110,
    align: 'right',
    render: (row) => formatAmount(row.expected_fee_minor, row.currency),
  },
  { key: 'rate', width: 90, align: 'right', render: (row) => formatRatePpm(row.rate_ppm) },
  { key: 'location', width: 180, flexible: true, render: (row) => `${row.file}:${row.line}` },
];

export const gridTemplate = (columns: readonly GridColumn<never>[]): string =>
  columns.map((column) => (column.flexible ? `minmax(${column.width}px, 1fr)` : `${column.width}px`)).join(' ');

export const gridWidth = (columns: readonly GridColumn<never>[]): number =>
  columns.reduce((total, column) => total + column.width, 0);
