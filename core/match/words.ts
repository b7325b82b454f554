/** The few distinct words of the match totals (sources, statuses, currencies) as small codes; 0 is null. */
export class Words {
  private readonly codes = new Map<string, number>();
  private readonly words: string[] = [''];

  code(word: string): number {
    let code = this.codes.get(word);
    if (code === undefined) {
      code = this.words.length;
      if (code > 0xffff) throw new RangeError('too many distinct sources, statuses and currencies');
      this.codes.set(word, code);
      this.words.push(word);
    }
    return code;
  }

  /** The code of a word already seen (0: never seen). */
  known(word: string): number {
    return this.codes.get(word) ?? 0;
  }

  word(code: number): string | null {
    return code === 0 ? null : (this.words[code] ?? null);
  }

  /** The code of the lower word, as SQL's min() (null ignored). */
  lower(a: number, b: number): number {
    return a === 0 || (this.words[b] ?? '') < (this.words[a] ?? '') ? b : a;
  }

  higher(a: number, b: number): number {
    return a === 0 || (this.words[b] ?? '') > (this.words[a] ?? '') ? b : a;
  }
}
