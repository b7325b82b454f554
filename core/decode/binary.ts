/** Container formats recognised by their first bytes, before any attempt to read them as text. */
const SIGNATURES: readonly { bytes: readonly number[]; message: string }[] = [
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    message: 'is a ZIP container (an .xlsx workbook or an archive), not a text statement; export it as CSV',
  },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    message: 'is a legacy Excel (.xls) workbook or another OLE2 document, not a text statement',
  },
  { bytes: [0x1f, 0x8b], message: 'is a gzip archive; unpack it first' },
  {
    bytes: [0x25, 0x50, 0x44, 0x46],
    message: 'is a PDF file; statements are read from CSV and other data exports',
  },
];

/**
 * Why the file is not text, when its first bytes are a known container's signature.
 *
 * @example binaryFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04])) // 'is a ZIP container …'
 */
export function binaryFormat(head: Uint8Array): string | null {
  const match = SIGNATURES.find(({ bytes }) => bytes.every((byte, index) => head[index] === byte));
  return match?.message ?? null;
}
