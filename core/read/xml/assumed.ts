import type { XmlLayout } from '../../profile/layouts.ts';
import { warning, type Warning } from '../../result.ts';
import { walk } from './path.ts';
import type { XmlEntry } from './entry.ts';

/** Lines named in a warning; the rest are counted. */
const LINES_NAMED = 10;

/**
 * The entries that omit an element the layout assumes where absent (`Sts` → `BOOK`), counted as
 * they are read, the first lines kept: one warning per element, read as the layout says, never
 * silently.
 *
 * @example const assumed = new AssumedElements(layout); assumed.add(entry); assumed.warnings()[0]?.message
 * // '2 entries have no <Sts>, so they are read as BOOK (lines 12, 19)'
 */
export class AssumedElements {
  private readonly elements: { path: string; value: string; steps: string[]; count: number; lines: number[] }[];

  constructor(layout: XmlLayout) {
    this.elements = Object.entries(layout.assumed ?? {}).map(([path, value]) => ({
      path,
      value,
      steps: path.split('/'),
      count: 0,
      lines: [],
    }));
  }

  add(entry: XmlEntry): void {
    for (const element of this.elements) {
      if (walk(entry.node, element.steps).length > 0) continue;
      element.count++;
      if (element.lines.length < LINES_NAMED) element.lines.push(entry.line);
    }
  }

  warnings(): Warning[] {
    const warnings: Warning[] = [];
    for (const { path, value, count, lines } of this.elements) {
      if (count === 0) continue;
      const named = lines.join(', ');
      const more = count > LINES_NAMED ? `, and ${count - LINES_NAMED} more` : '';
      const entries = count === 1 ? '1 entry has' : `${count} entries have`;
      const message = `${entries} no <${path}>, so ${count === 1 ? 'it is' : 'they are'} read as ${value} (line${count === 1 ? '' : 's'} ${named}${more})`;
      warnings.push(warning('xml_element_assumed', message, lines[0]));
    }
    return warnings;
  }
}
