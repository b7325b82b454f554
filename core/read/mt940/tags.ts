/** One tag of a SWIFT MT94x message: `:61:` and everything up to the next tag. */
export type Tag = { id: string; value: string; line: number };

/** SWIFT framing and padding that surround the tags: SOH, ETX, Ctrl-Z, block headers and trailers. */
const FRAMING = /[\u0001\u0003\u001a]/g;
const TAG_LINE = /^:(\d{2}[A-Z]?):/;

/**
 * Split MT940/MT942 text into tags with the line each starts on. Lines that do not start a tag
 * continue the previous one (`:86:` details run over several lines, and may hold text such as
 * `:KO:` that only looks like a tag); `{1:…}{2:…}{4:` headers and `-}` trailers are skipped.
 *
 * @example splitTags(':20:REF\r\n:86:first\r\nsecond')
 * // [{ id: '20', value: 'REF', line: 1 }, { id: '86', value: 'first\nsecond', line: 2 }]
 */
export function splitTags(text: string): Tag[] {
  const tags: Tag[] = [];
  const lines = text.replace(FRAMING, '').split(/\r\n|\n|\r/);
  lines.forEach((raw, index) => {
    const line = raw.replace(/^(\{\d:[^}]*\}|\{\d:\{[^}]*\}\})+(\{4:)?/, '');
    if (line.trim() === '' || /^-\}?$/.test(line.trim()) || line.startsWith('{')) return;
    const match = TAG_LINE.exec(line);
    if (match?.[1]) {
      tags.push({ id: match[1], value: line.slice(match[0].length), line: index + 1 });
      return;
    }
    const last = tags[tags.length - 1];
    if (last) last.value += `\n${line}`;
  });
  return tags;
}
