import type { SheetLayout } from '../profile/layouts.ts';
import type { MergedCell, Sheet } from '../read/sheet.ts';
import { warning, type Warning } from '../result.ts';

/** Merged ranges named one by one in the warnings; the rest are counted. */
const MAX_NAMED = 20;

/**
 * A sheet's rows as a table reads them: every row as wide as the widest (a cell a workbook
 * leaves out is an empty value, not a short row), and the cells of merged ranges given their
 * range's value as the layout's `merged` rule says — each filled cell named in a warning.
 *
 * @example completeSheet(sheet, { header: { find: ['Date'] } }).rows[4] // ['2024-03-01', 'Coffee', '-4.50', '']
 */
export function completeSheet(sheet: Sheet, layout: SheetLayout): { rows: string[][]; warnings: Warning[] } {
  const width = sheet.rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  const rows = sheet.rows.map((row) => (row.length < width ? padded(row, width) : row));
  const rule = layout.merged ?? 'fill-down';
  const filled = rule === 'top-left' ? [] : (sheet.merged ?? []).filter((cell) => rule === 'fill' || !cell.across);
  for (const cell of filled) {
    const row = rows[cell.index];
    if (row && row[cell.column] === '') row[cell.column] = cell.text;
  }
  return { rows, warnings: mergeWarnings(filled, sheet.lines) };
}

function padded(row: string[], width: number): string[] {
  const out = row.slice();
  while (out.length < width) out.push('');
  return out;
}

/** One warning per merged range that gave its value to other cells, at the first row it filled. */
function mergeWarnings(filled: readonly MergedCell[], lines: readonly number[]): Warning[] {
  const ranges = new Map<string, MergedCell[]>();
  for (const cell of filled) ranges.set(cell.from, [...(ranges.get(cell.from) ?? []), cell]);
  const warnings: Warning[] = [];
  for (const [from, cells] of ranges) {
    if (warnings.length === MAX_NAMED) {
      const rest = ranges.size - MAX_NAMED;
      warnings.push(
        warning('merged_cells_filled', `${rest} more merged ranges gave their value to the cells they cover.`),
      );
      break;
    }
    const first = cells[0] as MergedCell;
    const at = cells.map((cell) => cell.at).join(', ');
    const message = `Cells ${at} are merged with ${from}; they read its value "${first.text}".`;
    warnings.push(warning('merged_cells_filled', message, lines[first.index]));
  }
  return warnings;
}
