/**
 * Money is integer minor units. Amounts are parsed from their decimal text digit by
 * digit (never through a float) and checked to stay within Number.MAX_SAFE_INTEGER.
 */

/** How a producer writes amounts. Everything not allowed here is rejected, not guessed. */
export type AmountFormat = {
  /** Decimal separator. */
  decimal: '.' | ',';
  /** Grouping characters allowed between digit groups of three, e.g. [",", " ", "\u00a0", "'"]. */
  thousands?: readonly string[];
  /** `(12.00)` means -12.00. */
  parentheses?: boolean;
  /** `12.00-` means -12.00. */
  trailingMinus?: boolean;
  /** Currency symbols or codes that may stand before or after the number (`¥`, `EUR`). */
  symbols?: readonly string[];
};

export const PLAIN_AMOUNT: AmountFormat = { decimal: '.' };

const MINUS_SIGNS = new Set(['-', '\u2212', '\u2012', '\u2013', '\uFE63', '\uFF0D']);
const POW10 = [1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000];

/**
 * Parse `text` into minor units of a currency with `exponent` decimals.
 * Returns the integer, or a string that says why the text is not an amount.
 *
 * @example parseMinor('1,234.50', 2, { decimal: '.', thousands: [','] }) // 123450
 * @example parseMinor('1.2345', 3) // 'has 4 decimals; the currency allows 3'
 */
export function parseMinor(text: string, exponent: number, format: AmountFormat = PLAIN_AMOUNT): number | string {
  if (format.decimal === '.') {
    const plain = parsePlain(text, exponent);
    if (typeof plain === 'number') return plain;
  }
  return parseGeneral(text, exponent, format);
}

/** Fast path for `-?digits(.digits)?`, the shape of almost every machine-made amount. */
function parsePlain(text: string, exponent: number): number | undefined {
  const n = text.length;
  if (n === 0 || n > 17) return undefined;
  let i = text.charCodeAt(0) === 45 ? 1 : 0;
  const negative = i === 1;
  let value = 0;
  let digits = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    value = value * 10 + c;
    digits++;
  }
  if (digits === 0) return undefined;
  let scale = 0;
  if (i < n) {
    if (text.charCodeAt(i) !== 46 || i === n - 1) return undefined;
    for (i++; i < n; i++) {
      const c = text.charCodeAt(i) - 48;
      if (c < 0 || c > 9) return undefined;
      if (scale < exponent) {
        value = value * 10 + c;
        scale++;
      } else if (c !== 0) return undefined;
    }
  }
  const result = value * (POW10[exponent - scale] ?? 0);
  if (!Number.isSafeInteger(result)) return undefined;
  return negative && result !== 0 ? -result : result;
}

function parseGeneral(raw: string, exponent: number, format: AmountFormat): number | string {
  let text = raw.trim();
  if (text === '') return 'is empty';
  let negative = false;
  if (format.parentheses && text.startsWith('(') && text.endsWith(')')) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  text = stripSymbols(text, format.symbols ?? []);
  const first = text.charAt(0);
  if (MINUS_SIGNS.has(first) || first === '+') {
    negative = negative !== MINUS_SIGNS.has(first);
    text = text.slice(1).trim();
    text = stripSymbols(text, format.symbols ?? []);
  } else if (format.trailingMinus && MINUS_SIGNS.has(text.charAt(text.length - 1))) {
    negative = !negative;
    text = text.slice(0, -1).trim();
  }
  const digits = splitDigits(text, format);
  if (typeof digits === 'string') return digits;
  const [whole, fraction] = digits;
  if (fraction.length > exponent && /[1-9]/.test(fraction.slice(exponent))) {
    return `has ${fraction.replace(/0+$/, '').length} decimals; the currency allows ${exponent}`;
  }
  const units = whole + fraction.slice(0, exponent).padEnd(exponent, '0');
  const value = Number(units);
  if (!Number.isSafeInteger(value)) return 'is too large to be exact';
  return negative && value !== 0 ? -value : value;
}

function stripSymbols(text: string, symbols: readonly string[]): string {
  for (const symbol of symbols) {
    if (text.startsWith(symbol)) return text.slice(symbol.length).trim();
    if (text.endsWith(symbol)) return text.slice(0, -symbol.length).trim();
  }
  return text;
}

/** Split into whole and fraction digit strings, checking grouping and separators. */
function splitDigits(text: string, format: AmountFormat): [string, string] | string {
  const decimalAt = text.lastIndexOf(format.decimal);
  const wholeText = decimalAt < 0 ? text : text.slice(0, decimalAt);
  const fraction = decimalAt < 0 ? '' : text.slice(decimalAt + 1);
  if (decimalAt >= 0 && !/^\d+$/.test(fraction)) return `"${text}" is not an amount`;
  if (/^\d+$/.test(wholeText)) return [wholeText, fraction];
  const separators = format.thousands ?? [];
  const separator = separators.find((s) => wholeText.includes(s));
  if (separator === undefined) return `"${text}" is not an amount`;
  const groups = wholeText.split(separator);
  const [head, ...rest] = groups;
  if (!head || !/^\d{1,3}$/.test(head) || !rest.every((g) => /^\d{3}$/.test(g))) {
    return `"${text}" has misplaced digit grouping`;
  }
  return [groups.join(''), fraction];
}

/**
 * Format minor units as a plain decimal string: `formatMinor(-5, 2) === '-0.05'`.
 * With `grouping`, thousands are separated by commas for display.
 */
export function formatMinor(minor: number | bigint, exponent: number, options: { grouping?: boolean } = {}): string {
  const negative = minor < 0;
  const digits = (negative ? -BigInt(minor) : BigInt(minor)).toString().padStart(exponent + 1, '0');
  let whole = digits.slice(0, digits.length - exponent);
  if (options.grouping) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const text = exponent > 0 ? `${whole}.${digits.slice(digits.length - exponent)}` : whole;
  return negative ? `-${text}` : text;
}

const MILLION = 1_000_000;

/**
 * Fee at `ratePpm` (parts per million) of `amountMinor`, half-up (away from zero) to the minor unit,
 * in integer arithmetic: 0.6 % is 6000 ppm. Exact for any product; BigInt only past 2^53, so
 * checking a day's fees stays fast.
 */
export function feeAtRate(amountMinor: number, ratePpm: number): number {
  const magnitude = Math.abs(amountMinor);
  const halfUp = magnitude * ratePpm + MILLION / 2;
  let fee: number;
  if (Number.isSafeInteger(halfUp)) {
    fee = Math.floor(halfUp / MILLION);
    const rest = halfUp - fee * MILLION; // exact: every term is a safe integer
    if (rest < 0) fee--;
    else if (rest >= MILLION) fee++;
  } else fee = Number((BigInt(magnitude) * BigInt(ratePpm) + BigInt(MILLION / 2)) / BigInt(MILLION));
  return amountMinor < 0 ? -fee : fee;
}

/** A running total of minor units, refused rather than rounded once it passes exact integers. */
export function exactTotal(value: number): number {
  if (!Number.isSafeInteger(value)) throw new RangeError(`total ${value} is beyond exact integers`);
  return value;
}

/** Parse a rate such as `0.60%` or `0.006` into parts per million, exactly. */
export function parseRatePpm(text: string): number | string {
  const trimmed = text.trim();
  const percent = trimmed.endsWith('%');
  const number = parseMinor(percent ? trimmed.slice(0, -1).trim() : trimmed, percent ? 4 : 6);
  if (typeof number === 'string') return `rate "${text}" ${number}`;
  return number;
}
