import type ExcelJS from 'exceljs';
import { CATEGORIES, type CategoryCode } from '../match/categories.ts';
import type { BookSide, Finding, StatementSide } from '../match/types.ts';
import { displayExponent } from './amounts.ts';
import { amount, date, EMPTY, integer, lineNumber, lineNumbers, text, type ReportCell } from './cells.ts';
import { findingTotals } from './finding-totals.ts';
import type { Labels } from './labels.ts';
import { startListSheet, type ColumnSpec } from './list-sheet.ts';
import { bookRowText, statementRowsText } from './source-text.ts';
import { SYSTEM_TAB_COLOR, type StyleBook } from './styles.ts';
import { ruleText, statusText } from './rule-text.ts';
import type { ReportLanguage } from './types.ts';

/** Column indexes (0-based) of the blocks, shared by the headers, the rows and the highlighting. */
const FINDING_COLUMNS = 5;
const BOOK_FIRST = FINDING_COLUMNS;
const BOOK_COLUMNS = 8;
const STATEMENT_FIRST = BOOK_FIRST + BOOK_COLUMNS;
const STATEMENT_COLUMNS = 10;
const RESOLUTION_FIRST = STATEMENT_FIRST + STATEMENT_COLUMNS;
const RESOLUTION_COLUMNS = 2;
/** The book row and the statement rows as their files have them, last: wide, wrapped text. */
const SOURCE_FIRST = RESOLUTION_FIRST + RESOLUTION_COLUMNS;
const SOURCE_COLUMNS = 2;

const BOOK = { status: 5, amount: 6, refund: 7, currency: 8 } as const;
const STATEMENT = { payments: 13, amount: 14, refunds: 15, currency: 18 } as const;

/** Cells to fill red for each differing field; the statement's state shows as its payment count. */
const HIGHLIGHTS: Record<Exclude<Finding['differing'][number], 'presence'>, readonly number[]> = {
  amount: [BOOK.amount, STATEMENT.amount],
  refund: [BOOK.refund, STATEMENT.refunds],
  status: [BOOK.status, STATEMENT.payments],
  count: [STATEMENT.payments],
  currency: [BOOK.currency, STATEMENT.currency],
};

const range = (first: number, count: number): number[] => Array.from({ length: count }, (_, i) => first + i);

function columnSpecs(labels: Labels): ColumnSpec[] {
  const h = labels.header;
  const spec = (header: string, width: number, wrap?: true): ColumnSpec => ({
    header,
    width,
    ...(wrap ? { wrap } : {}),
  });
  return [
    spec(h.orderRef, 24),
    spec(h.source, 10),
    spec(h.currency, 8),
    spec(h.amount, 14),
    spec(h.rule, 36),
    spec(h.status, 18),
    spec(h.amount, 14),
    spec(h.refund, 14),
    spec(h.currency, 8),
    spec(h.channelRef, 30),
    spec(h.occurredAt, 20),
    spec(h.file, 28),
    spec(h.line, 8),
    spec(h.payments, 10),
    spec(h.amount, 14),
    spec(h.refunds, 14),
    spec(h.reversals, 14),
    spec(h.fee, 12),
    spec(h.currency, 8),
    spec(h.channelRefs, 34),
    spec(h.occurredAt, 20),
    spec(h.file, 28),
    spec(h.lines, 12),
    spec(h.reason, 24),
    spec(h.note, 36),
    spec(h.bookRow, 48, true),
    spec(h.statementRows, 48, true),
  ];
}

/**
 * One sheet of a category's findings, book and statement side by side, the differing
 * cells red. Returns the number of rows written (the Summary's count for the category).
 *
 * @example writeCategorySheet(workbook, { code: 'book_only', name: 'In books only', findings, labels, language: 'en', style, mask: false })
 */
export function writeCategorySheet(
  workbook: ExcelJS.Workbook,
  options: {
    code: CategoryCode;
    name: string;
    findings: Iterable<Finding>;
    labels: Labels;
    language: ReportLanguage;
    style: StyleBook;
    /** Mask personal data in the rows' source text. */
    mask: boolean;
  },
): number {
  const { code, labels } = options;
  const category = CATEGORIES[code];
  // Rows are written out as they are added, so the title's count comes first.
  const findings = [...options.findings];
  const count = findings.length;
  const title = `${category.label[options.language]} · ${code} · ${count === 0 ? labels.noDifferences : labels.rows(count)}`;
  const list = startListSheet(workbook, {
    name: options.name,
    columns: columnSpecs(labels),
    style: options.style,
    ...(category.severity === 'system' ? { tabColor: SYSTEM_TAB_COLOR } : {}),
    groups: [
      { label: title, first: 1, last: FINDING_COLUMNS, tone: 'heading' },
      { label: labels.group.book, first: BOOK_FIRST + 1, last: STATEMENT_FIRST, tone: 'group' },
      { label: labels.group.statement, first: STATEMENT_FIRST + 1, last: RESOLUTION_FIRST, tone: 'group' },
      {
        label: labels.group.resolution,
        first: RESOLUTION_FIRST + 1,
        last: RESOLUTION_FIRST + RESOLUTION_COLUMNS,
        tone: 'group',
      },
      { label: labels.group.sources, first: SOURCE_FIRST + 1, last: SOURCE_FIRST + SOURCE_COLUMNS, tone: 'group' },
    ],
  });
  const highlights = new Map<string, ReadonlySet<number>>();
  const { language, mask } = options;
  for (const finding of findings)
    list.addRow(findingCells(finding, language, mask), differingColumns(finding, highlights));
  if (count > 0) list.addTotals(totalsRows(findings, labels, category.amountRule.includes('signed')));
  return count;
}

/** Under the rows, per currency: the count and the sums of the category amount, the book and the statement. */
function totalsRows(findings: readonly Finding[], labels: Labels, signed: boolean): ReportCell[][] {
  return findingTotals(findings).flatMap((totals) => {
    const exponent = displayExponent(totals.currency);
    const row = (label: string, sum: bigint): ReportCell[] => {
      const cells: ReportCell[] = range(0, RESOLUTION_FIRST + RESOLUTION_COLUMNS).map(() => EMPTY);
      cells[0] = text(label);
      cells[2] = text(totals.currency);
      cells[3] = amount(sum, exponent);
      return cells;
    };
    const total = row(labels.totalRow(totals.count), totals.amount);
    total[BOOK.amount] = amount(totals.book, exponent);
    total[STATEMENT.amount] = amount(totals.statement, exponent);
    return signed ? [total, row(labels.absoluteTotal, totals.absolute)] : [total];
  });
}

function findingCells(finding: Finding, language: ReportLanguage, mask: boolean): ReportCell[] {
  return [
    text(finding.order_ref),
    text(finding.source),
    text(finding.currency),
    amount(finding.amount_minor, displayExponent(finding.currency)),
    text(ruleText(finding, language)),
    ...(finding.book ? bookCells(finding.book, language) : range(0, BOOK_COLUMNS).map(() => EMPTY)),
    ...(finding.statement ? statementCells(finding.statement) : range(0, STATEMENT_COLUMNS).map(() => EMPTY)),
    EMPTY,
    EMPTY,
    text(finding.book ? bookRowText(finding.book, mask) : null),
    text(finding.statement ? statementRowsText(finding.statement, mask) : null),
  ];
}

function bookCells(book: BookSide, language: ReportLanguage): ReportCell[] {
  const exponent = displayExponent(book.currency);
  const word = statusText(book.status, language);
  const status = book.raw_status !== null && book.raw_status !== book.status ? `${word} (${book.raw_status})` : word;
  return [
    text(status),
    amount(book.amount_minor, exponent),
    amount(book.refund_minor, exponent),
    text(book.currency),
    text(book.channel_ref),
    date(book.occurred_at),
    text(book.file),
    lineNumber(book.line),
  ];
}

function statementCells(statement: StatementSide): ReportCell[] {
  const exponent = displayExponent(statement.currency);
  return [
    integer(statement.payments),
    amount(statement.amount_minor, exponent),
    amount(statement.refund_minor, exponent),
    amount(statement.reversal_minor, exponent),
    amount(statement.fee_minor, exponent),
    text(statement.currency),
    text(statement.channel_refs),
    date(statement.occurred_at),
    text(statement.file),
    lineNumbers(statement.lines),
  ];
}

/** The red cells of a finding; few combinations exist, so each set is built once. */
function differingColumns(finding: Finding, cache: Map<string, ReadonlySet<number>>): ReadonlySet<number> {
  const key = `${finding.differing.join(',')}|${finding.book ? 1 : 0}${finding.statement ? 1 : 0}`;
  let columns = cache.get(key);
  if (!columns) {
    const set = new Set<number>();
    for (const field of finding.differing) {
      if (field !== 'presence') for (const column of HIGHLIGHTS[field]) set.add(column);
    }
    if (finding.differing.includes('presence')) {
      if (!finding.book) range(BOOK_FIRST, BOOK_COLUMNS).forEach((column) => set.add(column));
      if (!finding.statement) range(STATEMENT_FIRST, STATEMENT_COLUMNS).forEach((column) => set.add(column));
    }
    columns = set;
    cache.set(key, columns);
  }
  return columns;
}
