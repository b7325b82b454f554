import type { Database, Statement } from 'sql.js';
import type { KeyRecords } from './classify.ts';
import type { KeyTotals } from './key-totals.ts';

/** The content that tells an order exported twice from two distinct lines of one order. */
const CONTENT = 'kind, status, raw_status, amount_minor, currency, channel_ref, occurred_at, counterparty, description';

/** Reads a key's records by id (the few keys whose totals cannot tell the rule). */
export class KeyRecordsReader {
  private readonly statement: Statement;

  constructor(
    db: Database,
    private readonly totals: KeyTotals,
  ) {
    this.statement = db.prepare(`SELECT side, occurred_epoch, ${CONTENT} FROM record WHERE id = ?`);
  }

  read(key: number): KeyRecords {
    const records: KeyRecords = { trades: [], bookAmounts: [], bookSame: true, paidEpoch: null };
    let first: string | null = null;
    for (const id of [...this.totals.bookRecords(key), ...this.totals.statementRecords(key)]) {
      this.statement.bind([id]);
      if (!this.statement.step()) continue;
      const [side, epoch, kind, status, rawStatus, amount, ...rest] = this.statement.get();
      this.statement.reset();
      if (kind !== 'payment') continue;
      if (side === 'book') {
        records.bookAmounts.push(Number(amount));
        const content = JSON.stringify([status, rawStatus, amount, ...rest]);
        if (first === null) first = content;
        else if (content !== first) records.bookSame = false;
      } else if (status === 'succeeded') {
        records.trades.push(Number(amount));
        if (typeof epoch === 'number' && (records.paidEpoch === null || epoch > records.paidEpoch))
          records.paidEpoch = epoch;
      }
    }
    return records;
  }

  free(): void {
    this.statement.free();
  }
}
