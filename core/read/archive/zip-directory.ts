/** A member as the ZIP's central directory states it: its name, method, sizes and where its data starts. */
export type ZipDirectoryEntry = {
  name: string;
  method: number;
  encrypted: boolean;
  compressedBytes: number;
  bytes: number;
  dataAt: number;
};

const END = 0x06054b50;
const END64 = 0x06064b50;
const LOCATOR64 = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;
const utf8 = new TextDecoder('utf-8');

/**
 * The members of a ZIP in directory order (duplicate names kept, each its own member), read
 * from the central directory (ZIP64 included) and checked against the bytes: every member's
 * data lies inside the file. Returns the entries, or what is wrong with the archive.
 *
 * @example zipDirectory(zipSync({ 'a.xml': bytes })) // [{ name: 'a.xml', method: 8, dataAt: 35, … }]
 */
export function zipDirectory(bytes: Uint8Array): ZipDirectoryEntry[] | string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    const end = findEnd(view);
    if (end < 0) return 'has no central directory (truncated or damaged)';
    let count = view.getUint16(end + 10, true);
    let at = view.getUint32(end + 16, true);
    if (end >= 20 && view.getUint32(end - 20, true) === LOCATOR64) {
      const end64 = Number(view.getBigUint64(end - 12, true));
      if (view.getUint32(end64, true) === END64) {
        count = Number(view.getBigUint64(end64 + 32, true));
        at = Number(view.getBigUint64(end64 + 48, true));
      }
    }
    const entries: ZipDirectoryEntry[] = [];
    for (let index = 0; index < count; index++) {
      if (view.getUint32(at, true) !== CENTRAL) return 'has a damaged central directory';
      const entry = directoryEntry(view, bytes, at);
      if (typeof entry === 'string') return entry;
      entries.push(entry.entry);
      at = entry.next;
    }
    return entries;
  } catch (error) {
    if (error instanceof RangeError) return 'points past its own end (truncated or damaged)';
    throw error;
  }
}

function findEnd(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= lowest; at--) if (view.getUint32(at, true) === END) return at;
  return -1;
}

function directoryEntry(
  view: DataView,
  bytes: Uint8Array,
  at: number,
): { entry: ZipDirectoryEntry; next: number } | string {
  const flags = view.getUint16(at + 8, true);
  const nameLength = view.getUint16(at + 28, true);
  const extraLength = view.getUint16(at + 30, true);
  const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
  const name = flags & 0x800 ? utf8.decode(nameBytes) : String.fromCharCode(...nameBytes);
  const sizes = zip64Sizes(view, at + 46 + nameLength, extraLength, {
    compressed: view.getUint32(at + 20, true),
    size: view.getUint32(at + 24, true),
    local: view.getUint32(at + 42, true),
  });
  if (view.getUint32(sizes.local, true) !== LOCAL) return `member ${name} has a damaged local header`;
  const dataAt = sizes.local + 30 + view.getUint16(sizes.local + 26, true) + view.getUint16(sizes.local + 28, true);
  if (dataAt + sizes.compressed > bytes.byteLength) return `member ${name} runs past the end of the archive`;
  const entry: ZipDirectoryEntry = {
    name,
    method: view.getUint16(at + 10, true),
    encrypted: (flags & 1) === 1,
    compressedBytes: sizes.compressed,
    bytes: sizes.size,
    dataAt,
  };
  return { entry, next: at + 46 + nameLength + extraLength + view.getUint16(at + 32, true) };
}

type Sizes = { compressed: number; size: number; local: number };

/** Sizes and offset stated as 0xFFFFFFFF are in the ZIP64 extra field (id 1), in this order: size, compressed, offset. */
function zip64Sizes(view: DataView, at: number, length: number, stated: Sizes): Sizes {
  const wide = [stated.size, stated.compressed, stated.local].filter((value) => value === MAX32).length;
  if (wide === 0) return stated;
  for (let field = at; field + 4 <= at + length; field += 4 + view.getUint16(field + 2, true)) {
    if (view.getUint16(field, true) !== 1) continue;
    let next = field + 4;
    const read = (value: number) => {
      if (value !== MAX32) return value;
      const wider = Number(view.getBigUint64(next, true));
      next += 8;
      return wider;
    };
    const size = read(stated.size);
    const compressed = read(stated.compressed);
    return { size, compressed, local: read(stated.local) };
  }
  return stated;
}
