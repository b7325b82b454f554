import type { Database, SqlValue } from 'sql.js';
import { BatchColumns } from '../store/batch-columns.ts';
import type { EncodedBatch } from '../store/encoded-batch.ts';
import { MatchTotals, type RecordFact } from './match-totals.ts';

const SIDE = BatchColumns.column('side');
const SOURCE = BatchColumns.column('source');
const KIND = BatchColumns.column('kind');
const ORDER_REF = BatchColumns.column('order_ref');
const AMOUNT = BatchColumns.column('amount_minor');
const CURRENCY = BatchColumns.column('currency');
const STATUS = BatchColumns.column('status');
const EPOCH = BatchColumns.column('occurred_epoch');
const FEE = BatchColumns.column('fee_minor');
const FEE_RATE = BatchColumns.column('fee_rate_ppm');

/** Feeds stored batches into match totals; the batch's records got the ids firstId, firstId + 1, … */
export class MatchTotalsFeed {
  private readonly columns = new BatchColumns();
  /** The row being added (one object, refilled per row). */
  private readonly fact = blankFact();

  constructor(readonly totals: MatchTotals) {
    totals.trail.use(null);
  }

  add(batch: EncodedBatch, firstId: number): void {
    const { columns, fact } = this;
    columns.use(batch);
    for (let row = 0; row < batch.count; row++) {
      fact.id = firstId + row;
      fact.side = columns.word(row, SIDE) ?? '';
      fact.kind = columns.word(row, KIND) ?? '';
      fact.amount_minor = columns.number(row, AMOUNT) ?? 0;
      fact.currency = columns.word(row, CURRENCY) ?? '';
      fact.status = columns.word(row, STATUS) ?? '';
      fact.occurred_epoch = columns.number(row, EPOCH);
      fact.fee_minor = columns.number(row, FEE);
      fact.fee_rate_ppm = columns.number(row, FEE_RATE);
      const start = columns.textStart(row, ORDER_REF);
      const length = start < 0 ? 0 : columns.textLength(start);
      this.totals.addAt(columns.word(row, SOURCE) ?? '', batch.text, start, length, fact);
    }
  }
}

/** One record's facts, to be refilled row after row. */
function blankFact(): RecordFact {
  return {
    id: 0,
    side: '',
    source: '',
    kind: '',
    order_ref: null,
    amount_minor: 0,
    currency: '',
    status: '',
    occurred_epoch: null,
    fee_minor: null,
    fee_rate_ppm: null,
  };
}

/**
 * Match totals of every record in the workspace, or of the records of the imports named in
 * `importIds` (one business day of a ledger), read in one scan.
 */
export function loadMatchTotals(db: Database, importIds?: readonly number[]): MatchTotals {
  const totals = new MatchTotals();
  const scope = importIds === undefined ? '' : ` WHERE import_id IN (${importIds.map(Number).join(', ') || 'NULL'})`;
  const statement = db.prepare(
    `SELECT id, side, source, kind, order_ref, amount_minor, currency, status, occurred_epoch, fee_minor, fee_rate_ppm,
       import_id FROM record${scope}`,
  );
  const fact = blankFact();
  const text = (value: SqlValue | undefined) => (typeof value === 'string' ? value : '');
  const number = (value: SqlValue | undefined) => (typeof value === 'number' ? value : null);
  try {
    while (statement.step()) {
      const row = statement.get();
      fact.id = number(row[0]) ?? 0;
      fact.side = text(row[1]);
      fact.source = text(row[2]);
      fact.kind = text(row[3]);
      fact.order_ref = typeof row[4] === 'string' ? row[4] : null;
      fact.amount_minor = number(row[5]) ?? 0;
      fact.currency = text(row[6]);
      fact.status = text(row[7]);
      fact.occurred_epoch = number(row[8]);
      fact.fee_minor = number(row[9]);
      fact.fee_rate_ppm = number(row[10]);
      totals.trail.use(number(row[11]) ?? 0);
      totals.add(fact);
    }
  } finally {
    statement.free();
  }
  const imports = db.exec(`SELECT id FROM import${scope.replace('import_id', 'id')}`)[0]?.values ?? [];
  for (const [id] of imports) totals.importIds.add(Number(id));
  return totals;
}
