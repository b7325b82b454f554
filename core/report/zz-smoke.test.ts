import { test } from 'vitest';
import ExcelJS from 'exceljs';
import { buildDiffWorkbook } from './workbook.ts';
import { sampleInput } from './test-input.ts';
test('smoke', async () => {
  let t = performance.now();
  const bytes = await buildDiffWorkbook(sampleInput());
  console.log('small', performance.now() - t, bytes.length);
  const per = Math.ceil(25000 / 7);
  t = performance.now();
  const big = await buildDiffWorkbook(sampleInput(() => per));
  console.log('25k', performance.now() - t, big.length);
  const wb = new ExcelJS.Workbook(); await wb.xlsx.load(bytes);
  console.log(wb.worksheets.map(w => w.name));
  const s = wb.getWorksheet(1)!;
  s.eachRow((r, n) => console.log(n, JSON.stringify(r.values)));
});
