import { createSha256 } from '../import/hash.ts';
import type { BusinessDate } from './business-date.ts';

/**
 * The stable id of an exception: the business day it was first found on, and a digest of its
 * key (source and order reference). The same day's rerun (a newer download) finds the same id,
 * so a resolution survives it; the id never depends on the order files were given in.
 *
 * @example findingId('2024-03-15', 'alipay', 'SO2024031500000042') // 'F20240315-…' (12 hex digits)
 */
export function findingId(date: BusinessDate, source: string, orderRef: string): string {
  const hasher = createSha256();
  hasher.update(new TextEncoder().encode(`${source}\u0000${orderRef}`));
  return `F${date.replaceAll('-', '')}-${hasher.digest().slice(0, 12)}`;
}
