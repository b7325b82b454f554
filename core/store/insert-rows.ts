import type { Database, SqlValue } from 'sql.js';

/** Rows stored by one statement step: SQLite's per-statement work is shared by them. */
const ROWS_PER_STEP = 64;

const valuesOf = (width: number, rows: number): string =>
  Array.from({ length: rows }, () => `(${Array.from({ length: width }, () => '?').join(', ')})`).join(', ');

/**
 * Inserts many rows of `width` values into `target` ("table (columns)"), many rows per
 * statement step: binding row by row costs more than SQLite's own insert.
 */
export function createRowInserter(db: Database, target: string, width: number) {
  const many = db.prepare(`INSERT INTO ${target} VALUES ${valuesOf(width, ROWS_PER_STEP)}`);
  const one = db.prepare(`INSERT INTO ${target} VALUES ${valuesOf(width, 1)}`);
  return {
    /** Store rows given flat: `width` values a row, one row after the other. */
    rows(values: readonly SqlValue[]): void {
      const step = width * ROWS_PER_STEP;
      let at = 0;
      for (; at + step <= values.length; at += step) many.run(values.slice(at, at + step));
      for (; at < values.length; at += width) one.run(values.slice(at, at + width));
    },
    free(): void {
      many.free();
      one.free();
    },
  };
}
