import type { LineFinder } from './statements.ts';

/**
 * Source lines of the entry and detail elements: the parser keeps none, so the start tags are
 * found in the text (any namespace prefix) and handed out in document order, the order the
 * reader walks them in. When the text holds fewer tags than elements read, the last line found
 * is repeated rather than inventing one.
 */
export function lineFinder(text: string, entryTag: string, detailTag: string | null): LineFinder {
  const entries = tagLines(text, entryTag);
  const details = detailTag === null ? [] : tagLines(text, detailTag);
  return { entry: handOut(entries, 1), detail: handOut(details, 0) };
}

function handOut(lines: number[], fallback: number): () => number {
  let next = 0;
  return () => {
    const line = lines[next] ?? lines[lines.length - 1] ?? fallback;
    next++;
    return line;
  };
}

/** Comments and CDATA sections: text, not markup, so a tag written inside one is not an element. */
const NOT_MARKUP = String.raw`<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)`;

/** 1-based lines of every start tag `<Tag>`, `<Tag …>`, `<Tag/>` or `<ns:Tag …>` (not inside a comment or CDATA). */
export function tagLines(text: string, tag: string): number[] {
  const escaped = tag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`${NOT_MARKUP}|<(?:[A-Za-z_][\\w.-]*:)?${escaped}(?=[\\s/>])`, 'g');
  const lines: number[] = [];
  let line = 1;
  let counted = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match[0].startsWith('<!')) continue;
    for (let at = text.indexOf('\n', counted); at >= 0 && at < match.index; at = text.indexOf('\n', at + 1)) line++;
    counted = match.index;
    lines.push(line);
  }
  return lines;
}
