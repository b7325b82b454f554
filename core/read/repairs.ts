import { warning, type Warning } from '../result.ts';

/** Repairs of one kind named one by one in the warnings; the rest are counted, so a file repaired on every line keeps a short list. */
const NAMED_PER_CODE = 5;

/**
 * What a reader repaired or assumed while reading a file, as warnings naming the line: the first
 * few of each kind one by one, then one warning counting the rest of that kind.
 *
 * @example const repairs = new Repairs(); repairs.add('ofx_closing_tag_stray', 'closing tag </STMTTRN> closes nothing open; ignored', 12); repairs.list()
 */
export class Repairs {
  private readonly named: Warning[] = [];
  private readonly counts = new Map<string, { count: number; lines: number[] }>();

  add(code: string, message: string, line?: number): void {
    const seen = this.counts.get(code) ?? { count: 0, lines: [] };
    seen.count++;
    this.counts.set(code, seen);
    if (seen.count <= NAMED_PER_CODE) this.named.push(warning(code, message, line));
    else if (line !== undefined && seen.lines.length < NAMED_PER_CODE) seen.lines.push(line);
  }

  list(): Warning[] {
    const more = [...this.counts]
      .filter(([, seen]) => seen.count > NAMED_PER_CODE)
      .map(([code, seen]) => {
        const rest = seen.count - NAMED_PER_CODE;
        const lines =
          seen.lines.length > 0 ? ` (lines ${seen.lines.join(', ')}${rest > seen.lines.length ? ', …' : ''})` : '';
        return warning(code, `${rest} more of the same repair${lines}`, seen.lines[0]);
      });
    return [...this.named, ...more];
  }
}
