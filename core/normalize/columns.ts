import { normalizeHeader, type HeaderIndex } from './header.ts';

/**
 * Resolves the profile's column names against a file's header, collecting every name
 * that is missing so one message can list them all.
 */
export class ColumnResolver {
  readonly missing: string[] = [];
  /** Names read that the header holds more than once, with nothing to choose between them. */
  readonly repeated: { name: string; positions: readonly number[] }[] = [];
  /** Highest cell index any rule reads: a shorter row is ragged. */
  maxIndex = -1;

  constructor(
    private readonly header: HeaderIndex,
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

  /**
   * Why the header cannot be read as the profile reads it (a column it reads named twice), or null.
   *
   * @example columns.ambiguity() // "The column 'amount' appears twice, at columns 3 and 7; …"
   */
  ambiguity(): string | null {
    const [first] = this.repeated;
    if (!first) return null;
    const at = first.positions.map((position) => String(position + 1));
    const times = at.length === 2 ? 'twice' : `${at.length} times`;
    const columns = `${at.slice(0, -1).join(', ')} and ${at.at(-1) ?? ''}`;
    return `The column '${first.name}' appears ${times}, at columns ${columns}; the profile must say which one it reads (header.repeated).`;
  }

  private find(name: string): number | undefined {
    const key = normalizeHeader(name, this.stripPrefixes);
    const positions = this.header.repeated?.get(key);
    if (positions && !this.repeated.some((entry) => entry.name === name)) this.repeated.push({ name, positions });
    const index = this.header.get(key);
    if (index !== undefined && index > this.maxIndex) this.maxIndex = index;
    return index;
  }
}
