import type { XmlLayout } from '../../profile/layouts.ts';
import { warning, type Warning } from '../../result.ts';
import { walk } from './path.ts';
import type { XmlStatement } from './statements.ts';

/** Lines named in a warning; the rest are counted. */
const LINES_NAMED = 10;

/**
 * One warning per element the layout assumes where absent (`Sts` → `BOOK`), counting the
 * entries that omit it and naming their first lines: read as the layout says, never silently.
 *
 * @example assumedWarnings(statements, { …, assumed: { Sts: 'BOOK' } })[0]?.message
 * // '2 entries have no <Sts>, so they are read as BOOK (lines 12, 19)'
 */
export function assumedWarnings(statements: readonly XmlStatement[], layout: XmlLayout): Warning[] {
  const warnings: Warning[] = [];
  for (const [path, value] of Object.entries(layout.assumed ?? {})) {
    const steps = path.split('/');
    const lines = statements.flatMap((statement) =>
      statement.entries.filter((entry) => walk(entry.node, steps).length === 0).map((entry) => entry.line),
    );
    if (lines.length === 0) continue;
    const named = lines.slice(0, LINES_NAMED).join(', ');
    const more = lines.length > LINES_NAMED ? `, and ${lines.length - LINES_NAMED} more` : '';
    const entries = lines.length === 1 ? '1 entry has' : `${lines.length} entries have`;
    const message = `${entries} no <${path}>, so ${lines.length === 1 ? 'it is' : 'they are'} read as ${value} (line${lines.length === 1 ? '' : 's'} ${named}${more})`;
    warnings.push(warning('xml_element_assumed', message, lines[0]));
  }
  return warnings;
}
