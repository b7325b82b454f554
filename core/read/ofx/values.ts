/** An OFX date-time: its calendar date as written and the ISO 8601 form (offset kept when stated). */
export type OfxDate = { date: string; iso: string };

const DATE =
  /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?(?:\.(\d{1,3}))?)?\s*(?:\[\s*([+-]?\d{1,2}(?:\.\d{1,2})?)\s*(?::\s*[A-Za-z]{0,8}\s*)?\])?$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Read an OFX date `YYYYMMDD[HHMMSS[.XXX]][[±h[.mm]:TZ]]`. The date is the one written (a
 * posting date is the bank's calendar day, never shifted); the ISO form carries the stated
 * offset (`[-5:EST]` → `-05:00`), or none when the file states none. Returns null when the text
 * is not a real date.
 *
 * @example ofxDate('20181202184906.217[-5:EDT]') // { date: '2018-12-02', iso: '2018-12-02T18:49:06.217-05:00' }
 */
export function ofxDate(text: string): OfxDate | null {
  const match = DATE.exec(text.trim());
  if (!match) return null;
  const [, y = '', mo = '', d = '', h = '00', mi = '00', s = '00', ms, zone] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  if (month < 1 || day < 1 || day > days || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return null;
  const date = `${y}-${mo}-${d}`;
  const fraction = ms === undefined ? '' : `.${ms.padEnd(3, '0')}`;
  const offset = zone === undefined ? '' : offsetText(zone);
  if (offset === null) return null;
  return { date, iso: `${date}T${h}:${mi}:${s}${fraction}${offset}` };
}

function offsetText(zone: string): string | null {
  const negative = zone.startsWith('-');
  const [hours = '0', part = ''] = zone.replace(/^[+-]/, '').split('.');
  // `[+5.30:IST]` is read as hours.minutes when two digits follow the dot, `[-3.5]` as half hours.
  const minutes = part.length === 2 ? Number(part) : part.length === 1 ? Number(part) * 6 : 0;
  if (Number(hours) > 14 || minutes > 59) return null;
  return `${negative ? '-' : '+'}${hours.padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** An amount read to the currency's minor units; `rounded` when the file wrote significant digits beyond them. */
export type OfxAmount = { minor: number; rounded: boolean };

/**
 * Read an OFX amount: an optional sign, digits, and a decimal point or comma (OFX allows both),
 * leading zeros and `+` as written by brokers (`+00000000000115.8331`). More decimals than the
 * currency has are fine when they are zeros (`+00000000001500.0000`); significant ones (float
 * artefacts such as `-995.4190396554627`, sub-cent money-market cash) mark the amount `rounded`,
 * which the transaction reader refuses rather than keep a rounded figure. Returns null when the text is not an
 * amount (`$120`, `1,234.50`, empty) or is too large to be exact.
 *
 * @example ofxAmount('-200,00', 2) // { minor: -20000, rounded: false }
 */
export function ofxAmount(text: string, exponent: number): OfxAmount | null {
  const match = /^([+-]?)(\d*)(?:[.,](\d*))?$/.exec(text.trim());
  if (!match) return null;
  const [, sign = '', whole = '', fraction = ''] = match;
  if (whole === '' && fraction === '') return null;
  const kept = fraction.slice(0, exponent).padEnd(exponent, '0');
  const rest = fraction.slice(exponent);
  let minor = Number(`${whole}${kept}`);
  if (rest !== '' && rest.charCodeAt(0) >= 53) minor += 1;
  if (!Number.isSafeInteger(minor)) return null;
  return { minor: sign === '-' && minor !== 0 ? -minor : minor, rounded: /[1-9]/.test(rest) };
}

/**
 * The amount rounded half-even to the currency's minor unit, in integers only: the digits past
 * the exponent decide (more than half rounds away from zero, exactly half to the even digit).
 * Returns null when the text is not an amount.
 *
 * @example ofxAmountHalfEven('2863.2522955731815', 2) // 286325
 */
export function ofxAmountHalfEven(text: string, exponent: number): number | null {
  const match = /^([+-]?)(\d*)(?:[.,](\d*))?$/.exec(text.trim());
  if (!match) return null;
  const [, sign = '', whole = '', fraction = ''] = match;
  if (whole === '' && fraction === '') return null;
  let minor = Number(`${whole}${fraction.slice(0, exponent).padEnd(exponent, '0')}`);
  const rest = fraction.slice(exponent);
  const first = rest.charCodeAt(0) - 48;
  const beyondHalf = first > 5 || (first === 5 && /[1-9]/.test(rest.slice(1)));
  if (beyondHalf || (first === 5 && !beyondHalf && minor % 2 === 1)) minor += 1;
  if (!Number.isSafeInteger(minor)) return null;
  return sign === '-' && minor !== 0 ? -minor : minor;
}
