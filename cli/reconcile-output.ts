import { importProfileLabel } from '../core/import/generic-reader.ts';
import {
  CATEGORIES,
  CATEGORY_CODES,
  currencyExponent,
  formatMinor,
  type ImportSummary,
  type RunSummary,
} from '../core/index.ts';
import { completenessJson, completenessLine } from './completeness-output.ts';
import { settlementJson, settlementLines } from './settlement-output.ts';

/** The `--json` result: one object, the last line on stdout. */
export function reconcileJson(
  run: RunSummary,
  imports: ImportSummary[],
  phases: Record<string, number>,
  total: number,
  /** Import id → the path the file was given as. */
  paths: ReadonlyMap<number, string> = new Map(),
) {
  const rows: Record<string, number> = {};
  const controls: Record<string, true | string> = {};
  const importsByFile: Record<string, unknown> = {};
  for (const summary of imports) {
    rows[summary.file] = summary.rows;
    if (summary.control_status === 'holds') controls[summary.file] = true;
    if (summary.control_status === 'mismatch') {
      controls[summary.file] = summary.controls
        .filter((c) => !c.holds)
        .map((c) => `${c.label}: the file says ${c.stated}, the rows add up to ${c.computed}`)
        .join('; ');
    }
    importsByFile[summary.file] = {
      profile: importProfileLabel(summary),
      ...profilePin(summary),
      encoding: summary.encoding,
      rows: summary.rows,
      imported: summary.imported,
      rejected: summary.rejected,
      records: summary.records,
      net_minor: summary.net_minor,
      control: summary.control_status,
      warnings: summary.warnings,
      sha256: summary.sha256,
    };
  }
  return {
    tool: 'recondesk',
    run_id: run.run_id,
    currency: run.currency,
    rows,
    categories: run.categories,
    fees: run.fees,
    controls,
    imports: importsByFile,
    statement_days: run.statement_days,
    book_out_of_scope: run.book_out_of_scope,
    completeness: completenessJson(run.completeness, paths),
    ...settlementJson(run),
    incidents: run.incidents ?? [],
    phases_s: phases,
    total_s: total,
  };
}

/** A human summary for the terminal. */
export function printSummary(run: RunSummary, imports: ImportSummary[], out: string | undefined): void {
  const exponent = currencyExponent(run.currency ?? 'CNY') ?? 2;
  const lines: string[] = [];
  for (const summary of imports) {
    lines.push(
      `${summary.file}: ${importProfileLabel(summary)}${byLabel(summary)}, ${summary.encoding}, ${summary.rows} rows, ` +
        `${summary.imported} imported, ${summary.rejected} rejected, control totals ${summary.control_status}`,
    );
  }
  lines.push('', `${'category'.padEnd(20)} ${'count'.padStart(10)} ${`amount (${run.currency ?? ''})`.padStart(20)}`);
  for (const code of CATEGORY_CODES) {
    const totals = run.categories[code];
    const flag = CATEGORIES[code].severity === 'system' && totals.count > 0 ? '  !' : '';
    lines.push(
      `${code.padEnd(20)} ${String(totals.count).padStart(10)} ${formatMinor(totals.amount_minor, exponent, { grouping: true }).padStart(20)}${flag}`,
    );
  }
  for (const [source, fees] of Object.entries(run.fees)) {
    lines.push(
      `fees ${source}: net ${formatMinor(fees.net_fee_minor, exponent, { grouping: true })}, ${fees.fee_mismatch} mismatching of ${fees.rows} rows`,
    );
  }
  const settlement = settlementLines(run, (minor) => formatMinor(minor, exponent, { grouping: true }));
  if (settlement.length > 0) lines.push('', ...settlement);
  lines.push('', completenessLine(run.completeness));
  if (out) lines.push('', `Diff workbook: ${out}`);
  console.log(lines.join('\n'));
}

/** The content hash an import is pinned to, and what chose its profile (`user`, `builtin`, `requested`). */
export const profilePin = (summary: ImportSummary): { profile_hash?: string; detection_by?: string } => ({
  ...(summary.profile_hash === undefined ? {} : { profile_hash: summary.profile_hash }),
  ...(summary.detection.by === undefined ? {} : { detection_by: summary.detection.by }),
});

const byLabel = (summary: ImportSummary): string =>
  summary.detection.by === 'user' ? ' (user profile)' : summary.detection.by === 'requested' ? ' (as asked)' : '';
