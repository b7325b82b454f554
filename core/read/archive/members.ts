import { binaryFormat } from '../../decode/binary.ts';
import { fail, issue, ok, type Result } from '../../result.ts';

/** One file inside an archive: its path in the archive and its bytes. */
export type ArchiveMember = { name: string; bytes: Uint8Array };

/** The statement files of an archive, and the members passed over (images, folders, nested archives). */
export type ArchiveMembers = { members: ArchiveMember[]; skipped: string[] };

/**
 * A member name that would leave the folder it is unpacked into (`../x`, `/etc/x`, `C:\x`).
 * Nothing is ever unpacked to disk, but such an archive is hostile or broken, so it is refused.
 */
export function unsafeMemberName(name: string): boolean {
  if (name.includes('\0')) return true;
  const path = name.replace(/\\/g, '/');
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) return true;
  return path.split('/').some((segment) => segment === '..');
}

/** Refuse the archive when any member has an unsafe name. */
export function checkMemberNames(names: readonly string[]): Result<true> {
  const unsafe = names.find(unsafeMemberName);
  if (unsafe === undefined) return ok(true);
  return fail(
    issue('archive_unsafe_path', `The archive member "${unsafe}" points outside the archive; the archive is refused.`),
  );
}

/**
 * Whether a member can be a statement: text, not an image, PDF, nested archive or other binary
 * (a NUL byte or a known binary signature in its first bytes).
 */
export function isStatementMember(member: ArchiveMember): boolean {
  if (member.name.endsWith('/') || member.bytes.byteLength === 0) return false;
  const head = member.bytes.subarray(0, 1024);
  if (binaryFormat(head) !== null) return false;
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  return utf16 || !head.includes(0);
}

/** Split members into statement files and the rest (named, so the import can show what it passed over). */
export function statementMembers(all: readonly ArchiveMember[]): ArchiveMembers {
  const members = all.filter(isStatementMember);
  const skipped = all.filter((member) => !members.includes(member)).map((member) => member.name);
  return { members, skipped };
}
