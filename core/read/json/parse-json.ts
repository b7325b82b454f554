/**
 * A strict RFC 8259 JSON parser that keeps what `JSON.parse` throws away and money needs: the
 * source text of every number (so `0.1` or `9007199254740993` never pass through a double) and
 * where each value starts (so an entry points back to its line). Objects are `Map`s, so a
 * `__proto__` or `constructor` key is just a key. Nesting is bounded; duplicate keys are refused
 * (which of two `amount`s is the amount?). String escapes are decoded by `JSON.parse` itself.
 */

/** A parsed value with its offset in the text; containers also know where they end. */
export type JsonNode =
  | { type: 'object'; at: number; end: number; members: Map<string, JsonNode> }
  | { type: 'array'; at: number; end: number; items: JsonNode[] }
  | { type: 'string'; at: number; value: string }
  | { type: 'number'; at: number; raw: string }
  | { type: 'boolean'; at: number; value: boolean }
  | { type: 'null'; at: number };

/** Objects and arrays nested deeper than this are refused (a statement entry needs a dozen levels). */
export const MAX_JSON_DEPTH = 256;

/** The text is not JSON: what was expected, and at which offset. */
export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = 'JsonSyntaxError';
  }
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const LITERALS = [
  ['true', { type: 'boolean', value: true }],
  ['false', { type: 'boolean', value: false }],
  ['null', { type: 'null' }],
] as const;

/**
 * Parse one JSON text (a leading BOM and surrounding whitespace allowed).
 *
 * @example parseJson('{"amount": 0.10}') // { type: 'object', members: Map { 'amount' → { type: 'number', raw: '0.10' } } }
 */
export function parseJson(text: string): JsonNode {
  const parser = new Parser(text);
  return parser.whole();
}

class Parser {
  private at = 0;
  private depth = 0;

  constructor(private readonly text: string) {
    if (text.charCodeAt(0) === 0xfeff) this.at = 1;
  }

  whole(): JsonNode {
    const value = this.value();
    this.space();
    if (this.at < this.text.length) this.fail('more text after the JSON value');
    return value;
  }

  private value(): JsonNode {
    this.space();
    const c = this.text.charAt(this.at);
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return { type: 'string', at: this.at, value: this.string() };
    if (c === '-' || (c >= '0' && c <= '9')) return this.number();
    for (const [word, node] of LITERALS) {
      if (this.text.startsWith(word, this.at)) {
        const at = this.at;
        this.at += word.length;
        return { ...node, at };
      }
    }
    return this.fail(this.at >= this.text.length ? 'the text ends where a value was expected' : 'a value expected');
  }

  private object(): JsonNode {
    const at = this.enter();
    const members = new Map<string, JsonNode>();
    if (!this.close('}')) {
      do {
        this.space();
        if (this.text.charAt(this.at) !== '"') this.fail('a key in double quotes expected');
        const keyAt = this.at;
        const key = this.string();
        this.space();
        this.expect(':');
        if (members.has(key)) this.fail(`the key "${key}" appears twice in one object`, keyAt);
        members.set(key, this.value());
      } while (this.separator('}'));
    }
    this.depth--;
    return { type: 'object', at, end: this.at, members };
  }

  private array(): JsonNode {
    const at = this.enter();
    const items: JsonNode[] = [];
    if (!this.close(']')) {
      do items.push(this.value());
      while (this.separator(']'));
    }
    this.depth--;
    return { type: 'array', at, end: this.at, items };
  }

  /** Opens a container: its offset, one level deeper (refused past the bound). */
  private enter(): number {
    if (++this.depth > MAX_JSON_DEPTH) this.fail(`nesting deeper than ${MAX_JSON_DEPTH} levels`);
    return this.at++;
  }

  /** An empty container closes at once. */
  private close(end: string): boolean {
    this.space();
    if (this.text.charAt(this.at) !== end) return false;
    this.at++;
    return true;
  }

  /** After a member: `,` goes on, the closing bracket ends. */
  private separator(end: string): boolean {
    this.space();
    const c = this.text.charAt(this.at);
    if (c === '') this.fail(`the text ends before the closing "${end}"`);
    this.at++;
    if (c === ',') return true;
    if (c === end) return false;
    return this.fail(`"," or "${end}" expected`, this.at - 1);
  }

  private string(): string {
    const start = this.at++;
    let escaped = false;
    for (; this.at < this.text.length; this.at++) {
      const code = this.text.charCodeAt(this.at);
      if (code === 0x22) break;
      if (code < 0x20) this.fail('a control character inside a string');
      if (code === 0x5c) {
        escaped = true;
        this.at++;
      }
    }
    if (this.at >= this.text.length) this.fail('a string is not closed', start);
    this.at++;
    const literal = this.text.slice(start, this.at);
    if (!escaped) return literal.slice(1, -1);
    try {
      return JSON.parse(literal) as string;
    } catch {
      return this.fail('a string has an invalid escape', start);
    }
  }

  private number(): JsonNode {
    NUMBER.lastIndex = this.at;
    const match = NUMBER.exec(this.text);
    if (!match) return this.fail('a number expected');
    const at = this.at;
    this.at += match[0].length;
    return { type: 'number', at, raw: match[0] };
  }

  private expect(c: string): void {
    if (this.text.charAt(this.at) !== c) this.fail(`"${c}" expected`);
    this.at++;
  }

  private space(): void {
    for (; this.at < this.text.length; this.at++) {
      const code = this.text.charCodeAt(this.at);
      if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) return;
    }
  }

  private fail(message: string, at = this.at): never {
    throw new JsonSyntaxError(message, at);
  }
}

/** A 1-based line and column of the text. */
export type TextPosition = { line: number; column: number };

/** Where each line starts, to turn offsets into positions (LF, CRLF or a lone CR ends a line). */
export function lineIndex(text: string): (offset: number) => TextPosition {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || (code === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) starts.push(i + 1);
  }
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
  };
}
