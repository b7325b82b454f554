import { fail, issue, ok, type Result } from '../../result.ts';
import { DEFAULT_ZIP_LIMITS, scanZip, type ZipLimits } from '../xlsx/zip-scan.ts';
import { inflateBounded } from './inflate.ts';
import { checkMemberNames, statementMembers, type ArchiveMember, type ArchiveMembers } from './members.ts';
import { zipDirectory, type ZipDirectoryEntry } from './zip-directory.ts';

/**
 * The statement files of a ZIP archive, in directory order (two members of one name are two
 * members). The central directory is checked against the bomb limits before anything is
 * inflated, and each member must inflate to exactly the size the directory states: one that
 * comes out longer is stopped at that size and one that comes out shorter is caught, and
 * either refuses the archive (never a member silently cut short).
 *
 * @example zipMembers(bytes) // { ok: true, value: { members: [{ name: 'a.xml', bytes }], skipped: ['scan.tiff'] } }
 */
export function zipMembers(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Result<ArchiveMembers> {
  const names = checkedDirectory(bytes, limits);
  if (!names.ok) return names;
  const all = inflateAll(bytes, names.value);
  return all.ok ? ok(statementMembers(all.value)) : all;
}

/**
 * Check that a workbook's parts inflate to exactly the sizes its directory states before a
 * spreadsheet library, which trusts those sizes, unpacks it: a part that lies is refused here.
 *
 * @example verifyZipSizes(xlsxBytes) // { ok: true, value: undefined }
 */
export function verifyZipSizes(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Result<void> {
  const directory = checkedDirectory(bytes, limits);
  if (!directory.ok) return directory;
  const all = inflateAll(bytes, directory.value);
  return all.ok ? ok(undefined) : all;
}

/** The directory of a ZIP within the bomb limits, its member names checked. */
function checkedDirectory(bytes: Uint8Array, limits: ZipLimits): Result<ZipDirectoryEntry[]> {
  const scan = scanZip(bytes, limits);
  if (!scan.ok) return scan;
  const directory = zipDirectory(bytes);
  if (typeof directory === 'string') return fail(issue('zip_invalid', `The ZIP archive ${directory}.`));
  const names = checkMemberNames(directory.map((entry) => entry.name));
  return names.ok ? ok(directory) : names;
}

function inflateAll(bytes: Uint8Array, directory: readonly ZipDirectoryEntry[]): Result<ArchiveMember[]> {
  const all: ArchiveMember[] = [];
  for (const entry of directory) {
    if (entry.name.endsWith('/')) continue;
    const data = memberBytes(bytes, entry);
    if (typeof data === 'string')
      return fail(issue('zip_invalid', `The ZIP member ${entry.name} ${data}; the archive is refused.`));
    all.push({ name: entry.name, bytes: data });
  }
  return ok(all);
}

/** A member's bytes, exactly as many as the directory states, or why they cannot be read. */
function memberBytes(bytes: Uint8Array, entry: ZipDirectoryEntry): Uint8Array | string {
  if (entry.encrypted) return 'is encrypted';
  const data = bytes.subarray(entry.dataAt, entry.dataAt + entry.compressedBytes);
  if (entry.method === 0)
    return data.byteLength === entry.bytes
      ? data
      : `is stored as ${data.byteLength} bytes, not the ${entry.bytes} stated`;
  if (entry.method !== 8) return `is compressed with method ${entry.method}, which cannot be read`;
  let inflated;
  try {
    inflated = inflateBounded(data, 'deflate', entry.bytes);
  } catch (error) {
    return `cannot be inflated (${error instanceof Error ? error.message : String(error)})`;
  }
  if (inflated.over) return `inflates past the ${entry.bytes} bytes the archive states`;
  if (inflated.bytes.byteLength !== entry.bytes)
    return `inflates to ${inflated.bytes.byteLength} bytes, not the ${entry.bytes} the archive states`;
  return inflated.bytes;
}

/** An .xlsx workbook (its parts under xl/, even with xl/workbook.xml missing) rather than an archive of statements. */
export const isWorkbookArchive = (names: readonly string[]): boolean => names.some((name) => name.startsWith('xl/'));
