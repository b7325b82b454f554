/** One piece of an HTML page: text between tags, or a tag with its lower-case name and attributes. */
export type HtmlToken =
  | { type: 'text'; text: string; line: number }
  | { type: 'open'; name: string; attributes: Record<string, string>; line: number }
  | { type: 'close'; name: string; line: number };

/** Elements whose content is never table text (and never run: nothing here executes anything). */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xml']);
/** A tag longer than this (a huge inline style aside) is not a tag: its `<` is text. */
const MAX_TAG = 64 * 1024;
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)([^>]*)>/y;

/**
 * Split HTML into text and tags. Comments, doctypes and processing instructions are skipped;
 * the content of `<script>`/`<style>` is skipped up to its closing tag; a `<` that starts no tag
 * is text. Attributes are read quoted or bare, names lower-cased. Lines end at LF, CRLF or a
 * lone CR. Linear in the page's length, whatever its stray `<` signs.
 *
 * @example [...tokenizeHtml('<td colspan=2>A&amp;B</td>')].map((t) => t.type) // ['open', 'text', 'close']
 */
export function* tokenizeHtml(html: string): Generator<HtmlToken> {
  let at = 0;
  let line = 1;
  let gt = -1;
  const advance = (to: number) => {
    line += lineBreaks(html, at, to);
    at = to;
  };
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    if (lt > at || lt < 0) yield { type: 'text', text: html.slice(at, lt < 0 ? undefined : lt), line };
    if (lt < 0) return;
    advance(lt);
    const skipTo = markupEnd(html, lt);
    if (skipTo > 0) {
      advance(skipTo);
      continue;
    }
    // The next `>` only moves forward, so finding it costs one pass over the page in all.
    if (gt < lt) gt = html.indexOf('>', lt);
    if (gt < 0 || gt - lt > MAX_TAG) {
      // No `<` before this far from the next `>` can start a tag: all of it is text.
      const to = gt < 0 ? html.length : gt - MAX_TAG;
      yield { type: 'text', text: html.slice(lt, Math.max(to, lt + 1)), line };
      advance(Math.max(to, lt + 1));
      continue;
    }
    TAG.lastIndex = lt;
    const tag = TAG.exec(html);
    if (!tag) {
      yield { type: 'text', text: '<', line };
      advance(lt + 1);
      continue;
    }
    const name = (tag[2] ?? '').toLowerCase();
    const tagLine = line;
    advance(lt + tag[0].length);
    if (tag[1] === '/') {
      yield { type: 'close', name, line: tagLine };
      continue;
    }
    yield { type: 'open', name, attributes: readAttributes(tag[3] ?? ''), line: tagLine };
    if (RAW_TEXT.has(name)) advance(rawTextEnd(html, at, name));
  }
}

/** Where the content of a raw-text element (`<script>`…) opened before `from` ends: its closing tag, in any case. */
function rawTextEnd(html: string, from: number, name: string): number {
  const close = new RegExp(`</${name}`, 'gi');
  close.lastIndex = from;
  return close.exec(html)?.index ?? html.length;
}

/** End of a comment, doctype or processing instruction starting at `lt`, or 0 when it is none. */
function markupEnd(html: string, lt: number): number {
  if (html.startsWith('<!--', lt)) {
    const end = html.indexOf('-->', lt + 4);
    return end < 0 ? html.length : end + 3;
  }
  if (html.startsWith('<!', lt) || html.startsWith('<?', lt)) {
    const end = html.indexOf('>', lt);
    return end < 0 ? html.length : end + 1;
  }
  return 0;
}

/** Line breaks in html[from, to): LF, CRLF and a lone CR each end a line. */
function lineBreaks(html: string, from: number, to: number): number {
  let lines = 0;
  for (let i = from; i < to; i++) {
    const c = html.charCodeAt(i);
    if (c === 10 || (c === 13 && html.charCodeAt(i + 1) !== 10)) lines++;
  }
  return lines;
}

function readAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = Object.create(null) as Record<string, string>;
  const pattern = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const name = (match[1] ?? '').toLowerCase();
    attributes[name] = match[2] ?? match[3] ?? match[4] ?? '';
  }
  return attributes;
}
