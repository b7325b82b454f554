/** One piece of an HTML page: text between tags, or a tag with its lower-case name and attributes. */
export type HtmlToken =
  | { type: 'text'; text: string; line: number }
  | { type: 'open'; name: string; attributes: Record<string, string>; line: number }
  | { type: 'close'; name: string; line: number };

/** Elements whose content is never table text (and never run: nothing here executes anything). */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xml']);

/**
 * Split HTML into text and tags. Comments, doctypes and processing instructions are skipped;
 * the content of `<script>`/`<style>` is skipped up to its closing tag; a `<` that starts no tag
 * is text. Attributes are read quoted or bare, names lower-cased.
 *
 * @example [...tokenizeHtml('<td colspan=2>A&amp;B</td>')].map((t) => t.type) // ['open', 'text', 'close']
 */
export function* tokenizeHtml(html: string): Generator<HtmlToken> {
  let at = 0;
  let line = 1;
  const advance = (to: number) => {
    for (let i = at; i < to; i++) if (html.charCodeAt(i) === 10) line++;
    at = to;
  };
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    if (lt < 0) {
      yield { type: 'text', text: html.slice(at), line };
      return;
    }
    if (lt > at) {
      yield { type: 'text', text: html.slice(at, lt), line };
      advance(lt);
    }
    const skipTo = markupEnd(html, lt);
    if (skipTo > 0) {
      advance(skipTo);
      continue;
    }
    const tag = /^<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)([^>]*)>/.exec(html.slice(lt, lt + 4096));
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
    if (RAW_TEXT.has(name)) {
      const close = html.toLowerCase().indexOf(`</${name}`, at);
      advance(close < 0 ? html.length : close);
    }
  }
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

function readAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = Object.create(null) as Record<string, string>;
  const pattern = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const name = (match[1] ?? '').toLowerCase();
    attributes[name] = match[2] ?? match[3] ?? match[4] ?? '';
  }
  return attributes;
}
