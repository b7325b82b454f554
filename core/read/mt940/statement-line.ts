import { parseMinor } from '../../money.ts';

/** A `:61:` statement line, its amount signed: C and RD credit (+), D and RC debit (−). */
export type StatementLine = {
  valueDate: string;
  entryDate: string | null;
  mark: 'C' | 'D' | 'RC' | 'RD';
  fundsCode: string | null;
  amountMinor: number;
  transactionType: string;
  customerReference: string;
  bankReference: string | null;
  supplementary: string | null;
  /** The mark as written when it was not in capitals (`d`, `rc`); read the same, and flagged. */
  markWritten: string | null;
};

// Some banks write the mark in lower case (`d`, `rc`); the funds code after it is always a capital.
const LINE = /^(\d{6})\s*(\d{4})?\s*([Rr]?[CcDd])([A-Z])?(\d+(?:[,.]\d*)?)([A-Z][A-Z0-9]{3})?(.*)$/s;

/**
 * Parse the value of a `:61:` tag (its continuation line is the supplementary details).
 * Returns the line, or a reason string.
 *
 * @example parseStatementLine('1312091209C79,7FMSC01916//NONREF', 2)
 * // { valueDate: '2013-12-09', entryDate: '2013-12-09', mark: 'C', amountMinor: 7970, … }
 */
export function parseStatementLine(value: string, exponent: number): StatementLine | string {
  const [first = '', ...rest] = value.split('\n');
  const match = LINE.exec(first.trim());
  if (!match) return `":61:${first}" is not a statement line`;
  const [, date = '', entry, written = 'C', funds, amountText = '', type, references = ''] = match;
  const amount = parseMinor(
    amountText.endsWith(',') || amountText.endsWith('.') ? `${amountText}0` : amountText,
    exponent,
    {
      decimal: amountText.includes('.') ? '.' : ',',
    },
  );
  if (typeof amount === 'string') return `amount ${amount}`;
  const valueDate = swiftDate(date);
  if (valueDate === null) return `value date "${date}" is not a real date`;
  const [customerReference = '', bankReference] = references.split('//');
  const mark = written.toUpperCase();
  return {
    valueDate,
    entryDate: entry ? entryDateNear(valueDate, entry) : null,
    mark: mark as StatementLine['mark'],
    fundsCode: funds ?? null,
    amountMinor: mark === 'C' || mark === 'RD' ? amount : -amount,
    transactionType: type ?? '',
    customerReference: customerReference.trim(),
    bankReference: bankReference?.trim() || null,
    supplementary: rest.join('\n').trim() || null,
    markWritten: mark === written ? null : written,
  };
}

/** Dates already read: a statement repeats the same few days on every line. */
const DATES = new Map<string, string | null>();
const ENTRY_DATES = new Map<string, string | null>();
const REMEMBERED = 4096;

function remembered<T>(cache: Map<string, T>, key: string, read: () => T): T {
  const known = cache.get(key);
  if (known !== undefined || cache.has(key)) return known as T;
  if (cache.size >= REMEMBERED) cache.clear();
  const value = read();
  cache.set(key, value);
  return value;
}

/** `YYMMDD` → ISO date (years 00–79 are 20xx, 80–99 19xx), or null when impossible. */
export const swiftDate = (text: string): string | null => remembered(DATES, text, () => readSwiftDate(text));

function readSwiftDate(text: string): string | null {
  if (!/^\d{6}$/.test(text)) return null;
  const year = Number(text.slice(0, 2));
  const month = Number(text.slice(2, 4));
  const day = Number(text.slice(4, 6));
  const fullYear = year < 80 ? 2000 + year : 1900 + year;
  const date = new Date(Date.UTC(fullYear, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${fullYear}-${text.slice(2, 4)}-${text.slice(4, 6)}`;
}

/** The entry date has no year: take the one that puts it nearest the value date. */
const entryDateNear = (valueDate: string, monthDay: string): string | null =>
  remembered(ENTRY_DATES, `${valueDate} ${monthDay}`, () => nearestEntryDate(valueDate, monthDay));

function nearestEntryDate(valueDate: string, monthDay: string): string | null {
  const year = Number(valueDate.slice(0, 4));
  const candidates = [year - 1, year, year + 1].map((y) => `${y}-${monthDay.slice(0, 2)}-${monthDay.slice(2)}`);
  const value = Date.parse(valueDate);
  const valid = candidates.filter(
    (c) => !Number.isNaN(Date.parse(c)) && swiftDate(c.slice(2).replaceAll('-', '')) !== null,
  );
  valid.sort((a, b) => Math.abs(Date.parse(a) - value) - Math.abs(Date.parse(b) - value));
  return valid[0] ?? null;
}
