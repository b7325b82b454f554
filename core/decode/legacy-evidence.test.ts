import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { sniffEncoding } from './encoding.ts';
import { legacyEvidence } from './legacy-evidence.ts';

/** Words of Western statements: German, French, Spanish, Dutch, Nordic, with their accents. */
const WESTERN = [
  'Überweisung',
  'Müller',
  'Straße',
  'Gebühr',
  'Lastschrift',
  'Gutschrift',
  'Kartenzahlung',
  'Zürich',
  'Dépôt',
  'Crédit',
  'Débit',
  'prélèvement',
  'Société',
  'Générale',
  'à',
  'reçu',
  'Noël',
  'Transferencia',
  'Cajero',
  'Año',
  'Comisión',
  'Pequeño',
  'España',
  'señor',
  'Overschrijving',
  'coöperatie',
  'Geldautomaat',
  'Øresund',
  'Ålesund',
  'Kjøpmann',
  'Köpenhamn',
  'EUR',
  '12,50',
  '-1.234,56',
  '€',
  '£',
  '°',
  '§',
  'No.',
  'Ref',
  'IBAN',
  'DE02120300000000202051',
];

/** Common characters of Chinese statements (GB2312), and their punctuation. */
const HANZI =
  '交易时间商户订单号金额备注收入支出转账退款余额手续费支付宝微信财付通工商银行招商建设农业中国上海北京有限公司张三李四王五赵六，。：（）';

const line = (words: string[]) => words.join(' ');

describe('legacy encodings told apart by their bytes', () => {
  it('never reads Western Windows-1252 text as GB18030', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...WESTERN), { minLength: 2, maxLength: 8 }), {
          minLength: 1,
          maxLength: 30,
        }),
        (rows) => {
          const bytes = iconv.encode(`Datum;Text;Betrag\n${rows.map(line).join('\n')}\n`, 'windows-1252');
          const guess = sniffEncoding(bytes);
          // Pure-ASCII rows are UTF-8 (and read the same in both); otherwise Windows-1252, or a question — never GB18030.
          expect(guess.evidence === 'ambiguous' || guess.encoding !== 'gb18030').toBe(true);
          expect(sniffEncoding(bytes, { declared: 'windows-1252' }).encoding).not.toBe('gb18030');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never reads Chinese GBK text as Windows-1252', () => {
    const text = fc.string({ unit: fc.constantFrom(...HANZI), minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(text, fc.integer({ min: 0, max: 99999 })), { minLength: 1, maxLength: 30 }),
        (rows) => {
          const body = rows.map(([words, cents]) => `2024-03-01,${words},${(cents / 100).toFixed(2)}`).join('\n');
          const bytes = iconv.encode(`交易时间,备注,金额\n${body}\n`, 'gbk');
          expect(sniffEncoding(bytes).encoding).toBe('gb18030');
          expect(sniffEncoding(bytes, { declared: 'windows-1252' }).encoding).toBe('gb18030');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('leaves text in a code page that fits neither (Central European Windows-1250) as a question', () => {
    const polish = iconv.encode('Przelew Łódź zażółć gęślą jaźń Świętokrzyska', 'windows-1250');
    expect(legacyEvidence(polish).gb18030).toBe(0);
    const guess = sniffEncoding(polish);
    expect(guess.evidence).toBe('ambiguous');
    expect(guess.refusal).toMatch(/^is not UTF-8 and fits no encoding well: as GB18030 ".*" or as Windows-1252 ".*"/);
    expect(sniffEncoding(polish, { declared: 'windows-1252' }).warning?.code).toBe('encoding_uncertain');
  });
});
