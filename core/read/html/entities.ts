/** Named character references a bank's HTML export uses; anything else is kept as written. */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  shy: '',
  minus: '\u2212',
  ndash: '\u2013',
  mdash: '\u2014',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  copy: '©',
  reg: '®',
  middot: '·',
  times: '×',
  divide: '÷',
  ...latinLetters(),
};

/** `&eacute;` `&Ouml;` `&szlig;`…: the accented letters of Latin-1 by their entity names. */
function latinLetters(): Record<string, string> {
  const letters: Record<string, string> = { szlig: 'ß' };
  const marks: Record<string, string> = {
    grave: '\u0300',
    acute: '\u0301',
    circ: '\u0302',
    tilde: '\u0303',
    uml: '\u0308',
    ring: '\u030a',
    cedil: '\u0327',
  };
  for (const base of 'aeiouycnAEIOUYCN')
    for (const [name, mark] of Object.entries(marks)) {
      const letter = (base + mark).normalize('NFC');
      if (letter.length === 1) letters[base + name] = letter;
    }
  return letters;
}

/**
 * Decode HTML character references (`&amp;`, `&#165;`, `&#xA5;`). A reference that names no
 * character, or a code point that is not one, stays as written.
 *
 * @example decodeEntities('A&amp;B &yen;1&#44;000') // 'A&B ¥1,000'
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,8});?/g, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return whole;
      return String.fromCodePoint(code);
    }
    return NAMED[body] ?? NAMED[body.toLowerCase()] ?? whole;
  });
}
