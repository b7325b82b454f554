import { recordViolation } from '../canonical/record-rules.ts';
import type { CanonicalRecord } from '../canonical/record.ts';
import { epochSeconds } from '../time.ts';
import {
  CELL_NULL,
  CELL_NUMBER,
  CELL_TEXT,
  RECORD_COLUMNS,
  type EncodedBatch,
  type RecordSource,
} from './encoded-batch.ts';
import { Utf8Batch } from './utf8-batch.ts';

const WIDTH = RECORD_COLUMNS.length;
/** Word columns (side, source, kind, currency, status, raw status), each remembering its last word. */
const WORDS = 6;

/**
 * Writes records straight into the record table's encoded batch as rows are mapped, in buffers
 * kept from batch to batch. Only records that meet every rule of the canonical schema get in:
 * a row whose record breaks one is written not at all, and the caller is told the rule.
 */
export class RecordWriter {
  private kinds = new Uint8Array(WIDTH * 4096);
  private cells = new Float64Array(WIDTH * 4096);
  private readonly text = new Utf8Batch(1 << 20);
  private count = 0;
  private sources: (string | null)[] = [];
  private cell = 0;
  // A word equal to the last one of its column is stored once.
  private readonly lastWord: (string | null)[] = new Array<string | null>(WORDS).fill(null);
  private readonly lastStart = new Float64Array(WORDS);

  /** Records written since the last {@link take}. */
  get length(): number {
    return this.count;
  }

  /**
   * Write a row's records (its main record and the ones derived from it) from one source, when
   * every one is canonical; else write none and return the first broken rule (`/field message`).
   */
  writeRow(records: readonly CanonicalRecord[], source: RecordSource): string | null {
    for (const record of records) {
      const violation = recordViolation(record);
      if (violation !== null) return violation;
    }
    for (const record of records) {
      this.put(record);
      this.sources.push(source.member, source.raw);
    }
    return null;
  }

  /** The records written since the last call, as one batch that owns its buffers; the writer starts afresh. */
  take(): EncodedBatch {
    const used = this.count * WIDTH;
    const batch: EncodedBatch = {
      count: this.count,
      kinds: this.kinds.slice(0, used),
      cells: this.cells.slice(0, used),
      text: this.text.bytes().slice(),
      sources: this.sources,
    };
    this.count = 0;
    this.cell = 0;
    this.sources = [];
    this.text.reset();
    this.lastWord.fill(null);
    return batch;
  }

  private put(r: CanonicalRecord): void {
    this.reserve();
    this.number(r.trace.import_id);
    this.number(r.trace.line);
    this.word(0, r.side);
    this.word(1, r.source);
    this.word(2, r.kind);
    this.string(r.order_ref);
    this.string(r.channel_ref);
    this.string(r.refund_ref);
    this.string(r.batch_ref);
    this.number(r.amount_minor);
    this.word(3, r.currency);
    this.number(r.fee_minor);
    this.number(r.fee_rate_ppm);
    this.number(r.net_minor);
    this.word(4, r.status);
    this.word(5, r.raw_status);
    this.string(r.occurred_at);
    // The instant as epoch seconds too, for time-window rules.
    this.number(r.occurred_at === null ? null : epochSeconds(r.occurred_at));
    this.string(r.booked_on);
    this.string(r.value_on);
    this.string(r.counterparty);
    this.string(r.description);
    this.count++;
  }

  /** Room for one more record. */
  private reserve(): void {
    if (this.cell + WIDTH <= this.kinds.length) return;
    const kinds = new Uint8Array(this.kinds.length * 2);
    kinds.set(this.kinds);
    const cells = new Float64Array(this.cells.length * 2);
    cells.set(this.cells);
    this.kinds = kinds;
    this.cells = cells;
  }

  private number(value: number | null): void {
    const cell = this.cell++;
    if (value === null) {
      this.kinds[cell] = CELL_NULL;
      return;
    }
    this.kinds[cell] = CELL_NUMBER;
    this.cells[cell] = value;
  }

  private string(value: string | null): void {
    const cell = this.cell++;
    if (value === null) {
      this.kinds[cell] = CELL_NULL;
      return;
    }
    this.kinds[cell] = CELL_TEXT;
    this.cells[cell] = this.text.append(value);
  }

  private word(slot: number, value: string | null): void {
    const cell = this.cell++;
    if (value === null) {
      this.kinds[cell] = CELL_NULL;
      return;
    }
    this.kinds[cell] = CELL_TEXT;
    if (value === this.lastWord[slot]) {
      this.cells[cell] = this.lastStart[slot] ?? 0;
      return;
    }
    const start = this.text.append(value);
    this.cells[cell] = start;
    this.lastWord[slot] = value;
    this.lastStart[slot] = start;
  }
}

const NO_SOURCE: RecordSource = { member: null, raw: '' };

/** Encode canonical records for the record table, with their sources when given (throws on a record that is not canonical). */
export function encodeRecords(records: readonly CanonicalRecord[], sources?: readonly RecordSource[]): EncodedBatch {
  const writer = new RecordWriter();
  records.forEach((record, index) => {
    const violation = writer.writeRow([record], sources?.[index] ?? NO_SOURCE);
    if (violation !== null) throw new Error(`not a canonical record: ${violation}`);
  });
  const batch = writer.take();
  if (!sources) delete batch.sources;
  return batch;
}
