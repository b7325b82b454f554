// Writes N-entry statement files grown from real ones in ../shared/realworld, for the readers'
// bench: the file's entry block is repeated until it holds at least N entries, written straight
// to disk (a 1M-entry camt.053 is larger than a JavaScript string may be).
//
//   npx tsx scripts/grow-statements.ts --format camt.053 --entries 1000000 --out big.xml
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const REAL = path.resolve(ROOT, '..', 'shared', 'realworld');

/** A statement that can be grown: the real file it starts from, and how to write it with N entries. */
export type Grown = { sample: string; extension: string; write: (entries: number, out: string) => Promise<void> };

/**
 * Repeat the text from the first `start` up to the `end` after it (after the last `end`, with
 * `through`) until it holds `entries` entries.
 */
function repeated(relative: string, start: string, end: string, entry: RegExp, through = false): Grown {
  return {
    sample: relative,
    extension: path.extname(relative),
    write: async (entries, out) => {
      const text = fs.readFileSync(path.join(REAL, relative), 'latin1');
      const from = text.indexOf(start);
      const to = through ? text.lastIndexOf(end) + end.length : text.indexOf(end, from);
      if (from < 0 || to <= from) throw new Error(`${relative}: no entry block between ${start} and ${end}`);
      const block = text.slice(from, to);
      const per = Math.max(1, block.match(entry)?.length ?? 1);
      const times = Math.ceil(entries / per);
      const fd = fs.openSync(out, 'w');
      const chunk = Buffer.from(block.repeat(Math.max(1, Math.floor((1 << 20) / block.length))), 'latin1');
      const perChunk = Math.max(1, Math.floor((1 << 20) / block.length));
      fs.writeSync(fd, Buffer.from(text.slice(0, from), 'latin1'));
      let left = times;
      for (; left >= perChunk; left -= perChunk) fs.writeSync(fd, chunk);
      if (left > 0) fs.writeSync(fd, Buffer.from(block.repeat(left), 'latin1'));
      fs.writeSync(fd, Buffer.from(text.slice(to), 'latin1'));
      fs.closeSync(fd);
    },
  };
}

/** A Stripe list envelope with N balance transactions, cycling through the sample's own. */
const stripeList: Grown = {
  sample: 'stripe_json/balance-transactions-list-envelope_airbyte.json',
  extension: '.json',
  write: async (entries, out) => {
    const file = path.join(REAL, 'stripe_json/balance-transactions-list-envelope_airbyte.json');
    const { data, ...envelope } = JSON.parse(fs.readFileSync(file, 'utf8')) as { data: unknown[] };
    const items = data.map((item) => JSON.stringify(item, null, 2).replaceAll('\n', '\n    '));
    const fd = fs.openSync(out, 'w');
    fs.writeSync(fd, '{\n  "data": [\n    ');
    let pending: string[] = [];
    for (let i = 0; i < entries; i++) {
      pending.push(items[i % items.length] as string);
      if (pending.length === 1000 || i === entries - 1) {
        fs.writeSync(fd, (i >= pending.length ? ',\n    ' : '') + pending.join(',\n    '));
        pending = [];
      }
    }
    const rest = JSON.stringify(envelope, null, 2).slice(1);
    fs.writeSync(fd, `\n  ],${rest}`);
    fs.closeSync(fd);
  },
};

/** An NDJSON order export, one order a line, cycling through the sample orders (each its own order number). */
const orderLines: Grown = {
  sample: 'samples/orders.csv',
  extension: '.ndjson',
  write: async (entries, out) => {
    const [header = '', ...rows] = fs.readFileSync(path.join(ROOT, 'samples/orders.csv'), 'utf8').trim().split('\n');
    const names = header.split(',');
    const records = rows.map((row) => Object.fromEntries(row.split(',').map((cell, i) => [names[i], cell])));
    const fd = fs.openSync(out, 'w');
    let pending: string[] = [];
    for (let i = 0; i < entries; i++) {
      const record = records[i % records.length] as Record<string, string>;
      pending.push(JSON.stringify({ ...record, order_no: `SO${String(i).padStart(12, '0')}` }));
      if (pending.length === 1000 || i === entries - 1) {
        fs.writeSync(fd, `${pending.join('\n')}\n`);
        pending = [];
      }
    }
    fs.closeSync(fd);
  },
};

/** The sample workbook's sheet with its last row repeated to N rows (shared strings, as Excel writes them). */
const workbook: Grown = {
  sample: 'generic_sheet/oca-sheet_sample_statement_en.xlsx',
  extension: '.xlsx',
  write: async (entries, out) => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(REAL, 'generic_sheet/oca-sheet_sample_statement_en.xlsx'));
    const sheet = book.worksheets[0];
    if (!sheet) throw new Error('sample workbook has no sheet');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out, useSharedStrings: true });
    const grown = writer.addWorksheet(sheet.name);
    const rows: ExcelJS.CellValue[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
    const last = rows[rows.length - 1] ?? [];
    for (const row of rows) grown.addRow(row).commit();
    for (let i = rows.length; i < entries; i++) grown.addRow(last).commit();
    grown.commit();
    await writer.commit();
  },
};

/** Each format the readers' bench grows, by name. */
export const GROWN: Record<string, Grown> = {
  mt940: repeated('mt940/mbank-pl_wolph.sta', '\n:61:', '\n:62F:', /\n:61:/g),
  'camt.053': repeated('camt053/genkgo_camt053-v2-all-balance-types.xml', '<Ntry>', '</Ntry>', /<Ntry>/g, true),
  ofx: repeated('ofx/sgml102-checking_ofxparse.ofx', '<STMTTRN>', '</BANKTRANLIST>', /<STMTTRN>/g),
  bai2: repeated('bai2/canadian-bank-cad-sample1_moov.bai2', '\n16,', '\n49,', /\n16,/g),
  'json (Stripe list)': stripeList,
  'ndjson (orders)': orderLines,
  xlsx: workbook,
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name: string) => args[args.indexOf(`--${name}`) + 1];
  const grown = GROWN[option('format') ?? ''];
  if (!grown) throw new Error(`--format one of ${Object.keys(GROWN).join(', ')}`);
  await grown.write(Number(option('entries') ?? '100000'), option('out') ?? `grown${grown.extension}`);
}
