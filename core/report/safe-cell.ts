/**
 * Text that came from a statement or an order export must never turn into a formula
 * when a spreadsheet opens our exports (CSV injection). The rule is shared by the diff
 * workbook and the converter so that every export behaves the same way.
 */

/** Excel's limit for the text of one cell. */
export const CELL_TEXT_LIMIT = 32_767;

export const TRUNCATION_MARKER = '…[truncated]';

/**
 * True when a spreadsheet could read `text` as a formula or a command: it starts with
 * = + - @ TAB CR LF, or a fullwidth ＝ ＋ － ＠ (which some spreadsheet versions normalize).
 * Written as comparisons rather than a set lookup: it runs for every text field of every
 * exported row.
 *
 * @example startsLikeFormula('=1+1') // true
 * @example startsLikeFormula('Taobao') // false
 */
export function startsLikeFormula(text: string): boolean {
  const code = text.charCodeAt(0); // NaN for '', which matches nothing below
  if (code <= 0x40) {
    return (
      code === 0x3d ||
      code === 0x2b ||
      code === 0x2d ||
      code === 0x40 ||
      code === 0x09 ||
      code === 0x0d ||
      code === 0x0a
    );
  }
  return code === 0xff1d || code === 0xff0b || code === 0xff0d || code === 0xff20;
}

/**
 * Neutralize a text that could read as a formula by prefixing a single quote, the
 * spreadsheet convention for "this is text". Amounts we format ourselves are not text and
 * must not go through here: `-12.50` is a legitimate number.
 *
 * @example formulaSafeText('=HYPERLINK("x")') // "'=HYPERLINK(\"x\")"
 * @example formulaSafeText('Taobao order') // 'Taobao order'
 */
export const formulaSafeText = (text: string): string => (needsGuard(text) ? `'${text}` : text);

/**
 * Undo {@link formulaSafeText} exactly: the first quote goes only when it is a guard (text
 * that already began with quotes before a formula trigger got one more, so nothing is ambiguous).
 *
 * @example unguardText("'=1+1") // '=1+1'
 * @example unguardText("'quoted") // "'quoted"
 */
export const unguardText = (text: string): string =>
  text.charCodeAt(0) === QUOTE_CODE && needsGuard(text.slice(1)) ? text.slice(1) : text;

const QUOTE_CODE = 0x27;

/** Starts like a formula once any leading quotes are skipped. */
function needsGuard(text: string): boolean {
  if (text.charCodeAt(0) !== QUOTE_CODE) return startsLikeFormula(text);
  let at = 1;
  while (text.charCodeAt(at) === QUOTE_CODE) at++;
  return startsLikeFormula(text.slice(at));
}

/**
 * Formula-safe text that also fits in one spreadsheet cell: longer text is cut and ends
 * with a visible marker, so nobody mistakes the remainder for the whole value.
 *
 * @example safeCellText('@SUM(1)') // "'@SUM(1)"
 * @example safeCellText('x'.repeat(40_000)).endsWith('…[truncated]') // true
 */
export function safeCellText(text: string): string {
  const safe = formulaSafeText(text);
  if (safe.length <= CELL_TEXT_LIMIT) return safe;
  let end = CELL_TEXT_LIMIT - TRUNCATION_MARKER.length;
  // Never cut between the two halves of a surrogate pair (emoji, rare CJK).
  const last = safe.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return safe.slice(0, end) + TRUNCATION_MARKER;
}

const ESCAPE_LOOKALIKE = /_x[0-9A-Fa-f]{4}_|\r/g;

/**
 * Text for an XLSX cell: formula-safe, within the cell limit, and escaped for the XML
 * inside the file. Spreadsheets decode `_xHHHH_` as a character, so a literal `_x003D_`
 * from a statement would display as `=`; its underscore is written as `_x005F_` instead.
 * A CR is written as `_x000D_`, because XML readers turn CR LF into LF.
 *
 * @example spreadsheetText('_x003D_1') // '_x005F_x003D_1'
 * @example spreadsheetText('=1+1') // "'=1+1"
 */
export const spreadsheetText = (text: string): string =>
  safeCellText(text).replace(ESCAPE_LOOKALIKE, (match) => (match === '\r' ? '_x000D_' : `_x005F${match}`));
