import { fail, issue, ok, type Result } from '../../result.ts';
import { DEFAULT_ZIP_LIMITS, type ZipLimits } from '../xlsx/zip-scan.ts';
import { checkMemberNames, statementMembers, type ArchiveMember, type ArchiveMembers } from './members.ts';

const BLOCK = 512;
const latin1 = new TextDecoder('windows-1252');
const utf8 = new TextDecoder('utf-8');

/**
 * The statement files of a tar archive (ustar, GNU long names, pax `path`): regular files, and
 * hard links as the file they link to; folders are passed over, and symbolic links and devices
 * are named as skipped. The archive is refused when a header is damaged, a member runs past the
 * end, or a name points outside the archive (`../x`).
 *
 * @example tarMembers(bytes) // { ok: true, value: { members: [{ name: 'camt.053.xml', bytes }], skipped: ['a.tiff'] } }
 */
export function tarMembers(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Result<ArchiveMembers> {
  const files: ArchiveMember[] = [];
  const passed: string[] = [];
  let longName: string | null = null;
  for (let at = 0; at + BLOCK <= bytes.byteLength;) {
    const header = bytes.subarray(at, at + BLOCK);
    if (header.every((byte) => byte === 0)) break;
    if (!checksumHolds(header))
      return fail(issue('tar_invalid', `The tar archive has a damaged header at byte ${at}.`));
    const size = octal(header.subarray(124, 136));
    const start = at + BLOCK;
    if (size === null || start + size > bytes.byteLength)
      return fail(issue('tar_invalid', 'The tar archive is cut short (a member runs past its end).'));
    const data = bytes.subarray(start, start + size);
    at = start + Math.ceil(size / BLOCK) * BLOCK;
    const type = String.fromCharCode(header[156] ?? 0);
    if (type === 'L') longName = cString(data, utf8);
    else if (type === 'x') longName = paxPath(data) ?? longName;
    else {
      const name = longName ?? headerName(header);
      longName = null;
      const member = type === '1' ? linkedFile(files, name, header) : REGULAR.has(type) ? { name, bytes: data } : null;
      if (member) files.push(member);
      else if (type !== '5' && type !== 'g') passed.push(name);
    }
    if (files.length > limits.maxEntries)
      return fail(issue('tar_bomb', `The tar archive has more than ${limits.maxEntries} members.`));
  }
  const names = checkMemberNames([...files.map((file) => file.name), ...passed]);
  if (!names.ok) return names;
  const read = statementMembers(files);
  return ok({ members: read.members, skipped: [...read.skipped, ...passed] });
}

/** Type flags of a regular file (`0`, old tar's NUL, contiguous `7`). */
const REGULAR = new Set(['0', '\0', '7']);

/** A hard link (`1`): the bytes of the earlier member it names, under its own name (null when there is none). */
function linkedFile(files: readonly ArchiveMember[], name: string, header: Uint8Array): ArchiveMember | null {
  const target = cString(header.subarray(157, 257), utf8);
  for (let index = files.length - 1; index >= 0; index--) {
    const linked = files[index];
    if (linked?.name === target) return { name, bytes: linked.bytes };
  }
  return null;
}

function headerName(header: Uint8Array): string {
  const name = cString(header.subarray(0, 100), utf8);
  const ustar = latin1.decode(header.subarray(257, 262)) === 'ustar';
  const prefix = ustar ? cString(header.subarray(345, 500), utf8) : '';
  return prefix === '' ? name : `${prefix}/${name}`;
}

function cString(bytes: Uint8Array, decoder: { decode(bytes: Uint8Array): string }): string {
  const end = bytes.indexOf(0);
  return decoder.decode(end < 0 ? bytes : bytes.subarray(0, end));
}

function octal(field: Uint8Array): number | null {
  const text = cString(field, latin1).trim();
  if (!/^[0-7]*$/.test(text)) return null;
  return text === '' ? 0 : parseInt(text, 8);
}

/** The header's checksum: the sum of its bytes with the checksum field read as spaces. */
export function checksumHolds(header: Uint8Array): boolean {
  const stated = octal(header.subarray(148, 156));
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : (header[i] ?? 0);
  return stated === sum;
}

/** The `path` record of a pax extended header (`27 path=some/long/name.xml\n`). */
function paxPath(data: Uint8Array): string | null {
  const text = utf8.decode(data);
  const match = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(text);
  return match?.[1] ?? null;
}
