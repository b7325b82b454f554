/** Excel's limit on the length of a sheet name. */
export const SHEET_NAME_LIMIT = 31;

const FORBIDDEN = /[[\]:*?/\\\u0000-\u001f]/g;

/**
 * A name Excel accepts: none of `[]:*?/\`, no leading or trailing apostrophe, not
 * `History` (reserved), not empty, at most 31 characters.
 *
 * @example sanitizeSheetName('Fees: 2024/03?') // 'Fees_ 2024_03_'
 */
export function sanitizeSheetName(wanted: string): string {
  let name = wanted
    .replace(FORBIDDEN, '_')
    .replace(/^'+|'+$/g, '')
    .trim();
  if (name === '') name = 'Sheet';
  if (name.toLowerCase() === 'history') name = `${name}_`;
  return Array.from(name).slice(0, SHEET_NAME_LIMIT).join('').trim();
}

/**
 * Returns a function that sanitizes names and makes them unique within one workbook.
 * Excel compares sheet names without case, so `Fees` and `FEES` collide.
 *
 * @example const name = createSheetNamer(); name('Fees'); name('FEES') // 'FEES (2)'
 */
export function createSheetNamer(): (wanted: string) => string {
  const taken = new Set<string>();
  return (wanted) => {
    const base = sanitizeSheetName(wanted);
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name =
        Array.from(base)
          .slice(0, SHEET_NAME_LIMIT - suffix.length)
          .join('')
          .trimEnd() + suffix;
    }
    taken.add(name.toLowerCase());
    return name;
  };
}
