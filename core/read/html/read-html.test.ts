import { describe, expect, it } from 'vitest';
import { decodeEntities } from './entities.ts';
import { readHtmlTablesText } from './read-html.ts';

describe('readHtmlTablesText', () => {
  it('reads a bank export table: tags stripped, entities decoded, whitespace collapsed, page lines kept', () => {
    const html = [
      '<html><head><meta charset="utf-8"><title>Export</title>',
      '<style>td { color: red }</style><script>document.write("<table><tr><td>evil</td></tr></table>")</script></head>',
      '<body><!-- <table><tr><td>commented</td></tr></table> -->',
      '<table border=1>',
      '<tr><th>Date</th><th>Description</th><th>Amount</th></tr>',
      '<tr><td>2024-01-02</td><td><b>Caf&eacute;</b> &amp; bar&nbsp;&#8364;<br>card</td><td> -1&#44;234.50 </td></tr>',
      '</table></body></html>',
    ].join('\n');
    const [table, ...rest] = readHtmlTablesText(html);
    expect(rest).toEqual([]);
    expect(table?.rows).toEqual([
      ['Date', 'Description', 'Amount'],
      ['2024-01-02', 'Café & bar € card', '-1,234.50'],
    ]);
    expect(table?.lines).toEqual([5, 6]);
  });

  it('follows a colspan with empty cells and leaves a rowspan column empty below', () => {
    const html =
      '<table><tr><td colspan="2">Account 123</td><td>EUR</td></tr>' +
      '<tr><td rowspan=2>A</td><td>b</td><td>c</td></tr>' +
      '<tr><td>e</td><td>f</td></tr></table>';
    expect(readHtmlTablesText(html)[0]?.rows).toEqual([
      ['Account 123', '', 'EUR'],
      ['A', 'b', 'c'],
      ['', 'e', 'f'],
    ]);
  });

  it('reads unclosed cells and rows the way old exporters write them, and each table on its own', () => {
    const html = '<TABLE><TR><TD>a<TD>b<TR><TD>c<TD>d</TABLE><p>x</p><table><tr><td>second</td></tr></table>';
    const tables = readHtmlTablesText(html);
    expect(tables.map((table) => table.rows)).toEqual([
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
      [['second']],
    ]);
    expect(tables.map((table) => table.name)).toEqual(['Table 1', 'Table 2']);
  });

  it('finds no table in a page without one, and a stray < is text', () => {
    expect(readHtmlTablesText('<html><body>1 < 2</body></html>')).toEqual([]);
    expect(readHtmlTablesText('<table><tr><td>1 < 2</td></tr></table>')[0]?.rows).toEqual([['1 < 2']]);
  });

  it('skips a title or script to its own end even when letters before it change length in lower case', () => {
    // 'İ' lower-cases to two UTF-16 units: a search in a lower-cased copy lands past the real end.
    const html = `<html><title>${'İ'.repeat(30)}</title><table><tr><td>Date</td><td>Amount</td></tr></table></html>`;
    expect(readHtmlTablesText(html)[0]?.rows).toEqual([['Date', 'Amount']]);
    const script = `<table><tr><td>${'İ'.repeat(20)}</td></tr><SCRIPT>x</Script><tr><td>kept</td></tr></table>`;
    expect(readHtmlTablesText(script)[0]?.rows).toEqual([['İ'.repeat(20)], ['kept']]);
  });

  it('keeps a long tag (a cell with a big inline style) a tag, and counts lines ended by CR alone', () => {
    const style = `style="${'color:red;'.repeat(600)}"`;
    const html = `<table>\r<tr><td>a</td><td ${style}>b</td></tr>\r\n<tr><td>c</td><td>d</td></tr></table>`;
    const [table] = readHtmlTablesText(html);
    expect(table?.rows).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(table?.lines).toEqual([2, 3]);
  });

  it('reads a page of stray < signs and many raw-text elements in linear time', () => {
    const strays = `<table><tr><td>${'<a'.repeat(200_000)}</td></tr></table>`;
    const styles = `<html>${'<style>s</style>'.repeat(20_000)}<table><tr><td>x</td></tr></table>${'X'.repeat(2_000_000)}`;
    const started = Date.now();
    expect(readHtmlTablesText(strays)).toHaveLength(1);
    expect(readHtmlTablesText(styles)[0]?.rows).toEqual([['x']]);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses a row wider than a spreadsheet instead of filling memory with spanned cells', () => {
    const html = `<table><tr>${'<td colspan=1000>x</td>'.repeat(20)}</tr></table>`;
    expect(() => readHtmlTablesText(html)).toThrow(/wider than 16384 columns/);
    const fits = `<table><tr>${'<td colspan=1000>x</td>'.repeat(16)}</tr></table>`;
    expect(readHtmlTablesText(fits)[0]?.rows[0]).toHaveLength(16000);
  });

  it('decodes numeric and named references and keeps unknown ones', () => {
    expect(decodeEntities('&lt;&#x41;&#66;&yen;&Ouml;&unknown;&#0;')).toBe('<AB¥Ö&unknown;&#0;');
  });
});
