import { formatAmounts, type Completeness, type FileCompleteness, type RecordTotals } from '../core/index.ts';

/** `completeness` of the `--json` result, each file under the path it was given as (`paths`: import id → path). */
export function completenessJson(completeness: Completeness | undefined, paths: ReadonlyMap<number, string>) {
  if (!completeness) return { holds: false, files: {} };
  const files: Record<string, unknown> = {};
  for (const file of completeness.files) {
    files[paths.get(file.import_id) ?? file.file] = {
      rows: file.rows,
      imported: file.imported,
      rejected: file.rejected,
      stored: file.stored,
      assigned: file.assigned,
      outcomes: file.outcomes,
      holds: file.holds,
    };
  }
  return { holds: completeness.holds, files };
}

/** One warning line per file whose control fails, naming the file and both figures. */
export function completenessWarnings(
  completeness: Completeness | undefined,
  paths: ReadonlyMap<number, string>,
): string[] {
  if (!completeness) return ['warning: the run has no completeness control; its result cannot be trusted'];
  return completeness.files
    .filter((file) => !file.holds)
    .map((file) => `warning: completeness fails for ${paths.get(file.import_id) ?? file.file}: ${figures(file)}`);
}

function figures(file: FileCompleteness): string {
  const rows =
    file.rows === file.imported + file.rejected
      ? ''
      : `${file.rows} rows, but ${file.imported} imported + ${file.rejected} rejected; `;
  return `${rows}imported ${totals(file.stored)}, the outcomes account for ${totals(file.assigned)}`;
}

const totals = (t: RecordTotals): string => `${t.records} records (${formatAmounts(t.amount_minor)})`;

/**
 * Exit 3 when the control fails (a record that ended in no outcome, or outcomes that do not add up
 * to what was stored: the result cannot be trusted), after one warning line per failing file; else 0.
 */
export function completenessExit(
  completeness: Completeness | undefined,
  paths: ReadonlyMap<number, string>,
  warn: (line: string) => void,
): number {
  const warnings = completenessWarnings(completeness, paths);
  for (const line of warnings) warn(line);
  return warnings.length > 0 ? 3 : 0;
}

/** The control in one line for the terminal summary: holds or fails, with what was imported and what the outcomes account for. */
export function completenessLine(completeness: Completeness | undefined): string {
  if (!completeness) return 'completeness: no control in this run';
  const sum = (pick: (file: FileCompleteness) => RecordTotals): RecordTotals => {
    const total: RecordTotals = { records: 0, amount_minor: {} };
    for (const file of completeness.files) {
      const figures = pick(file);
      total.records += figures.records;
      for (const [currency, minor] of Object.entries(figures.amount_minor))
        total.amount_minor[currency] = (total.amount_minor[currency] ?? 0) + minor;
    }
    return total;
  };
  const verdict = completeness.holds ? 'holds' : 'FAILS';
  return `completeness ${verdict}: imported ${totals(sum((file) => file.stored))}, the outcomes account for ${totals(sum((file) => file.assigned))}`;
}
