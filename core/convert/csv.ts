import type { CanonicalRecord } from '../canonical/record.ts';
import { formulaSafeText } from '../report/safe-cell.ts';
import { CANONICAL_COLUMNS, CANONICAL_COLUMN_NAMES, flattenRecord } from './columns.ts';

/** Excel reads a UTF-8 CSV as the machine's legacy code page (GBK…) unless it starts with a BOM. */
export const UTF8_BOM = '\uFEFF';

const NEEDS_QUOTES = /[",\r\n]/;
const QUOTE = /"/g;

/** RFC 4180: quote a field holding a quote, a comma or a line break; double inner quotes. */
const quoted = (field: string): string => (NEEDS_QUOTES.test(field) ? `"${field.replace(QUOTE, '""')}"` : field);

const KINDS = CANONICAL_COLUMNS.map((column) => column.kind);

/**
 * The first chunk of a canonical CSV file: byte-order mark, header row, CRLF.
 *
 * @example canonicalCsvHeader().startsWith('\uFEFFside,source,kind,') // true
 */
export const canonicalCsvHeader = (): string => `${UTF8_BOM}${CANONICAL_COLUMN_NAMES.join(',')}\r\n`;

/**
 * One record as a CSV line ending in CRLF. Text is formula-guarded (`=1+1` → `'=1+1`);
 * amounts and other numbers we wrote are left as they are, minus sign included.
 *
 * @example canonicalCsvLine(record) // 'statement,alipay,payment,ORD-1,…,-12.50,-1250,CNY,…\r\n'
 */
export function canonicalCsvLine(record: CanonicalRecord): string {
  const values = flattenRecord(record);
  let line = '';
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    if (index > 0) line += ',';
    if (value === null || value === undefined) continue;
    line += KINDS[index] === 'text' ? quoted(formulaSafeText(String(value))) : String(value);
  }
  return `${line}\r\n`;
}
