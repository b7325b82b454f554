// Property: a day reconciled from its files as received, or from the same records split into
// several files and converted to canonical form, gives the same categories, and the
// completeness control holds every time. Days come from the bench generator (random seed and
// size); splits are contiguous or interleaved, each part a file of its own with the header.
import fc from 'fast-check';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { convertBytes, reconcileBytes, type NamedBytes } from './reconcile-bytes.ts';

const GEN = path.resolve(import.meta.dirname, '..', '..', 'shared', 'bench', 'gen.mjs');
type Generator = { generateDay: (options: { orders: number; seed: number; date: string; out: string }) => unknown };
const generator = fs.existsSync(GEN) ? ((await import(pathToFileURL(GEN).href)) as Generator) : null;
if (!generator) console.log(`skipped: the bench generator ${GEN} is not there`);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'recondesk-splits-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** How one file is split: into `parts` files, by cuts at fractions of its rows or row by row in turn. */
type Split = { parts: number; interleaved: boolean; cuts: number[] };
/** A statement kept as received, or converted (CSV or NDJSON) and split. */
type StatementPlan = { converted: boolean; to: 'csv' | 'ndjson'; split: Split };
type Plan = { alipay: StatementPlan; wechat: StatementPlan; together: boolean; orders: Split };

const split = fc.record({
  parts: fc.integer({ min: 1, max: 3 }),
  interleaved: fc.boolean(),
  cuts: fc.array(fc.integer({ min: 1, max: 999 }), { minLength: 2, maxLength: 2 }),
});
const statementPlan = fc.record({
  converted: fc.boolean(),
  to: fc.constantFrom('csv' as const, 'ndjson' as const),
  split,
});
const plan: fc.Arbitrary<Plan> = fc.record({
  alipay: statementPlan,
  wechat: statementPlan,
  together: fc.boolean(),
  orders: split,
});

/** Lines of text files after `header` lines, dealt into parts; each part keeps the header. */
function splitLines(file: NamedBytes, header: number, how: Split): NamedBytes[] {
  const text = new TextDecoder().decode(file.bytes);
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(newline);
  if (lines.at(-1) === '') lines.pop();
  const head = lines.slice(0, header);
  const rows = lines.slice(header);
  const parts = Math.min(how.parts, rows.length);
  const groups: string[][] = Array.from({ length: parts }, () => []);
  if (how.interleaved) rows.forEach((row, index) => groups[index % parts]?.push(row));
  else {
    const ends = [
      ...new Set(how.cuts.slice(0, parts - 1).map((cut) => Math.max(1, Math.floor((rows.length * cut) / 1000)))),
    ];
    const bounds = [0, ...ends.sort((a, b) => a - b), rows.length];
    for (let i = 0; i + 1 < bounds.length; i++) groups[i]?.push(...rows.slice(bounds[i], bounds[i + 1]));
  }
  const extension = path.extname(file.name);
  return groups
    .filter((group) => group.length > 0)
    .map((group, index) => ({
      name: `${path.basename(file.name, extension)}-part${index + 1}${extension}`,
      bytes: new TextEncoder().encode([...head, ...group].join(newline) + newline),
    }));
}

async function statementFiles(files: Record<'alipay' | 'wechat', NamedBytes>, plan: Plan): Promise<NamedBytes[]> {
  if (plan.together) {
    const [alipay, wechat] = await convertBytes([files.alipay, files.wechat], 'csv');
    const rows = new TextDecoder().decode(wechat?.bytes).split('\n').slice(1).join('\n');
    const joined = {
      name: 'statements.canonical.csv',
      bytes: new TextEncoder().encode(new TextDecoder().decode(alipay?.bytes) + rows),
    };
    return splitLines(joined, 1, plan.alipay.split);
  }
  const out: NamedBytes[] = [];
  for (const channel of ['alipay', 'wechat'] as const) {
    const shape = plan[channel];
    if (!shape.converted) {
      out.push(files[channel]);
      continue;
    }
    const [converted] = await convertBytes([files[channel]], shape.to);
    out.push(...splitLines(converted!, shape.to === 'csv' ? 1 : 0, shape.split));
  }
  return out;
}

describe.skipIf(!generator)('completeness across splits and conversions of a day', () => {
  it('always holds, and the categories equal those of the files as received', async () => {
    let day = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 120, max: 400 }),
        plan,
        async (seed, orders, how) => {
          const out = path.join(dir, `day-${day++}`);
          fs.mkdirSync(out);
          generator?.generateDay({ orders, seed, date: '2024-03-15', out });
          const read = (name: string): NamedBytes => ({
            name,
            bytes: new Uint8Array(fs.readFileSync(path.join(out, name))),
          });
          const files = { orders: read('orders.csv'), alipay: read('alipay.csv'), wechat: read('wechat.csv') };
          const original = await reconcileBytes([files.orders, files.alipay, files.wechat]);
          expect(original.completeness?.holds).toBe(true);
          const reshaped = [...splitLines(files.orders, 1, how.orders), ...(await statementFiles(files, how))];
          const run = await reconcileBytes(reshaped);
          expect(run.completeness?.holds, reshaped.map((f) => f.name).join(' ')).toBe(true);
          expect(run.completeness?.files).toHaveLength(reshaped.length);
          expect(run.categories).toEqual(original.categories);
          expect(run.book_out_of_scope).toBe(original.book_out_of_scope);
        },
      ),
      { numRuns: 8 },
    );
  }, 60_000);
});
