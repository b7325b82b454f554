/** Delimiters tried by {@link sniffDelimiter}, in order of preference on a tie. */
export const SNIFFED_DELIMITERS = [',', ';', '\t', '|'] as const;

/** Records of the head looked at: enough for a preamble, a header and a few data rows. */
const SNIFF_RECORDS = 50;

/**
 * Pick the delimiter of a delimited text from its first lines: the candidate (`,` `;` TAB `|`)
 * that splits the most records into the same number (≥ 2) of cells, counting only delimiters
 * outside quotes. A title or preamble line of one cell does not count against a candidate.
 * Ties go to more cells, then to the earlier candidate. `null` when no candidate splits any
 * two records alike (a one-column file, or not delimited text), with quotes honoured or not.
 *
 * @example sniffDelimiter('Datum;Bedrag\n"01.02.2024";"1.234,56"\n', '"') // ';'
 */
export function sniffDelimiter(headText: string, quote: string | null = '"'): string | null {
  let best: { delimiter: string; records: number; cells: number } | null = null;
  for (const delimiter of SNIFFED_DELIMITERS) {
    const counts = cellCounts(headText, delimiter, quote);
    const modal = modalCount(counts);
    if (modal === null || modal.records < 2) continue;
    const better =
      !best || modal.records > best.records || (modal.records === best.records && modal.cells > best.cells);
    if (better) best = { delimiter, records: modal.records, cells: modal.cells };
  }
  if (best) return best.delimiter;
  // A quote that never closes hides every later line: look again ignoring quotes, so the reader
  // can report the unbalanced quote itself instead of an unknown delimiter.
  return quote === null ? null : sniffDelimiter(headText, null);
}

/** Cells per record of the head (records end at a line break outside quotes; blank lines skipped). */
function cellCounts(text: string, delimiter: string, quote: string | null): number[] {
  const counts: number[] = [];
  let cells = 1;
  let quoted = false;
  let empty = true;
  // The last record may be cut off by the end of the head: only whole records count.
  for (let i = 0; i < text.length && counts.length < SNIFF_RECORDS; i++) {
    const char = text.charAt(i);
    if (quote !== null && char === quote) {
      quoted = !quoted;
      empty = false;
    } else if (quoted) continue;
    else if (char === delimiter) {
      cells++;
      empty = false;
    } else if (char === '\n' || char === '\r') {
      if (!empty) counts.push(cells);
      cells = 1;
      empty = true;
    } else if (char !== ' ') empty = false;
  }
  return counts;
}

/** The most frequent cell count above one, with how many records have it. */
function modalCount(counts: number[]): { cells: number; records: number } | null {
  const tally = new Map<number, number>();
  for (const count of counts) if (count > 1) tally.set(count, (tally.get(count) ?? 0) + 1);
  let best: { cells: number; records: number } | null = null;
  for (const [cells, records] of tally) {
    if (!best || records > best.records || (records === best.records && cells > best.cells)) best = { cells, records };
  }
  return best;
}
