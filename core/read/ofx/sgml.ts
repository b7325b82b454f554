import { DocumentError } from '../document.ts';
import type { Repairs } from '../repairs.ts';

/**
 * One OFX element: an aggregate with children, or a leaf with its text value (`''` when empty).
 * `line` is the 1-based line of its start tag.
 */
export type OfxElement = { name: string; line: number; value: string | null; children: OfxElement[] };

/** Processing instructions (`<?OFX OFXHEADER="200" …?>`) as name → attributes. */
export type Instructions = Map<string, Record<string, string>>;

/** Deeper nesting than this is not an OFX response (its deepest aggregates are about 8 levels down). */
const MAX_DEPTH = 64;
const TAG_NAME = /^[A-Za-z][A-Za-z0-9._-]*$/;
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

type Token =
  { type: 'start' | 'end' | 'empty'; name: string; line: number } | { type: 'text'; value: string; line: number };

/**
 * Read the element tree of an OFX body, SGML (1.x) and XML (2.x) alike: start tags whose value
 * runs to the next tag (closing tags of leaves optional), aggregates closed by their end tag,
 * comments, CDATA sections and processing instructions. A leaf left open in SGML (`<ACCTID>` with no value) is
 * closed by its parent's end tag. Closing tags as banks really write them are repaired the way
 * forgiving OFX parsers do, each repair added to `repairs` (see {@link closeElement}). Throws
 * {@link DocumentError} on malformed tags, a DOCTYPE, or a file cut short.
 *
 * @example parseOfxElements('<OFX><CODE>0</OFX>', 1, new Repairs()).elements[0]?.children[0]?.value // '0'
 */
export function parseOfxElements(
  text: string,
  firstLine: number,
  repairs: Repairs,
): { elements: OfxElement[]; pis: Instructions } {
  const pis: Instructions = new Map();
  const top: OfxElement = { name: '', line: firstLine, value: null, children: [] };
  const stack: OfxElement[] = [top];
  const opened = new Set<string>();
  let leaf: OfxElement | null = null;
  for (const token of tokenize(text, firstLine, pis)) {
    const parent = stack[stack.length - 1] as OfxElement;
    if (token.type === 'text') {
      if (parent === top || parent.value !== null || parent.children.length > 0)
        throw new DocumentError(`has text "${clip(token.value)}" outside any element value`, token.line);
      parent.value = token.value;
      leaf = stack.pop() ?? null;
    } else if (token.type === 'end' && leaf?.name === token.name) {
      leaf = null;
    } else if (token.type === 'end') {
      closeElement(stack, { name: token.name, line: token.line, leaf, opened }, repairs);
      leaf = null;
    } else {
      opened.add(token.name);
      const element: OfxElement = { name: token.name, line: token.line, value: null, children: [] };
      parent.children.push(element);
      leaf = null;
      if (token.type === 'empty') element.value = '';
      else if (stack.push(element) > MAX_DEPTH)
        throw new DocumentError(`nests elements more than ${MAX_DEPTH} deep`, token.line);
    }
  }
  const open = stack[stack.length - 1] as OfxElement;
  if (open !== top) throw new DocumentError(`is cut short: <${open.name}> is never closed`, open.line);
  return { elements: top.children, pis };
}

type ClosingTag = { name: string; line: number; leaf: OfxElement | null; opened: ReadonlySet<string> };

/**
 * Close `name` and every element opened after it; those are SGML leaves left empty, their
 * children moved up. A closing tag that names nothing open is repaired, never fatal:
 * - right after a leaf's value (`<DTUSER>20240104</DTPOSTED>`) it ends that leaf;
 * - naming an element already closed (a doubled `</STMTTRN></STMTTRN>`) it is ignored;
 * - naming an element never opened (`<CCSTMTRS>…</STMTRS>`) it closes the innermost open one.
 */
function closeElement(stack: OfxElement[], closing: ClosingTag, repairs: Repairs): void {
  const { name, line, leaf } = closing;
  let at = stack.length - 1;
  while (at > 0 && stack[at]?.name !== name) at--;
  if (at === 0) {
    if (leaf) {
      repairs.add(
        'ofx_closing_tag_mismatch',
        `closing tag </${name}> after the value of <${leaf.name}> read as the end of <${leaf.name}>`,
        line,
      );
      return;
    }
    // The innermost aggregate, not an SGML leaf left open without a value; never the document
    // itself (`<OFX></BANKMSGSRSV1>` ends <OFX>), or the next tag would find no element open.
    at = 1;
    while (at < stack.length - 1 && (stack[at + 1]?.children.length ?? 0) > 0) at++;
    const innermost = stack[at] as OfxElement;
    if (closing.opened.has(name) || stack.length === 1) {
      repairs.add(
        'ofx_closing_tag_stray',
        `closing tag </${name}> closes nothing open (written twice or out of place); ignored`,
        line,
      );
      return;
    }
    repairs.add(
      'ofx_closing_tag_mismatch',
      `closing tag </${name}> read as the end of <${innermost.name}> (line ${innermost.line}), the element open there`,
      line,
    );
  }
  while (stack.length - 1 > at) {
    const unclosed = stack.pop() as OfxElement;
    const parent = stack[stack.length - 1] as OfxElement;
    parent.children.splice(parent.children.indexOf(unclosed) + 1, 0, ...unclosed.children);
    unclosed.children = [];
    unclosed.value ??= '';
  }
  const closed = stack.pop() as OfxElement;
  if (closed.children.length === 0) closed.value ??= '';
}

function* tokenize(text: string, firstLine: number, pis: Instructions): Generator<Token> {
  let at = 0;
  let line = firstLine;
  const moveTo = (to: number) => {
    line += countLines(text, at, to);
    at = to;
  };
  while (at < text.length) {
    const open = text.indexOf('<', at);
    const value = cleanValue(text.slice(at, open < 0 ? text.length : open));
    if (value !== '') yield { type: 'text', value, line: line + leadingLines(text, at) };
    if (open < 0) break;
    moveTo(open);
    const special = markup(text, at, line);
    if (special) {
      if (special.data !== '') yield { type: 'text', value: special.data, line };
      moveTo(special.end);
      continue;
    }
    const close = text.indexOf('>', at);
    const next = text.indexOf('<', at + 1);
    if (close < 0 || (next >= 0 && next < close))
      throw new DocumentError(`has a malformed tag "${clip(text.slice(at, next < 0 ? undefined : next))}"`, line);
    const body = text.slice(at + 1, close);
    const token = tagToken(body, line, pis);
    if (token) yield token;
    moveTo(close + 1);
  }
}

/** A comment (skipped) or CDATA section (text) starting at `at`; any other `<!` declaration is refused. */
function markup(text: string, at: number, line: number): { end: number; data: string } | null {
  if (!text.startsWith('<!', at)) return null;
  if (text.startsWith('<!--', at)) {
    const close = text.indexOf('-->', at + 4);
    if (close < 0) throw new DocumentError('is cut short inside a comment', line);
    return { end: close + 3, data: '' };
  }
  if (text.startsWith('<![CDATA[', at)) {
    const close = text.indexOf(']]>', at + 9);
    if (close < 0) throw new DocumentError('is cut short inside a CDATA section', line);
    return {
      end: close + 3,
      data: text
        .slice(at + 9, close)
        .trim()
        .replace(/\s*[\r\n]+\s*/g, ' '),
    };
  }
  throw new DocumentError(`has a "${clip(text.slice(at, at + 20))}" declaration, which OFX files never carry`, line);
}

function tagToken(body: string, line: number, pis: Instructions): Token | null {
  if (body.startsWith('?')) {
    if (!body.endsWith('?')) throw new DocumentError(`has a malformed processing instruction "<${clip(body)}>"`, line);
    const [name = '', ...rest] = body.slice(1, -1).trim().split(/\s+/);
    pis.set(name.toUpperCase(), attributes(rest.join(' ')));
    return null;
  }
  const closing = body.startsWith('/');
  const selfClosing = !closing && body.endsWith('/');
  const name = body.slice(closing ? 1 : 0, selfClosing ? -1 : undefined).trim();
  if (!TAG_NAME.test(name)) throw new DocumentError(`has a malformed tag "<${clip(body)}>"`, line);
  return { type: closing ? 'end' : selfClosing ? 'empty' : 'start', name: name.toUpperCase(), line };
}

function attributes(text: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of text.matchAll(/([A-Za-z][\w.-]*)\s*=\s*"([^"]*)"/g))
    if (match[1] !== undefined) found[match[1].toUpperCase()] = match[2] ?? '';
  return found;
}

/** A value ends at the next tag; its line breaks and surrounding blanks are not part of it. */
function cleanValue(raw: string): string {
  let trimmed = raw.trim();
  if (trimmed === '') return '';
  if (/[\r\n]/.test(trimmed)) trimmed = trimmed.replace(/\s*[\r\n]+\s*/g, ' ');
  if (!trimmed.includes('&')) return trimmed;
  return trimmed.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, code: string) => {
    if (code.startsWith('#')) {
      const point = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : entity;
    }
    const name = code.toLowerCase();
    return Object.hasOwn(ENTITIES, name) ? (ENTITIES[name] ?? entity) : entity;
  });
}

/** Line breaks in text[from, to): CRLF, LF and a lone CR each end a line. */
export function countLines(text: string, from: number, to: number): number {
  let lines = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) lines++;
  }
  return lines;
}

function leadingLines(text: string, from: number): number {
  let end = from;
  while (end < text.length && text.charCodeAt(end) <= 32) end++;
  return countLines(text, from, end);
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
}
