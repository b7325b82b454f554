// The settlement check on real files of ../shared/realworld: an Adyen settlement detail against
// its own payout row, and a PostFinance camt.053 against channel bills built from its own credits
// with planted differences — a short, an over and a missing payout, a payout split in three credits —
// its charges told apart by their bank transaction code.
import fs from 'node:fs';
import path from 'node:path';
import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import type { CanonicalRecord } from '../core/canonical/record.ts';
import { bytesSource } from '../core/import/types.ts';
import { createHandlers } from '../core/rpc/handlers.ts';
import { channelBill, type KindTotals } from '../core/settle/channel-bill.ts';
import { addDays, settle } from '../core/settle/settle.ts';
import type { BankEntry, ChannelBill } from '../core/settle/types.ts';
import { sharedPath } from './shared-folder.ts';

const FOLDER = sharedPath('realworld', 'test/settlement-realworld.test.ts') ?? '';
const CONTEXT = { progress: () => {}, cancelled: () => false };

/** A real file imported as the app imports it, its records as the canonical converter writes them. */
async function recordsOf(relative: string): Promise<CanonicalRecord[]> {
  const engine = createHandlers({ sqlJs: await initSqlJs() });
  const bytes = new Uint8Array(fs.readFileSync(path.join(FOLDER, relative)));
  const imported = await engine['import/file']({ file: bytesSource(path.basename(relative), bytes) }, CONTEXT);
  if (!imported.ok) throw new Error(imported.issues[0]?.message);
  const ndjson = new TextDecoder().decode(
    await engine['convert/import']({ import_id: imported.value.import_id, to: 'ndjson' }, CONTEXT),
  );
  return ndjson
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as CanonicalRecord);
}

const asEntry = (record: CanonicalRecord, index: number): BankEntry => ({
  record_id: index + 1,
  import_id: record.trace.import_id,
  file: record.trace.file,
  line: record.trace.line,
  amount_minor: record.amount_minor,
  currency: record.currency,
  booked_on: record.booked_on,
  reference: record.channel_ref,
  code: record.raw_status,
  counterparty: record.counterparty,
  description: record.description,
});

function kindTotals(records: readonly CanonicalRecord[]): KindTotals[] {
  const byKind = new Map<string, KindTotals>();
  for (const record of records) {
    const totals = byKind.get(record.kind) ?? { kind: record.kind, amount_minor: 0, fee_minor: 0 };
    totals.amount_minor += record.amount_minor;
    totals.fee_minor += record.fee_minor ?? 0;
    byKind.set(record.kind, totals);
  }
  return [...byKind.values()];
}

describe.skipIf(!FOLDER)('the settlement check on real files', () => {
  it('nets an Adyen settlement batch to its own MerchantPayout row and settles it against that payout', async () => {
    const records = await recordsOf('adyen/adyen-settlement-detail-batch380_oca.csv');
    const payoutRow = records.find((record) => record.kind === 'payout');
    const bill = channelBill(
      { source: 'adyen', bill_date: '2021-01-07', currency: 'USD', account: null, files: ['batch380.csv'] },
      kindTotals(records),
    );
    // 220 Settled rows gross 56,827.75; 6 refunds 1,091.95; commissions and the fee row 427.73.
    expect(bill).toMatchObject({ gross_minor: 5_682_775, refunds_minor: 109_195, fees_minor: 42_773 });
    expect(bill.stated_payout_minor).toBe(5_530_807);
    const bank: BankEntry = {
      ...asEntry({ ...(payoutRow as CanonicalRecord), amount_minor: 5_530_807 }, 0),
      counterparty: 'Adyen N.V.',
      booked_on: '2021-01-08',
    };
    const paid = settle({ bills: [bill], entries: [bank], bankDates: ['2021-01-08'] });
    expect(paid.settlement.payouts[0]).toMatchObject({ expected_minor: 5_530_807, status: 'matched' });
    expect(paid.settlement.payouts[0]?.bank[0]?.description).toBe('TX635094301XT batch 380, YOURCOMPANY_ACCOUNT');
    const short = settle({
      bills: [bill],
      entries: [{ ...bank, amount_minor: 5_530_000 }],
      bankDates: ['2021-01-08'],
    });
    expect(short.settlement.payouts[0]).toMatchObject({ status: 'short', difference_minor: -807 });
  });

  it('settles bills built from a PostFinance camt.053’s credits, finding the planted differences by payer', async () => {
    const entries = (await recordsOf('camt053/postfinance_camt053v04_viafintech.xml')).map(asEntry);
    const named = entries.filter((entry) => entry.amount_minor > 0 && entry.counterparty);
    const only = (name: string) => named.filter((entry) => entry.counterparty === name);
    const billFor = (source: string, entry: BankEntry, gross: number): ChannelBill =>
      channelBill(
        {
          source,
          bill_date: addDays(entry.booked_on ?? '', -1),
          currency: entry.currency,
          account: null,
          files: ['book'],
        },
        [{ kind: 'payment', amount_minor: gross, fee_minor: 0 }],
      );
    const [hans] = only('Hans Kaufmann') as [BankEntry];
    const [zkb] = only('Zürcher Kantonalbank') as [BankEntry];
    const [ubs] = only('UBS Switzerland AG') as [BankEntry];
    // Max Mustermann pays in three credits on one day: one payout, split.
    const max = only('Max Mustermann');
    expect(max).toHaveLength(3);
    const bills = [
      billFor('hans', hans, hans.amount_minor), // exact
      billFor('zürcher', zkb, zkb.amount_minor + 1_000), // credited 10.00 short
      billFor('ubs', ubs, ubs.amount_minor - 5), // credited 0.05 over
      billFor('max', max[0] as BankEntry, 11_000),
      billFor('keller', hans, 7_500), // a payout that never came
    ];
    const { settlement, outcomes } = settle({
      bills,
      entries,
      bankDates: [...new Set(entries.map((entry) => entry.booked_on ?? ''))],
    });
    const status = Object.fromEntries(settlement.payouts.map((payout) => [payout.source, payout.status]));
    expect(status).toEqual({ hans: 'matched', zürcher: 'short', ubs: 'over', max: 'matched', keller: 'missing' });
    const bySource = new Map(settlement.payouts.map((payout) => [payout.source, payout]));
    expect(bySource.get('zürcher')?.difference_minor).toBe(-1_000);
    expect(bySource.get('ubs')?.difference_minor).toBe(5);
    expect(bySource.get('zürcher')?.bank[0]?.line).toBe(zkb.line);
    expect(bySource.get('max')?.bank.map((entry) => entry.line)).toEqual(max.map((entry) => entry.line));
    expect(bySource.get('keller')?.credited_minor).toBeNull();
    // Every entry ends in exactly one outcome; the other credits are no payout, the CHRG debits charges.
    expect(outcomes.size).toBe(entries.length);
    const credits = entries.filter((entry) => entry.amount_minor > 0);
    expect(settlement.bank_only.count).toBe(credits.length - 6);
    const charges = entries.filter((entry) => entry.amount_minor < 0 && /CHRG/.test(entry.code ?? ''));
    expect(charges.length).toBeGreaterThan(0);
    expect(settlement.bank_charges.count).toBe(charges.length);
    expect(settlement.unexplained_debits.count).toBe(
      entries.filter((entry) => entry.amount_minor < 0).length - charges.length,
    );
  });
});
