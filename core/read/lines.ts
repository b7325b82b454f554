const BREAK = /\r\n|\n|\r/;

/**
 * Splits text into lines (CRLF, LF or a lone CR) as it arrives in pieces of any size, each line
 * handed on with its 1-based number once its end is seen (the last one when the text ends).
 *
 * @example const lines = new LineSplitter((line, number) => use(line)); lines.push('a\r'); lines.push('\nb'); lines.end();
 */
export class LineSplitter {
  private pending = '';
  private line = 0;

  constructor(private readonly onLine: (line: string, number: number) => void) {}

  push(text: string): void {
    let joined = this.pending + text;
    // A CR at the end may be half of a CRLF: it stays with the line it ends.
    const cr = joined.endsWith('\r');
    if (cr) joined = joined.slice(0, -1);
    const lines = joined.split(BREAK);
    // The last line may go on in the next piece.
    this.pending = (lines.pop() ?? '') + (cr ? '\r' : '');
    for (const line of lines) this.onLine(line, ++this.line);
  }

  end(): void {
    const last = this.pending.endsWith('\r') ? this.pending.slice(0, -1) : this.pending;
    if (this.pending !== '') this.onLine(last, ++this.line);
    this.pending = '';
  }
}
