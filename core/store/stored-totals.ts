import { exactTotal } from '../money.ts';
import { BatchColumns } from './batch-columns.ts';
import type { EncodedBatch } from './encoded-batch.ts';

/** What an import stored: its records, and their amounts summed per currency (minor units). */
export type StoredTotals = { records: number; amount_minor: Record<string, number> };

const AMOUNT = BatchColumns.column('amount_minor');
const CURRENCY = BatchColumns.column('currency');

/**
 * Counts the records of the batches an import writes, as they are written: the "imported"
 * side of the completeness control, kept with the import, apart from anything matching reads.
 */
export class StoredTally {
  private readonly columns = new BatchColumns();
  private readonly amounts = new Map<string, number>();
  private records = 0;

  add(batch: EncodedBatch): void {
    const { columns, amounts } = this;
    columns.use(batch);
    for (let row = 0; row < batch.count; row++) {
      const currency = columns.word(row, CURRENCY) ?? '';
      amounts.set(currency, exactTotal((amounts.get(currency) ?? 0) + (columns.number(row, AMOUNT) ?? 0)));
    }
    this.records += batch.count;
  }

  totals(): StoredTotals {
    return { records: this.records, amount_minor: Object.fromEntries([...this.amounts].sort()) };
  }
}
