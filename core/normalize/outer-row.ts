/** A line outside the data (preamble, footer, summary block) kept for metadata and control totals. */
export type OuterRow = { line: number; cells: string[]; text: string };
