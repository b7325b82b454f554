import { normalizeHeader } from './header.ts';

/**
 * Resolves the profile's column names against a file's header, collecting every name
 * that is missing so one message can list them all.
 */
export class ColumnResolver {
  readonly missing: string[] = [];
  /** Highest cell index any rule reads: a shorter row is ragged. */
  maxIndex = -1;

  constructor(
    private readonly header: Map<string, number>,
    private readonly stripPrefixes: readonly string[],
  ) {}

  /** Index of a required column. */
  required(name: string): number {
    const index = this.find(name);
    if (index === undefined) {
      this.missing.push(name);
      return -1;
    }
    return index;
  }

  /** Indexes of alternatives, at least one of which must exist (first non-empty value wins). */
  anyOf(names: string | string[]): number[] {
    return this.positions(names).filter((index) => index >= 0);
  }

  /** Index of each alternative in the order named, -1 for one the header lacks; at least one must exist. */
  positions(names: string | string[]): number[] {
    const list = typeof names === 'string' ? [names] : names;
    const found = list.map((name) => this.find(name) ?? -1);
    if (found.every((index) => index < 0)) this.missing.push(list.join(' | '));
    return found;
  }

  private find(name: string): number | undefined {
    const index = this.header.get(normalizeHeader(name, this.stripPrefixes));
    if (index !== undefined && index > this.maxIndex) this.maxIndex = index;
    return index;
  }
}
