import { containerOf } from '../decode/binary.ts';
import { decodeStream, DecodeError } from '../decode/decode-stream.ts';
import { sniffEncoding, type Encoding, type EncodingChoice, type EncodingGuess } from '../decode/encoding.ts';
import type { DetectInput } from '../detect/detect.ts';
import { DOCUMENT_FORMATS, type Profile } from '../profile/types.ts';
import { gzipMembers } from '../read/archive/gzip.ts';
import type { ArchiveMembers } from '../read/archive/members.ts';
import { isWorkbookArchive, verifyZipSizes, zipMembers } from '../read/archive/zip.ts';
import { scanZip } from '../read/xlsx/zip-scan.ts';
import { SheetError, type Sheet } from '../read/sheet.ts';
import { declaredXmlEncoding } from '../read/xml/encoding.ts';
import { issue, type Issue, type Result, type Warning } from '../result.ts';
import { ImportAbort } from './import-abort.ts';
import { readHtmlTables, readLegacyWorkbook, readWorkbook } from './readers.ts';
import type { ByteSource } from './types.ts';

/** Bytes looked at to tell the container and encoding, and to detect the profile. */
export const HEAD_BYTES = 64 * 1024;
/** Whole-file formats (workbooks, documents) are read into memory up to this size. */
export const MAX_WHOLE_FILE_BYTES = 256 * 1024 * 1024;

/**
 * A file opened far enough to choose its profile: text (delimited or a document) with its
 * encoding and first 64 KiB, or the sheets of a workbook (an .xlsx, or an HTML table saved as .xls).
 */
export type OpenedFile =
  /** `head`: the first bytes, to decide the encoding again once the profile declares one. */
  | { container: 'text'; guess: EncodingGuess; head: Uint8Array; detect: DetectInput }
  /** `decided`: how the text of an HTML table was decoded, when that is worth a warning. */
  | { container: 'sheets'; encoding: string; sheets: Sheet[]; detect: DetectInput; decided?: Warning }
  | { container: 'archive'; archive: ArchiveMembers; detect: DetectInput };

/**
 * Open a file by its first bytes: a workbook (an .xlsx ZIP, checked for bombs before anything is
 * inflated; a legacy .xls, its OLE2 container read within bounds), an archive of statements (a ZIP
 * without a workbook, a .tar.gz, inflated within bounds), a PDF refused with what it is, or text
 * with its encoding sniffed (or the one the user `chosen`) — an HTML page read as the tables it
 * holds. `tap` hands every byte read to the caller's hash.
 */
export async function openFile(
  file: ByteSource,
  tap: (bytes: Uint8Array) => void,
  chosen?: Encoding,
): Promise<OpenedFile> {
  const head = await readHead(file, HEAD_BYTES);
  if (head.byteLength === 0) throw new ImportAbort(issue('file_empty', 'The file is empty.', { file: file.name }));
  const binary = containerOf(head);
  if (binary?.container === 'zip') {
    const bytes = await readAll(file, tap);
    const scan = scanZip(bytes);
    if (!scan.ok) throw new ImportAbort({ ...(scan.issues[0] as Issue), file: file.name });
    if (!isWorkbookArchive(scan.value.map((entry) => entry.name))) return archiveOpened(zipMembers(bytes), file.name);
    const sizes = verifyZipSizes(bytes);
    if (!sizes.ok) throw new ImportAbort({ ...(sizes.issues[0] as Issue), file: file.name });
    return sheetsOpened(file.name, 'xlsx', await readWorkbook(bytes));
  }
  if (binary?.container === 'ole2')
    return sheetsOpened(file.name, 'xls (BIFF8)', await readLegacyWorkbook(await readAll(file, tap)));
  if (binary?.container === 'gzip') {
    return archiveOpened(gzipMembers(await readAll(file, tap), file.name), file.name);
  }
  if (binary) throw new DecodeError(binary.message, 'binary_file');
  const choice: EncodingChoice = chosen === undefined ? {} : { chosen };
  // Detection reads the head in the encoding the bytes suggest, even when they leave it open.
  const guess = sniffEncoding(head, choice);
  const text = new TextDecoder(guess.encoding).decode(head.subarray(guess.bom));
  if (/^\s*<(!doctype html|html|table)\b/i.test(text)) {
    const whole = await readAllText(file, choice, tap);
    return sheetsOpened(file.name, whole.guess.encoding, readHtmlTables(whole.text), whole.guess.warning);
  }
  return { container: 'text', guess, head, detect: { text, name: file.name } };
}

/**
 * Profiles that can read what the file turned out to be: those with a sheet layout for
 * workbooks (a CSV profile may have one too, for the producer's Excel download), document
 * profiles for archives, the rest for text.
 */
export function usable(profiles: readonly Profile[], opened: OpenedFile): Profile[] {
  if (opened.container === 'archive')
    return profiles.filter((profile) => (DOCUMENT_FORMATS as readonly string[]).includes(profile.format));
  if (opened.container === 'sheets') return profiles.filter((profile) => profile.sheet !== undefined);
  return profiles.filter((profile) => profile.format !== 'sheet');
}

/** An archive of statement files (a ZIP that is not a workbook, a .tar.gz): chosen by its first statement's text. */
function archiveOpened(archive: Result<ArchiveMembers>, file: string): OpenedFile {
  if (!archive.ok) throw new ImportAbort({ ...(archive.issues[0] as Issue), file });
  const first = archive.value.members[0];
  if (!first)
    throw new ImportAbort(
      issue('archive_empty', 'The archive holds no statement file (only images or folders).', { file }),
    );
  const head = first.bytes.subarray(0, HEAD_BYTES);
  const text = new TextDecoder(sniffEncoding(head).encoding).decode(head);
  return { container: 'archive', archive: archive.value, detect: { text } };
}

/**
 * The encoding an opened file is read in with this profile, and what a reader must know about
 * that decision; `undecided` when the bytes leave it open; its container when it is not text
 * (`xlsx`, `archive`).
 */
export function openedEncoding(
  opened: OpenedFile,
  profile: Profile,
  chosen: Encoding | undefined,
): { encoding: string; warning?: Warning } {
  if (opened.container === 'sheets')
    return opened.decided ? { encoding: opened.encoding, warning: opened.decided } : { encoding: opened.encoding };
  if (opened.container === 'archive') return { encoding: 'archive' };
  const guess = sniffEncoding(opened.head, encodingChoice(opened, profile, chosen));
  // Bytes that leave the encoding open are not read in the provisional one: say it is undecided.
  return guess.evidence === 'ambiguous' ? { ...guess, encoding: 'undecided' } : guess;
}

/** What decides a text file's encoding beside its bytes: the profile's (or the XML declaration's) and the user's. */
export function encodingChoice(opened: OpenedFile, profile: Profile, chosen: Encoding | undefined): EncodingChoice {
  const declared =
    profile.format === 'xml' ? (declaredXmlEncoding(opened.detect.text) ?? profile.encoding) : profile.encoding;
  return chosen === undefined ? { declared } : { declared, chosen };
}

/** Decode the whole text file, its encoding decided with the profile's declared one and the user's choice. */
export const decodeText = (
  file: ByteSource,
  choice: EncodingChoice,
  tap: (bytes: Uint8Array) => void,
  limit = Number.POSITIVE_INFINITY,
) => decodeStream(tapped(file, tap, limit), choice);

function sheetsOpened(name: string, encoding: string, sheets: Sheet[], decided?: Warning): OpenedFile {
  if (sheets.length === 0) throw new SheetError('has no sheet with any rows');
  const rows = sheets.flatMap((sheet) => sheet.rows.slice(0, 60));
  const detect = { text: rows.map((row) => row.join('\t')).join('\n'), rows, name };
  return decided
    ? { container: 'sheets', encoding, sheets, detect, decided }
    : { container: 'sheets', encoding, sheets, detect };
}

async function readHead(file: ByteSource, length: number): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of file.stream()) {
    parts.push(chunk);
    size += chunk.byteLength;
    if (size >= length) break;
  }
  return concat(parts).subarray(0, length);
}

async function readAll(file: ByteSource, tap: (bytes: Uint8Array) => void): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const chunk of tapped(file, tap, MAX_WHOLE_FILE_BYTES)) parts.push(chunk);
  return concat(parts);
}

/** The whole text of a document (read at once, up to the limit), with how its encoding was decided. */
export async function readAllText(
  file: ByteSource,
  choice: EncodingChoice,
  tap: (bytes: Uint8Array) => void,
): Promise<{ text: string; guess: EncodingGuess }> {
  const decoded = await decodeText(file, choice, tap, MAX_WHOLE_FILE_BYTES);
  let text = '';
  for await (const chunk of decoded.chunks) text += chunk;
  return { text, guess: decoded.guess };
}

async function* tapped(file: ByteSource, tap: (bytes: Uint8Array) => void, limit: number): AsyncGenerator<Uint8Array> {
  let total = 0;
  for await (const chunk of file.stream()) {
    total += chunk.byteLength;
    if (total > limit)
      throw new ImportAbort(
        issue('file_too_large', `The file is larger than ${limit >> 20} MiB, the most read at once for its format.`, {
          file: file.name,
        }),
      );
    tap(chunk);
    yield chunk;
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1 && parts[0]) return parts[0];
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}
