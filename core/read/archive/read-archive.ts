import { sniffEncoding } from '../../decode/encoding.ts';
import type { Profile } from '../../profile/types.ts';
import { DocumentError, type DocumentReader, type EntryDocument } from '../document.ts';
import { declaredXmlEncoding } from '../xml/encoding.ts';
import type { ArchiveMember, ArchiveMembers } from './members.ts';

/**
 * The text of a member: a BOM or valid UTF-8 wins; other bytes are read in the encoding their
 * XML declaration names, else the legacy encoding their bytes fit or their profile declares; a
 * member whose bytes leave the encoding open cannot be read.
 */
export function memberText(member: ArchiveMember, profile: Profile): string {
  const head = new TextDecoder('windows-1252').decode(member.bytes.subarray(0, 256));
  const guess = sniffEncoding(member.bytes, { declared: declaredXmlEncoding(head) ?? profile.encoding });
  if (guess.evidence === 'ambiguous') throw new DocumentError(guess.refusal ?? 'has an unknown encoding');
  try {
    return new TextDecoder(guess.encoding, { fatal: true }).decode(member.bytes.subarray(guess.bom));
  } catch {
    throw new DocumentError(`is not valid ${guess.encoding} text`);
  }
}

/**
 * Every statement file of an archive read as its own document and merged into one import:
 * rows, problems and controls concatenated (labels and messages name the member), entries and
 * net summed, each member's metadata kept under its name. A member that cannot be read is a
 * rejected row naming it, never a silent gap.
 *
 * @example readArchiveDocument({ members, skipped: ['scan.tiff'] }, profile, readXmlDocument).entries
 */
export function readArchiveDocument(archive: ArchiveMembers, profile: Profile, reader: DocumentReader): EntryDocument {
  const merged: EntryDocument = {
    columns: [],
    rows: [],
    entries: 0,
    net_minor: {},
    controls: [],
    metadata: { archive_members: archive.members.map((member) => member.name).join(', ') },
    problems: [],
  };
  if (archive.skipped.length > 0) merged.metadata.archive_skipped = archive.skipped.join(', ');
  for (const member of archive.members) {
    let document: EntryDocument;
    try {
      document = reader(memberText(member, profile), profile);
    } catch (error) {
      if (!(error instanceof DocumentError)) throw error;
      merged.problems.push({ line: error.line ?? 1, message: `${member.name} ${error.message}`, raw: member.name });
      continue;
    }
    addDocument(merged, member.name, document);
  }
  return merged;
}

function addDocument(merged: EntryDocument, name: string, document: EntryDocument): void {
  if (merged.columns.length === 0) merged.columns = document.columns;
  for (const row of document.rows) merged.rows.push({ ...row, member: name });
  merged.entries += document.entries;
  for (const [currency, minor] of Object.entries(document.net_minor))
    merged.net_minor[currency] = (merged.net_minor[currency] ?? 0) + minor;
  merged.controls.push(...document.controls.map((check) => ({ ...check, label: `${name}: ${check.label}` })));
  merged.problems.push(...document.problems.map((problem) => ({ ...problem, message: `${name}: ${problem.message}` })));
  for (const [key, value] of Object.entries(document.metadata)) merged.metadata[`${name}: ${key}`] = value;
  const { period_start: start, period_end: end } = document.metadata;
  if (start && (!merged.metadata.period_start || start < merged.metadata.period_start))
    merged.metadata.period_start = start;
  if (end && (!merged.metadata.period_end || end > merged.metadata.period_end)) merged.metadata.period_end = end;
}
