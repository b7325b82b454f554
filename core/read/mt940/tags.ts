import { LineSplitter } from '../lines.ts';

/** One tag of a SWIFT MT94x message: `:61:` and everything up to the next tag. */
export type Tag = { id: string; value: string; line: number };

/** SWIFT framing and padding that surround the tags: SOH, ETX, Ctrl-Z, block headers and trailers. */
const FRAMING = /[\u0001\u0003\u001a]/g;
const TAG_LINE = /^:(\d{2}[A-Z]?):/;

/**
 * Splits MT940/MT942 text into tags with the line each starts on, as the text arrives in pieces
 * of any size. Lines that do not start a tag continue the previous one (`:86:` details run over
 * several lines, and may hold text such as `:KO:` that only looks like a tag), so a tag is
 * handed on once the next one starts (or the text ends); `{1:…}{2:…}{4:` headers and `-}`
 * trailers are skipped.
 *
 * @example const tags = new TagSplitter(onTag); tags.push(':20:REF\r\n:86:first\r\nsec'); tags.push('ond'); tags.end();
 * // onTag({ id: '20', value: 'REF', line: 1 }), onTag({ id: '86', value: 'first\nsecond', line: 2 })
 */
export class TagSplitter {
  private readonly lines = new LineSplitter((line, number) => this.read(line, number));
  private tag: Tag | null = null;

  constructor(private readonly onTag: (tag: Tag) => void) {}

  push(text: string): void {
    this.lines.push(text);
  }

  end(): void {
    this.lines.end();
    if (this.tag) this.onTag(this.tag);
    this.tag = null;
  }

  private read(raw: string, number: number): void {
    const line = raw.replace(FRAMING, '').replace(/^(\{\d:[^}]*\}|\{\d:\{[^}]*\}\})+(\{4:)?/, '');
    if (line.trim() === '' || /^-\}?$/.test(line.trim()) || line.startsWith('{')) return;
    const match = TAG_LINE.exec(line);
    if (match?.[1]) {
      if (this.tag) this.onTag(this.tag);
      this.tag = { id: match[1], value: line.slice(match[0].length), line: number };
      return;
    }
    if (this.tag) this.tag.value += `\n${line}`;
  }
}

/** The tags of a whole text (see {@link TagSplitter}). */
export function splitTags(text: string): Tag[] {
  const tags: Tag[] = [];
  const splitter = new TagSplitter((tag) => tags.push(tag));
  splitter.push(text);
  splitter.end();
  return tags;
}
