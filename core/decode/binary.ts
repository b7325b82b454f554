/** Containers recognised by their first bytes, before any attempt to read a file as text. */
export type Container = 'zip' | 'ole2' | 'gzip' | 'pdf';

const SIGNATURES: readonly { container: Container; bytes: readonly number[]; message: string }[] = [
  {
    container: 'zip',
    bytes: [0x50, 0x4b, 0x03, 0x04],
    message: 'is a ZIP container (an .xlsx workbook or an archive), not a text statement; export it as CSV',
  },
  {
    container: 'ole2',
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    message: 'is a legacy Excel (.xls) workbook or another OLE2 compound file, not a text statement',
  },
  { container: 'gzip', bytes: [0x1f, 0x8b], message: 'is a gzip archive; unpack it first' },
  {
    container: 'pdf',
    bytes: [0x25, 0x50, 0x44, 0x46],
    message: 'is a PDF file; statements are read from CSV and other data exports',
  },
];

/**
 * The container a file's first bytes announce, and what to tell a user who hands it in where
 * text is expected; null for text.
 *
 * @example containerOf(new Uint8Array([0x50, 0x4b, 0x03, 0x04]))?.container // 'zip'
 */
export function containerOf(head: Uint8Array): { container: Container; message: string } | null {
  return SIGNATURES.find(({ bytes }) => bytes.every((byte, index) => head[index] === byte)) ?? null;
}

/**
 * Why the file is not text, when its first bytes are a known container's signature.
 *
 * @example binaryFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04])) // 'is a ZIP container …'
 */
export const binaryFormat = (head: Uint8Array): string | null => containerOf(head)?.message ?? null;
