/** Statements nest about 15 levels deep; anything past this is refused, not recursed into. */
export const MAX_XML_DEPTH = 64;

/** Names that would reach an object's prototype if they became keys. */
const FORBIDDEN_NAMES = new Set(['__proto__', 'constructor', 'prototype']);

/** Why a document is refused: `xml_doctype`, `xml_too_deep`, `xml_forbidden_name` or `xml_invalid`. */
export class XmlError extends Error {
  override name = 'XmlError';
  constructor(
    readonly code: string,
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
  }
}

/** What the tokenizer hands on: element starts (local name, attributes, start line), text, element ends. */
export type XmlEvents = {
  open(name: string, attributes: Record<string, string> | null, line: number): void;
  text(text: string): void;
  close(): void;
};

const NAME = /^[^\s\d.\-!"#$%&'()*+,/;<=>?@[\\\]^`{|}~][^\s!"#$%&'()*+,/;<=>?@[\\\]^`{|}~]*$/;
const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gy;
const DECLARATION = /<!(DOCTYPE|ENTITY)/i;

/**
 * A streaming, non-validating XML tokenizer for untrusted statements, fed text in pieces of any
 * size: it keeps only the unread tail of the last piece. Any DOCTYPE or ENTITY declaration is
 * refused (even inside a comment), no entity is expanded (values stay the exact text), namespace
 * prefixes and `xmlns` attributes are dropped, nesting is bounded by {@link MAX_XML_DEPTH}
 * (the depth of a deeper file is still counted to say how deep it goes), prototype-reaching names
 * are refused, and tags must nest and close in order under one root element.
 *
 * @example const tokens = new XmlTokenizer(events); tokens.push(text); tokens.end();
 */
export class XmlTokenizer {
  private buffer = '';
  private at = 0;
  /** Line at `counted`, and where the line holding `counted` starts (both in `buffer`). */
  private line = 1;
  private counted = 0;
  private lineStart = 0;
  /** Open elements; `handed`: its start was handed on (it is within the depth cap). */
  private readonly open: { name: string; line: number; column: number; handed: boolean }[] = [];
  private rootClosed = false;
  private rootSeen = false;
  /** Past the depth cap: only depth is counted from here on, to say how deep the file goes. */
  private deepest = 0;

  constructor(private readonly events: XmlEvents) {}

  push(text: string): void {
    this.lineOf(this.at);
    this.buffer = this.at === this.buffer.length ? text : this.buffer.slice(this.at) + text;
    this.lineStart -= this.at;
    this.counted -= this.at;
    this.at = 0;
    this.scan(false);
  }

  end(): void {
    this.scan(true);
    if (this.deepest > MAX_XML_DEPTH)
      throw new XmlError(
        'xml_too_deep',
        `The document nests ${this.deepest} levels deep; at most ${MAX_XML_DEPTH} are read.`,
      );
    const unclosed = this.open[this.open.length - 1];
    if (unclosed) throw this.invalid(`Unclosed tag '${unclosed.name}'.`, unclosed.line, unclosed.column);
    if (!this.rootSeen) throw this.invalid('Start tag expected.', this.line, 1);
  }

  /** 1-based line of `index` in the buffer, counting forward from the last index asked for. */
  private lineOf(index: number): number {
    const text = this.buffer;
    for (let at = text.indexOf('\n', this.counted); at >= 0 && at < index; at = text.indexOf('\n', at + 1)) {
      this.line++;
      this.lineStart = at + 1;
    }
    this.counted = index;
    return this.line;
  }

  private columnOf(index: number): number {
    this.lineOf(index);
    return index - this.lineStart + 1;
  }

  private invalid(message: string, line: number, column: number): XmlError {
    return new XmlError('xml_invalid', `Line ${line}, column ${column}: ${message}`, line, column);
  }

  private invalidAt(message: string, index: number): XmlError {
    const line = this.lineOf(index);
    return this.invalid(message, line, index - this.lineStart + 1);
  }

  private scan(final: boolean): void {
    const text = this.buffer;
    for (;;) {
      const lt = text.indexOf('<', this.at);
      if (lt < 0) {
        this.characters(this.at, text.length);
        return;
      }
      if (lt > this.at) this.characters(this.at, lt);
      this.at = lt;
      const next = this.markup(lt, final);
      if (next < 0) return;
      this.at = next;
    }
  }

  /** Text between markup: handed on inside the root, only whitespace allowed outside it. */
  private characters(from: number, to: number): void {
    if (from >= to) return;
    // Whitespace alone (the indentation between tags) is trimmed from every value: not handed on.
    const text = this.buffer;
    let at = from;
    while (at < to && isSpace(text.charCodeAt(at))) at++;
    if (at === to) {
      this.at = to;
      return;
    }
    if (this.open.length === 0)
      throw this.invalidAt(this.rootClosed ? 'Extra text at the end' : 'char outside of root node.', at);
    if (this.deepest <= MAX_XML_DEPTH) this.events.text(text.slice(from, to));
    this.at = to;
  }

  /** Reads the markup at `lt`; the index after it, or -1 when the buffer ends inside it. */
  private markup(lt: number, final: boolean): number {
    const text = this.buffer;
    if (lt + 1 >= text.length) return this.cut(lt, final, 'Unexpected end of the document');
    const kind = text.charCodeAt(lt + 1);
    if (kind === 33 /* ! */) return this.special(lt, final);
    if (kind === 63 /* ? */) {
      const end = text.indexOf('?>', lt + 2);
      if (end < 0) return this.cut(lt, final, 'Unclosed processing instruction');
      return end + 2;
    }
    const end = tagEnd(text, lt + 1);
    if (end < 0) return this.cut(lt, final, 'Unclosed tag');
    if (kind === 47 /* / */) this.endTag(lt, end);
    else this.startTag(lt, end);
    return end + 1;
  }

  private cut(lt: number, final: boolean, message: string): number {
    if (final) throw this.invalidAt(message, lt);
    this.at = lt;
    return -1;
  }

  /** A comment, CDATA section or declaration at `lt` (`<!`). */
  private special(lt: number, final: boolean): number {
    const text = this.buffer;
    if (text.length - lt < 9 && !final) return this.cut(lt, final, '');
    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4);
      if (end < 0) return this.cut(lt, final, 'Unclosed comment');
      this.refuseDeclaration(text.slice(lt + 4, end), lt + 4);
      return end + 3;
    }
    if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt + 9);
      if (end < 0) return this.cut(lt, final, 'Unclosed CDATA section');
      const inner = text.slice(lt + 9, end);
      this.refuseDeclaration(inner, lt + 9);
      if (this.open.length === 0) throw this.invalidAt('CDATA outside of root node.', lt);
      if (this.deepest <= MAX_XML_DEPTH) this.events.text(inner);
      return end + 3;
    }
    this.refuseDeclaration(text.slice(lt, lt + 9), lt);
    throw this.invalidAt('Invalid markup.', lt);
  }

  private refuseDeclaration(text: string, offset: number): void {
    const found = DECLARATION.exec(text);
    if (!found) return;
    const line = this.lineOf(offset + found.index);
    throw new XmlError(
      'xml_doctype',
      `Line ${line}: the file declares a ${found[1]?.toUpperCase()}; statements never need one, so it is refused.`,
      line,
    );
  }

  private endTag(lt: number, gt: number): void {
    const text = this.buffer;
    const open = this.open.pop();
    // The usual `</Name>` is compared in place, without cutting its name out of the text.
    const same = open !== undefined && gt - lt - 2 === open.name.length && text.startsWith(open.name, lt + 2);
    const name = same ? '' : text.slice(lt + 2, gt).trim();
    if (!open) throw this.invalidAt(`Closing tag '${name}' has not been opened.`, lt);
    if (!same && open.name !== name)
      throw this.invalidAt(
        `Expected closing tag '${open.name}' (opened in line ${open.line}, col ${open.column}) instead of closing tag '${name}'.`,
        lt,
      );
    if (this.open.length === 0) this.rootClosed = true;
    if (open.handed) this.events.close();
  }

  private startTag(lt: number, gt: number): void {
    const text = this.buffer;
    const selfClosing = text.charCodeAt(gt - 1) === 47;
    const inner = text.slice(lt + 1, selfClosing ? gt - 1 : gt);
    let space = 0;
    while (space < inner.length && !isSpace(inner.charCodeAt(space))) space++;
    const name = inner.slice(0, space);
    if (!NAME.test(name)) throw this.invalidAt(`Tag '${name}' is an invalid name.`, lt);
    if (this.rootClosed) throw this.invalidAt('Multiple possible root nodes found.', lt);
    this.rootSeen = true;
    const local = localName(name);
    if (FORBIDDEN_NAMES.has(local)) throw forbidden(local);
    const line = this.lineOf(lt);
    const depth = this.open.length + 1;
    if (depth > this.deepest) this.deepest = depth;
    const handed = this.deepest <= MAX_XML_DEPTH;
    const attributes = space < inner.length && handed ? this.attributes(inner, space, lt) : null;
    if (!selfClosing) this.open.push({ name, line, column: lt - this.lineStart + 1, handed });
    if (!handed) return;
    this.events.open(local, attributes, line);
    if (selfClosing) this.events.close();
  }

  private attributes(inner: string, from: number, lt: number): Record<string, string> | null {
    let attributes: Record<string, string> | null = null;
    let at = from;
    for (;;) {
      while (at < inner.length && isSpace(inner.charCodeAt(at))) at++;
      if (at >= inner.length) return attributes;
      ATTRIBUTE.lastIndex = at;
      const match = ATTRIBUTE.exec(inner);
      if (!match) throw this.invalidAt(`Attributes of '${inner.slice(0, from)}' are not well-formed.`, lt);
      at = ATTRIBUTE.lastIndex;
      const name = match[1] as string;
      const prefix = name.indexOf(':');
      if (name === 'xmlns' || name.slice(0, prefix) === 'xmlns') continue;
      const local = prefix < 0 ? name : name.slice(prefix + 1);
      if (FORBIDDEN_NAMES.has(local)) throw forbidden(local);
      attributes ??= {};
      const key = `@_${local}`;
      if (Object.hasOwn(attributes, key)) throw this.invalidAt(`Attribute '${name}' is repeated.`, lt);
      attributes[key] = match[2] ?? match[3] ?? '';
    }
  }
}

const forbidden = (name: string) =>
  new XmlError('xml_forbidden_name', `The document uses the element or attribute name "${name}", which is refused.`);

const isSpace = (code: number) => code === 32 || code === 10 || code === 9 || code === 13;

const localName = (name: string) => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

/** The `>` ending the tag that starts before `from`, outside quoted attribute values; -1 when not in the text yet. */
function tagEnd(text: string, from: number): number {
  let at = from;
  for (;;) {
    const gt = text.indexOf('>', at);
    if (gt < 0) return -1;
    const quote = firstQuote(text, at, gt);
    if (quote < 0) return gt;
    const close = text.indexOf(text[quote] as string, quote + 1);
    if (close < 0) return -1;
    at = close + 1;
  }
}

function firstQuote(text: string, from: number, to: number): number {
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code === 34 || code === 39) return at;
  }
  return -1;
}
