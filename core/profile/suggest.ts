import type { Encoding } from '../decode/encoding.ts';
import { SNIFFED_DELIMITERS, sniffDelimiter } from '../read/csv/sniff.ts';
import type { Sheet } from '../read/sheet.ts';
import { fail, issue, ok, warning, type Result, type Warning } from '../result.ts';
import { suggestAmount, type AmountSuggestion } from './suggest-amount.ts';
import { splitBody, type Body } from './suggest-body.ts';
import { suggestByValue } from './suggest-by-value.ts';
import { splitCodeColumns } from './suggest-code-columns.ts';
import { notEntries, type NotEntries } from './suggest-skips.ts';
import { rowPattern } from './suggest-row-pattern.ts';
import { suggestCurrency } from './suggest-currency.ts';
import { suggestDates, type Question } from './suggest-dates.ts';
import { suggestFields } from './suggest-fields.ts';
import type { HeaderRole } from './suggest-synonyms.ts';
import { findHeader, splitHead, type HeadTable } from './suggest-table.ts';
import type { TableLayout } from './layouts.ts';
import type { Profile } from './types.ts';

/** What the suggestion reads: a text file's head (decoded), or a workbook's sheets. */
export type SuggestInput = {
  file: string;
  encoding: Encoding;
  text?: { head: string; complete: boolean };
  sheets?: readonly Sheet[];
  /** The account's currency as the user named it, for a file that never states one. */
  currency?: string;
};

/** A draft profile for a file no profile fits, and what was decided to make it. */
export type Suggestion = { profile: Profile; warnings: Warning[] };

/** The id every suggested profile carries; its content hash tells one suggestion from another. */
export const SUGGESTED_PROFILE_ID = 'generic';

/**
 * A draft profile from an unknown bank table: the header found under any title rows, each
 * column mapped to a canonical field by its name (zh, en, de, fr, nl, es, pt, it) and its
 * values (date layouts, decimal comma or point, signs, the running balance), totals and opening
 * balance rows left out, the currency from the file's own words. A question the file leaves
 * open is an issue naming it and how to answer it — never a guess.
 *
 * @example suggestProfile({ file: 'x.csv', encoding: 'utf-8', text: { head, complete: true } })
 */
export function suggestProfile(input: SuggestInput): Result<Suggestion> {
  const tables = headTables(input);
  if (tables.length === 0) return refuse(input.file, { question: 'how the file is split into columns' });
  let missing: Question = NO_HEADER;
  for (const table of tables) {
    const found = findHeader(table);
    if (!found) continue;
    const header = table.rows[found.index] ?? [];
    const result = suggestFor(input, table, { header, roles: found.roles, at: found.index, warnings: [] });
    if ('question' in result) missing = result;
    else return ok(result);
  }
  if (missing !== NO_HEADER) return refuse(input.file, missing);
  // No row names the columns: a table whose every row is an entry is mapped by its values.
  for (const table of tables) {
    const byValue = suggestByValue(table.rows);
    if (byValue === null) continue;
    const result = 'question' in byValue ? byValue : suggestFor(input, table, { ...byValue, at: -1 });
    if ('question' in result) missing = result;
    else return ok(result);
  }
  return refuse(input.file, missing);
}

/** The columns a suggestion maps: the header row's names (or positional names, `at` -1, when the file has none) and their roles. */
type Columns = { header: string[]; roles: (HeaderRole | null)[]; at: number; warnings: Warning[] };

/** No table to suggest for: the file is not a bank table the generic reader knows. */
const NO_HEADER: Question = {
  question: 'where the header row is: no row names a date column and an amount column',
  answer:
    'create a profile for its layout (`recondesk profiles new --from FILE` starts one), or choose one with --profile',
};

type Table = HeadTable & { delimiter?: string; sheet?: string; hidden?: readonly number[] };

function headTables(input: SuggestInput): Table[] {
  if (input.sheets)
    return input.sheets.map((sheet) => ({
      rows: sheet.rows,
      lines: sheet.lines,
      sheet: sheet.name,
      ...(sheet.hiddenLines ? { hidden: sheet.hiddenLines } : {}),
    }));
  if (!input.text) return [];
  const sniffed = sniffDelimiter(input.text.head, '"');
  if (sniffed === null) return [];
  // The sniffed delimiter first; the others after it, for a head whose decimal commas outnumber
  // its real separators (rows of varying length split alike only at `,`).
  const delimiters = [sniffed, ...SNIFFED_DELIMITERS.filter((delimiter) => delimiter !== sniffed)];
  const text = input.text;
  return delimiters.map((delimiter) => ({ ...splitHead(text.head, delimiter, text.complete), delimiter }));
}

function suggestFor(input: SuggestInput, table: Table, found: Columns): Suggestion | Question {
  const headerAt = found.at;
  const codes = splitCodeColumns(found.header, found.roles, table.rows.slice(headerAt + 1));
  const header = codes.header;
  // A name the header repeats cannot be mapped by name: that column is left out.
  const roles = codes.roles.map((role, i) =>
    header.indexOf(header[i] ?? '') !== header.lastIndexOf(header[i] ?? '') ? null : role,
  );
  const quoted = textQuoted(table.rows.slice(headerAt + 1), roles);
  const rows = table.rows.slice(headerAt + 1).map((row) => (quoted ? row.map(unquote) : row));
  const body = splitBody(rows, header.length);
  const preamble = table.rows.slice(0, headerAt);
  const dates = suggestDates(header, roles, body.data);
  if ('question' in dates) return dates;
  const amount = suggestAmount({ header, roles, data: body.data });
  if ('question' in amount) return amount;
  const currency = suggestCurrency({ header, roles, data: body.data, preamble }, amount.symbols, input.currency);
  if ('question' in currency) return currency;
  const named = found.header.filter((cell, i) => roles[i] !== null && cell !== '');
  const headerRule =
    headerAt < 0 ? { find: [], names: header } : codes.split ? { find: named, names: header } : { find: named };
  const headerLine = headerAt < 0 ? 0 : (table.lines[headerAt] ?? 0);
  const hidden = (table.hidden ?? []).filter((line) => line > headerLine);
  const skips = notEntries({ header, body, amount, dates: dates.fields, hidden });
  const layout = tableLayout(headerRule, body, skips);
  const cjk = header.some((cell) => /[\u4e00-\u9fff]/.test(cell));
  const profile: Profile = {
    id: SUGGESTED_PROFILE_ID,
    version: 1,
    name: { en: 'generic (suggested mapping — check it)', 'zh-CN': '通用（建议的映射——请核对）' },
    description: `Suggested from ${input.file}: ${headerAt < 0 ? 'no header row, the columns mapped by their values' : `the header on line ${table.lines[headerAt] ?? 1}`}, the currency from ${currency.from}.`,
    side: 'statement',
    format: table.sheet === undefined ? 'csv' : 'sheet',
    source: { value: 'bank' },
    encoding: input.encoding,
    detect:
      headerAt < 0 ? { patterns: [headerlessPattern(header, roles, dates.fields, table)] } : { headerIncludes: named },
    ...(table.sheet === undefined
      ? { csv: { ...layout, delimiter: table.delimiter ?? ',', quote: '"' } }
      : { sheet: { ...layout, sheet: table.sheet } }),
    clean: { trim: true, stripPrefixes: quoted ? ["'"] : [] },
    timeZone: cjk ? 'Asia/Shanghai' : 'UTC',
    currency: currency.currency,
    amountFormat: amount.format,
    rowKinds: { fixed: { kind: 'payment', status: 'succeeded' } },
    fields: {
      ...suggestFields(header, roles),
      ...dates.fields,
      amount: amount.amount,
      ...(amount.fee ? { fee: amount.fee } : {}),
    },
    ...(amount.fee ? { fileNet: { of: 'net' as const } } : {}),
    ...(amount.balance ? { controls: runningBalance(amount.balance) } : {}),
  };
  const warnings = [...found.warnings, ...dates.warnings, ...amount.warnings, ...skips.warnings, ...bodyWarnings(body)];
  return { profile, warnings };
}

/** What a header-less draft is detected by: the shape of its rows. */
function headerlessPattern(
  header: readonly string[],
  roles: readonly (HeaderRole | null)[],
  fields: Pick<Profile['fields'], 'occurred_at' | 'booked_on' | 'value_on'>,
  table: Table,
): string {
  const formats: Record<number, string> = {};
  for (const rule of [fields.occurred_at, fields.booked_on, fields.value_on])
    if (rule && typeof rule.column === 'string') formats[header.indexOf(rule.column)] = rule.format;
  return rowPattern(roles, formats, table.delimiter ?? ',');
}

const MONEY_ROLES: readonly (HeaderRole | null)[] = ['amount', 'credit', 'debit', 'balance', 'fee'];

/** Amounts stored as text behind the apostrophe Excel uses to force text (`'579,68 USD`). */
const textQuoted = (rows: readonly string[][], roles: readonly (HeaderRole | null)[]): boolean =>
  rows.some((row) =>
    row.some((cell, i) => MONEY_ROLES.includes(roles[i] ?? null) && /^'[\d+\-(]|^'[A-Z$€£]/.test(cell)),
  );

const unquote = (cell: string): string => (cell.startsWith("'") ? cell.slice(1) : cell);

/** The header rule, where the entries end, and the rows that are no entries. */
function tableLayout(header: TableLayout['header'], body: Body, skips: NotEntries) {
  return {
    header,
    ...(body.endLabel === null ? {} : { dataEndsAt: [body.endLabel] }),
    ...(skips.skipRows ? { skipRows: skips.skipRows } : {}),
  };
}

function runningBalance(balance: NonNullable<AmountSuggestion['balance']>): NonNullable<Profile['controls']> {
  const check = { label: `Running balance ${balance.column}`, measure: 'running' as const, column: balance.column };
  const before = balance.balanceIs === undefined ? {} : { balanceIs: balance.balanceIs };
  return { figures: [], checks: [{ ...check, order: balance.order, ...before }] };
}

function bodyWarnings(body: Body): Warning[] {
  const said: Warning[] = [];
  for (const label of body.openingLabels)
    said.push(
      warning('suggested_opening_row', `The row "${label}" is an opening balance, not an entry: it is skipped.`),
    );
  if (body.endLabel !== null)
    said.push(warning('suggested_end_row', `The entries end at the row "${body.endLabel}" (totals or footer).`));
  return said;
}

function refuse(file: string, open: Question): Result<Suggestion> {
  const answer =
    open.answer ?? 'choose a profile with --profile, or write one: `recondesk profiles new --from FILE`, then edit it';
  return fail(
    issue(
      open === NO_HEADER ? 'profile_not_detected' : 'profile_question',
      `No profile fits this file, and the generic statement reader leaves a question open: ${open.question}. To answer it, ${answer}.`,
      {
        file,
      },
    ),
  );
}
