import { SheetError, type HtmlTableReader, type Sheet } from '../sheet.ts';
import { decodeEntities } from './entities.ts';
import { tokenizeHtml } from './tokens.ts';

/** A colspan or rowspan above this is a damaged page, not a layout. */
const MAX_SPAN = 1000;
/** A row wider than a spreadsheet (XFD) is a damaged page, whose spans would only fill memory. */
const MAX_COLUMNS = 16384;

type Table = {
  sheet: Sheet;
  row: string[] | null;
  rowLine: number;
  cell: string[] | null;
  /** Column of the open cell. */
  cellAt: number;
  /** Columns still covered by a rowspan from above: column → rows left. */
  spans: Map<number, number>;
};

/**
 * Read every `<table>` of an HTML page saved as a spreadsheet (a bank's ".xls" export) as rows
 * of cell text: tags stripped, character references decoded, whitespace collapsed, a cell
 * spanning columns followed by empty cells (and one spanning rows leaving its column empty
 * below). Each row carries the page line its `<tr>` starts on. A table inside a cell is a
 * table of its own. Nothing on the page is run. Throws {@link SheetError} for a row wider than
 * a spreadsheet.
 *
 * @example readHtmlTablesText('<table><tr><td>Date</td><td>Amount</td></tr></table>')[0].rows // [['Date', 'Amount']]
 */
export const readHtmlTablesText: HtmlTableReader = (html) => {
  const done: Sheet[] = [];
  const open: Table[] = [];
  for (const token of tokenizeHtml(html)) {
    const table = open[open.length - 1];
    if (token.type === 'text') {
      table?.cell?.push(token.text);
      continue;
    }
    if (token.type === 'open') {
      if (token.name === 'table') {
        open.push(newTable(done.length + open.length + 1));
      } else if (table && token.name === 'tr') {
        endRow(table);
        table.row = [];
        table.rowLine = token.line;
      } else if (table && (token.name === 'td' || token.name === 'th')) {
        startCell(table, token.line, span(token.attributes['colspan']), span(token.attributes['rowspan']));
      } else if (table?.cell && (token.name === 'br' || token.name === 'p' || token.name === 'div')) {
        table.cell.push(' ');
      }
      continue;
    }
    if (!table) continue;
    if (token.name === 'table') {
      endRow(table);
      open.pop();
      if (table.sheet.rows.length > 0) done.push(table.sheet);
    } else if (token.name === 'tr') endRow(table);
    else if (token.name === 'td' || token.name === 'th') endCell(table);
  }
  for (const table of open.reverse()) {
    endRow(table);
    if (table.sheet.rows.length > 0) done.push(table.sheet);
  }
  return done;
};

function newTable(index: number): Table {
  return {
    sheet: { name: `Table ${index}`, rows: [], lines: [] },
    row: null,
    rowLine: 0,
    cell: null,
    cellAt: 0,
    spans: new Map(),
  };
}

function span(value: string | undefined): number {
  const count = Number.parseInt(value ?? '1', 10);
  return Number.isFinite(count) && count > 1 ? Math.min(count, MAX_SPAN) : 1;
}

function startCell(table: Table, line: number, columns: number, rows: number): void {
  endCell(table);
  if (!table.row) {
    table.row = [];
    table.rowLine = line;
  }
  fillSpanned(table);
  const column = table.row.length;
  if (column + columns > MAX_COLUMNS)
    throw new SheetError(`has an HTML table row (line ${line}) wider than ${MAX_COLUMNS} columns`);
  table.row.push('');
  table.cell = [];
  table.cellAt = column;
  for (let extra = 1; extra < columns; extra++) table.row.push('');
  // Counted down at the end of each row, this one included.
  if (rows > 1) for (let c = column; c < column + columns; c++) table.spans.set(c, rows);
}

/** Columns covered by a cell spanning down from an earlier row stay empty here. */
function fillSpanned(table: Table): void {
  const row = table.row;
  if (!row) return;
  while ((table.spans.get(row.length) ?? 0) > 0) row.push('');
}

function endCell(table: Table): void {
  if (!table.cell || !table.row) return;
  const text = decodeEntities(table.cell.join(''))
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
  table.row[table.cellAt] = text;
  table.cell = null;
}

function endRow(table: Table): void {
  endCell(table);
  const row = table.row;
  if (!row) return;
  fillSpanned(table);
  for (const [column, left] of table.spans) {
    if (left <= 1) table.spans.delete(column);
    else table.spans.set(column, left - 1);
  }
  table.row = null;
  if (row.every((cell) => cell === '')) return;
  table.sheet.rows.push(row);
  table.sheet.lines.push(table.rowLine);
}
