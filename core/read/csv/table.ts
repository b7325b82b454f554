import { indexHeader, normalizeHeader, type HeaderIndex } from '../../normalize/header.ts';
import type { OuterRow } from '../../normalize/outer-row.ts';
import type { TableLayout } from '../../profile/layouts.ts';

/** Rows of a file with its header row found; data rows are passed on, the rest kept. */
export type TableState = {
  header: HeaderIndex | null;
  headerLine: number;
  outer: OuterRow[];
};

/** Rows looked at for a header before giving up. */
const HEADER_SEARCH_ROWS = 200;

export type RowRole = 'outer' | 'header' | 'data';

/**
 * Classifies rows as they stream: title and preamble rows, the header (the first row with all
 * the layout's header names), data, then footer and summary rows once the data has ended.
 * A file without a header row (`find` empty, columns named by `names`) is data from its first
 * row. Rows of nothing but whitespace are kept outside the data, like blank lines.
 */
export function createTableSplitter(layout: TableLayout, joiner: string, stripPrefixes: readonly string[]) {
  const names = layout.header.names;
  const headerless = layout.header.find.length === 0 && names !== undefined;
  const state: TableState = {
    header: headerless ? indexHeader(names, stripPrefixes) : null,
    headerLine: 0,
    outer: [],
  };
  const wanted = layout.header.find.map((name) => normalizeHeader(name));
  const endMarks = (layout.dataEndsAt ?? []).map((mark) => normalizeHeader(mark));
  // Cheap pre-check per data row: only a cell holding a mark's first character can be a mark.
  const endMarkStarts = endMarks.map((mark) => mark.charAt(0));
  const mayEnd = (first: string) => endMarkStarts.some((char) => first.includes(char));
  const comment = layout.commentPrefix;
  let seen = 0;
  let ended = false;
  const keep = (cells: string[], line: number) => state.outer.push({ line, cells, text: cells.join(joiner) });

  const classify = (cells: string[], line: number): RowRole | 'no-header' => {
    const first = cells[0] ?? '';
    if (state.header === null) {
      seen++;
      const found = new Set(cells.map((cell) => normalizeHeader(cell, stripPrefixes)));
      if (wanted.every((name) => found.has(name))) {
        // Names given by position are the profile's own: it has already chosen between repeated cells.
        state.header = names
          ? indexHeader(names, stripPrefixes)
          : indexHeader(cells, stripPrefixes, layout.header.repeated);
        state.headerLine = line;
        return 'header';
      }
      keep(cells, line);
      return seen >= HEADER_SEARCH_ROWS ? 'no-header' : 'outer';
    }
    if (!ended && comment !== undefined && first.startsWith(comment)) ended = true;
    if (!ended && endMarks.length > 0) {
      // The first filled cell: a totals row of a sheet often leaves the first column empty.
      const label = first.trim() === '' ? (cells.find((cell) => cell.trim() !== '') ?? '') : first;
      if (mayEnd(label) && endMarks.includes(normalizeHeader(label, stripPrefixes))) ended = true;
    }
    if (ended || isBlank(cells)) {
      keep(cells, line);
      return 'outer';
    }
    return 'data';
  };
  return { state, classify, wanted: layout.header.find };
}

/** A row whose every cell is empty or whitespace (a line holding a lone space). */
function isBlank(cells: string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return false;
  return true;
}
