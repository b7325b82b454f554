import { unzipSync } from 'fflate';
import { fail, issue, ok, type Result } from '../../result.ts';

/** Limits a workbook's ZIP directory must stay within before anything is inflated. */
export type ZipLimits = {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
  /** Uncompressed ÷ compressed, over the whole archive. */
  maxRatio: number;
};

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxEntryBytes: 256 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxRatio: 200,
};

export type ZipEntry = { name: string; compressedBytes: number; bytes: number };

const MIB = 1024 * 1024;
const mib = (bytes: number): string => `${(bytes / MIB).toFixed(1)} MiB`;

/**
 * Read a ZIP's central directory — names and declared sizes, nothing inflated — and refuse an
 * archive that would inflate past the limits (a zip bomb) or that is not a complete ZIP.
 *
 * @example scanZip(bytes) // { ok: true, value: [{ name: 'xl/workbook.xml', compressedBytes: 312, bytes: 1024 }, …] }
 */
export function scanZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS, file?: string): Result<ZipEntry[]> {
  const where = file === undefined ? {} : { file };
  const entries: ZipEntry[] = [];
  try {
    unzipSync(bytes, {
      filter: (info) => {
        entries.push({ name: info.name, compressedBytes: info.size, bytes: info.originalSize });
        return false;
      },
    });
  } catch {
    return fail(issue('zip_invalid', 'The file is not a complete ZIP archive (truncated or damaged).', where));
  }
  if (entries.length > limits.maxEntries) {
    return fail(
      issue('zip_bomb', `The archive has ${entries.length} entries; at most ${limits.maxEntries} are read.`, where),
    );
  }
  const largest = entries.reduce<ZipEntry | null>(
    (max, entry) => (max && max.bytes >= entry.bytes ? max : entry),
    null,
  );
  if (largest && largest.bytes > limits.maxEntryBytes) {
    return fail(
      issue(
        'zip_bomb',
        `The archive entry ${largest.name} would inflate to ${mib(largest.bytes)}; at most ${mib(limits.maxEntryBytes)} is read.`,
        where,
      ),
    );
  }
  const total = entries.reduce((sum, entry) => sum + entry.bytes, 0);
  const compressed = entries.reduce((sum, entry) => sum + entry.compressedBytes, 0);
  if (total > limits.maxTotalBytes) {
    return fail(
      issue(
        'zip_bomb',
        `The archive would inflate to ${mib(total)}; at most ${mib(limits.maxTotalBytes)} is read.`,
        where,
      ),
    );
  }
  if (total > MIB && total > compressed * limits.maxRatio) {
    const ratio = Math.round(total / Math.max(1, compressed));
    return fail(
      issue(
        'zip_bomb',
        `The archive inflates ${ratio}× (${mib(total)}); more than ${limits.maxRatio}× is refused as a zip bomb.`,
        where,
      ),
    );
  }
  return ok(entries);
}
