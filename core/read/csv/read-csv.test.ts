import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvError, readCsv, type CsvOptions } from './read-csv.ts';

const QUOTED: CsvOptions = { delimiter: ',', quote: '"' };

async function* pieces(parts: string[]): AsyncGenerator<string> {
  for (const part of parts) yield part;
}

/** Every row with its line, across all batches. */
async function read(parts: string[], options: CsvOptions = QUOTED): Promise<{ line: number; cells: string[] }[]> {
  const rows: { line: number; cells: string[] }[] = [];
  for await (const batch of readCsv(pieces(parts), options)) {
    batch.rows.forEach((cells, index) => rows.push({ line: batch.lines[index] ?? -1, cells }));
  }
  return rows;
}

/** Split `text` at the given cut points (sorted, deduplicated, inside the text). */
const cut = (text: string, points: number[]): string[] => {
  const at = [...new Set(points.map((p) => p % (text.length + 1)))].sort((a, b) => a - b);
  const parts: string[] = [];
  let from = 0;
  for (const point of at) {
    parts.push(text.slice(from, point));
    from = point;
  }
  parts.push(text.slice(from));
  return parts;
};

const ORDERS = [
  'order_no,amount,note',
  'SO1,1.00,plain',
  '',
  'SO2,"2,000.00","multi',
  'line',
  'note"',
  'SO3,3.00,"say ""hi"""',
  '',
  '',
  'SO4,4.00,last',
];
const EXPECTED = [
  { line: 1, cells: ['order_no', 'amount', 'note'] },
  { line: 2, cells: ['SO1', '1.00', 'plain'] },
  { line: 4, cells: ['SO2', '2,000.00', 'multi\nline\nnote'] },
  { line: 7, cells: ['SO3', '3.00', 'say "hi"'] },
  { line: 10, cells: ['SO4', '4.00', 'last'] },
];

describe('readCsv line numbers', () => {
  it('numbers LF rows by their first physical line, counting skipped empty lines and embedded newlines', async () => {
    expect(await read([`${ORDERS.join('\n')}\n`])).toEqual(EXPECTED);
  });

  it('numbers CRLF rows the same way', async () => {
    const crlf = EXPECTED.map((row) => ({ ...row, cells: row.cells.map((cell) => cell.replaceAll('\n', '\r\n')) }));
    expect(await read([`${ORDERS.join('\r\n')}\r\n`])).toEqual(crlf);
  });

  it('reads a file whose lines end in a lone CR (old Mac tools), a CR inside quotes kept in its cell', async () => {
    expect(await read(['order_no,note\rSO1,"two\rlines"\rSO2,ok\r'])).toEqual([
      { line: 1, cells: ['order_no', 'note'] },
      { line: 2, cells: ['SO1', 'two\rlines'] },
      { line: 4, cells: ['SO2', 'ok'] },
    ]);
  });

  it('reads a file without a final newline', async () => {
    expect(await read([ORDERS.join('\n')])).toEqual(EXPECTED);
  });

  it('gives identical rows and lines however an LF file is cut into chunks', async () => {
    const text = `${ORDERS.join('\n')}\n`;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat({ max: text.length }), { maxLength: 12 }), async (points) => {
        expect(await read(cut(text, points))).toEqual(EXPECTED);
      }),
      { numRuns: 300 },
    );
  });

  it('gives identical rows and lines however a CRLF file is cut into chunks', async () => {
    const text = `${ORDERS.join('\r\n')}\r\n`;
    const whole = await read([text]);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat({ max: text.length }), { maxLength: 12 }), async (points) => {
        expect(await read(cut(text, points))).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });

  it('reads a CRLF file whose first chunk ends between CR and LF', async () => {
    expect(await read(['order_no,amount\r', '\nSO1,1.00\r\n'])).toEqual([
      { line: 1, cells: ['order_no', 'amount'] },
      { line: 2, cells: ['SO1', '1.00'] },
    ]);
  });

  it('reads a CRLF file whose first chunk holds no line break yet', async () => {
    expect(await read(['order_', 'no,amount\r\nSO1,1.00\r\n'])).toEqual([
      { line: 1, cells: ['order_no', 'amount'] },
      { line: 2, cells: ['SO1', '1.00'] },
    ]);
  });
});

describe('readCsv errors', () => {
  it('throws CsvError with the line of an unbalanced quote', async () => {
    const text = 'order_no,amount,note\nSO1,1.00,ok\nSO2,2.00,"never closed\nSO3,3.00,ok\n';
    const error = await read([text]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CsvError);
    expect((error as CsvError).line).toBe(3);
    expect((error as CsvError).column).toBe(10);
    expect((error as CsvError).message).toBe('has a quoted field that never closes (unbalanced quote at column 10)');
  });

  it('finds the same unbalanced quote line when the file arrives in small chunks', async () => {
    const text = 'order_no,amount,note\nSO1,1.00,ok\nSO2,2.00,"never closed\nSO3,3.00,ok\n';
    const error = await read(cut(text, [5, 17, 30, 41, 50])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CsvError);
    expect((error as CsvError).line).toBe(3);
    expect((error as CsvError).column).toBe(10);
  });

  it('gives the column of a quote that never closes after earlier quoted fields, in a CRLF file', async () => {
    const text = 'a,b,c\r\n"x","y",z\r\n1,2,"3\r\n4,5,6\r\n';
    const error = await read([text]).catch((e: unknown) => e);
    expect(error).toMatchObject({ line: 3, column: 5 });
  });
});

describe('readCsv cell values', () => {
  it('keeps bare quotes inside fields when the producer never quotes (WeChat 商户数据包 JSON)', async () => {
    const text = '`商户订单号,`商户数据包,`手续费\n`SO1,`{"statement_id":"806"},`0.59000\n';
    expect(await read([text], { delimiter: ',', quote: null })).toEqual([
      { line: 1, cells: ['`商户订单号', '`商户数据包', '`手续费'] },
      { line: 2, cells: ['`SO1', '`{"statement_id":"806"}', '`0.59000'] },
    ]);
  });

  it('keeps ids with leading zeros, 20-digit ids and number-like text as text', async () => {
    const rows = await read(['id,ref,hex,exp\n000123,12345678901234567890,0x1F,1e5\n']);
    expect(rows[1]?.cells).toEqual(['000123', '12345678901234567890', '0x1F', '1e5']);
  });

  it('reads a semicolon-delimited file with decimal commas', async () => {
    expect(await read(['Datum;Betrag\n31.12.2024;1.234,56\n'], { delimiter: ';', quote: '"' })).toEqual([
      { line: 1, cells: ['Datum', 'Betrag'] },
      { line: 2, cells: ['31.12.2024', '1.234,56'] },
    ]);
  });
});
