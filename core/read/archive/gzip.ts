import { fail, issue, ok, type Result } from '../../result.ts';
import { DEFAULT_ZIP_LIMITS, type ZipLimits } from '../xlsx/zip-scan.ts';
import { inflateBounded } from './inflate.ts';
import { statementMembers, type ArchiveMembers } from './members.ts';
import { checksumHolds, tarMembers } from './tar.ts';

const MIB = 1024 * 1024;

/**
 * Inflate a gzip file within bounds: at most the limits' per-entry size, and more than 1 MiB
 * only within their ratio of the compressed size. Inflation stops as soon as a bound is passed
 * (a gzip bomb), without holding the rest in memory.
 *
 * @example gunzipBounded(gzipSync(data)) // { ok: true, value: data }
 */
export function gunzipBounded(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Result<Uint8Array> {
  const cap = Math.min(limits.maxEntryBytes, Math.max(MIB, bytes.byteLength * limits.maxRatio));
  let inflated;
  try {
    inflated = inflateBounded(bytes, 'gzip', cap);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return fail(issue('gzip_invalid', `The gzip file cannot be unpacked (truncated or damaged): ${message}.`));
  }
  if (inflated.over) {
    return fail(
      issue(
        'gzip_bomb',
        `The gzip file inflates past ${(cap / MIB).toFixed(1)} MiB (${bytes.byteLength} bytes compressed); it is refused as a bomb.`,
      ),
    );
  }
  return ok(inflated.bytes);
}

/**
 * The statement files of a gzip file: the members of a gzip'd tar, or the one file a plain
 * `.gz` holds (named as the file without `.gz`).
 *
 * @example gzipMembers(bytes, 'statements.tar.gz') // { ok: true, value: { members: [...], skipped: [...] } }
 */
export function gzipMembers(
  bytes: Uint8Array,
  file: string,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Result<ArchiveMembers> {
  const inflated = gunzipBounded(bytes, limits);
  if (!inflated.ok) return inflated;
  const data = inflated.value;
  if (data.byteLength >= 512 && checksumHolds(data.subarray(0, 512))) return tarMembers(data, limits);
  return ok(statementMembers([{ name: file.replace(/\.gz$/i, ''), bytes: data }]));
}
