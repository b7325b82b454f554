import { Gunzip, Inflate } from 'fflate';

/** Compressed bytes fed at a time: DEFLATE inflates at most ~1032×, so one step stays under ~8 MiB. */
const STEP = 8 * 1024;

/** What came out, or `over` when more than the cap would have (the rest is never inflated). */
export type Inflated = { bytes: Uint8Array; over: boolean };

/**
 * Inflate gzip or raw DEFLATE bytes, stopping as soon as more than `cap` bytes come out, so a
 * bomb costs at most one step past the cap in memory and time. Throws fflate's error when the
 * data is damaged or cut short.
 *
 * @example inflateBounded(deflateSync(data), 'deflate', data.byteLength) // { bytes: data, over: false }
 */
export function inflateBounded(compressed: Uint8Array, kind: 'gzip' | 'deflate', cap: number): Inflated {
  const parts: Uint8Array[] = [];
  let total = 0;
  let over = false;
  const take = (chunk: Uint8Array) => {
    total += chunk.byteLength;
    if (total > cap) over = true;
    else parts.push(chunk);
  };
  const stream = kind === 'gzip' ? new Gunzip(take) : new Inflate(take);
  for (let at = 0; at < compressed.byteLength && !over; at += STEP) {
    const end = Math.min(at + STEP, compressed.byteLength);
    stream.push(compressed.subarray(at, end), end === compressed.byteLength);
  }
  if (over) return { bytes: new Uint8Array(0), over };
  return { bytes: concat(parts, total), over };
}

function concat(parts: readonly Uint8Array[], total: number): Uint8Array {
  if (parts.length === 1 && parts[0]) return parts[0];
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}
