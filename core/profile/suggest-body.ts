import { normalizeHeader } from '../normalize/header.ts';
import { BALANCE_ROW_LABELS, labelKey, TOTAL_LABELS } from './suggest-row-labels.ts';

/**
 * The rows under a header as the suggestion sees them: entry rows, the labels of opening
 * balance rows above the entries (not entries), and the label of the row the entries end at —
 * a totals or closing balance row, or a footer line with nothing but text after it.
 */
export type Body = { data: string[][]; openingLabels: string[]; endLabel: string | null };

export function splitBody(rows: readonly string[][], columns: number): Body {
  const data: string[][] = [];
  const openingLabels: string[] = [];
  for (const [index, row] of rows.entries()) {
    const filled = row.filter((cell) => cell.trim() !== '');
    const label = filled[0] ?? '';
    if (filled.length === 0) continue;
    const key = labelKey(label);
    if (isLabel(key, BALANCE_ROW_LABELS) && data.length === 0) {
      openingLabels.push(label);
      continue;
    }
    if (isLabel(key, TOTAL_LABELS) || isLabel(key, BALANCE_ROW_LABELS))
      return { data, openingLabels, endLabel: normalizeHeader(label) };
    // A lone text line is a footer when no entry row follows it.
    if (filled.length === 1 && columns >= 3 && !rows.slice(index + 1).some((later) => filledCount(later) >= 2))
      return { data, openingLabels, endLabel: normalizeHeader(label) };
    data.push(row);
  }
  return { data, openingLabels, endLabel: null };
}

const filledCount = (row: readonly string[]): number => row.filter((cell) => cell.trim() !== '').length;

/** The label itself, or the label followed by a colon or figures (`合计：12笔`, `Total 3 items`). */
function isLabel(key: string, labels: readonly string[]): boolean {
  // `人民币合计`: a totals row per currency.
  if (labels === TOTAL_LABELS && /(合计|总计)$/.test(key)) return true;
  return labels.some(
    (label) => key === label || (key.startsWith(label) && /^[\s:：\d(（]/.test(key.slice(label.length))),
  );
}
