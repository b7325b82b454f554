import { unzipSync } from 'fflate';
import { fail, issue, ok, type Result } from '../../result.ts';
import { DEFAULT_ZIP_LIMITS, scanZip, type ZipLimits } from '../xlsx/zip-scan.ts';
import { checkMemberNames, statementMembers, type ArchiveMembers } from './members.ts';

/**
 * The statement files of a ZIP archive. The central directory is checked against the bomb
 * limits before anything is inflated; each member inflates into a buffer of its declared size
 * and no more, so a member that lies about its size cannot grow past the limits either.
 *
 * @example zipMembers(bytes) // { ok: true, value: { members: [{ name: 'a.xml', bytes }], skipped: ['scan.tiff'] } }
 */
export function zipMembers(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Result<ArchiveMembers> {
  const scan = scanZip(bytes, limits);
  if (!scan.ok) return scan;
  const names = checkMemberNames(scan.value.map((entry) => entry.name));
  if (!names.ok) return names;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (info) => !info.name.endsWith('/') });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return fail(issue('zip_invalid', `The ZIP archive cannot be unpacked: ${message}.`));
  }
  const all = Object.entries(files).map(([name, data]) => ({ name, bytes: data }));
  return ok(statementMembers(all));
}

/** An .xlsx workbook (its parts under xl/, even with xl/workbook.xml missing) rather than an archive of statements. */
export const isWorkbookArchive = (names: readonly string[]): boolean => names.some((name) => name.startsWith('xl/'));
