import { formatMinor, parseMinor, type AmountFormat } from '../money.ts';

/**
 * Checks a statement's running balance column: every row's balance is the previous row's
 * balance plus its amount. The opening balance is the first row's balance less its amount;
 * the first break is reported with its line.
 */
export class RunningBalance {
  private opening: bigint | null = null;
  private previous: bigint | null = null;
  private rows = 0;
  private problem: string | null = null;

  constructor(private readonly format: AmountFormat) {}

  /** One imported row: its balance cell text and signed amount in minor units. */
  add(text: string, amount: number, exponent: number, line: number): void {
    if (this.problem !== null) return;
    if (text === '') return;
    const parsed = parseMinor(text, exponent, this.format);
    if (typeof parsed === 'string') {
      this.problem = `line ${line}: balance "${text}" ${parsed}`;
      return;
    }
    const balance = BigInt(parsed);
    this.rows++;
    if (this.previous === null) this.opening = balance - BigInt(amount);
    else if (this.previous + BigInt(amount) !== balance) {
      const expected = formatMinor(this.previous + BigInt(amount), exponent);
      this.problem = `line ${line}: ${formatMinor(this.previous, exponent)} + ${formatMinor(amount, exponent)} = ${expected}, the file says ${formatMinor(balance, exponent)}`;
    }
    this.previous = balance;
  }

  /** What the balance column states and whether every row chained. */
  result(exponent: number): { stated: string; computed: string; holds: boolean } {
    if (this.problem !== null) return { stated: 'balance chain', computed: this.problem, holds: false };
    if (this.opening === null || this.previous === null)
      return { stated: '(missing)', computed: 'no balance', holds: false };
    return {
      stated: formatMinor(this.previous, exponent),
      computed: `${formatMinor(this.opening, exponent)} + ${formatMinor(this.previous - this.opening, exponent)} over ${this.rows} rows`,
      holds: true,
    };
  }
}
