import { SheetError } from '../sheet.ts';

/**
 * A strict reader of OLE2 compound files (MS-CFB), the container of legacy .xls workbooks:
 * header, FAT with its DIFAT chain, directory, mini stream. Every sector index is checked to
 * lie in the file, every chain to end without a loop, every size to fit the file.
 */

/** The eight signature bytes every compound file starts with. */
export const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

const END_OF_CHAIN = 0xfffffffe;
const FREE_SECTOR = 0xffffffff;
const HEADER_DIFAT = 109;
const DIRECTORY_ENTRY = 128;
const MINI_SECTOR = 64;
const STREAM = 2;
const ROOT = 5;

/** One named stream or storage of the directory. */
export type CfbEntry = { name: string; type: number; start: number; size: number };

/** An opened compound file: its directory and a way to read one stream by its entry. */
export type CompoundFile = { entries: CfbEntry[]; read: (entry: CfbEntry) => Uint8Array };

type Layout = { bytes: Uint8Array; view: DataView; sectorSize: number; fat: Uint32Array };

/**
 * Open a compound file: check the header, load the FAT (following extra DIFAT sectors) and the
 * directory. Throws `SheetError` when the file is damaged or truncated.
 *
 * @example
 * const file = openCompoundFile(bytes);
 * const workbook = file.entries.find((entry) => entry.name === 'Workbook');
 */
export function openCompoundFile(bytes: Uint8Array): CompoundFile {
  if (bytes.byteLength < 512 || !CFB_SIGNATURE.every((byte, index) => bytes[index] === byte))
    throw new SheetError('is not an OLE2 compound file (too short or no signature)');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const major = view.getUint16(0x1a, true);
  const shift = view.getUint16(0x1e, true);
  if (view.getUint16(0x1c, true) !== 0xfffe) throw damaged('its byte-order mark is not little-endian');
  if (!((major === 3 && shift === 9) || (major === 4 && shift === 12)))
    throw damaged(`version ${major} with sector shift ${shift} is not a known layout`);
  if (view.getUint16(0x20, true) !== 6) throw damaged('its mini sector size is not 64 bytes');
  const sectorSize = 1 << shift;
  const layout: Layout = { bytes, view, sectorSize, fat: readFat(bytes, view, sectorSize) };
  const directory = readChain(layout, layout.fat, view.getUint32(0x30, true), 'directory');
  const entries = readDirectory(directory, major);
  const root = entries[0];
  if (!root || root.type !== ROOT) throw damaged('its directory has no root entry');
  const cutoff = view.getUint32(0x38, true);
  let mini: { stream: Uint8Array; fat: Uint32Array } | undefined;
  const miniStore = () => {
    if (mini) return mini;
    const stream = readChain(layout, layout.fat, root.start, 'mini stream', root.size);
    const miniFat = readChain(layout, layout.fat, view.getUint32(0x3c, true), 'mini FAT');
    mini = { stream, fat: toUint32(miniFat) };
    return mini;
  };
  const read = (entry: CfbEntry): Uint8Array => {
    if (entry.type !== STREAM) throw damaged(`"${entry.name}" is not a stream`);
    if (entry.size > bytes.byteLength) throw damaged(`stream "${entry.name}" is larger than the file`);
    if (entry.size === 0) return new Uint8Array(0);
    if (entry.size >= cutoff) return readChain(layout, layout.fat, entry.start, entry.name, entry.size);
    const store = miniStore();
    return readMiniChain(store.stream, store.fat, entry.start, entry.name, entry.size);
  };
  return { entries, read };
}

function damaged(why: string): SheetError {
  return new SheetError(`is a damaged or truncated OLE2 compound file: ${why}`);
}

/** The FAT: sector numbers from the header's 109 DIFAT slots, then the DIFAT sector chain. */
function readFat(bytes: Uint8Array, view: DataView, sectorSize: number): Uint32Array {
  const fatSectors = view.getUint32(0x2c, true);
  const sectorCount = Math.ceil(bytes.byteLength / sectorSize) - 1;
  if (fatSectors === 0 || fatSectors > sectorCount) throw damaged(`it declares ${fatSectors} FAT sectors`);
  const locations: number[] = [];
  for (let slot = 0; slot < HEADER_DIFAT && locations.length < fatSectors; slot++)
    locations.push(view.getUint32(0x4c + slot * 4, true));
  let difat = view.getUint32(0x44, true);
  const seen = new Set<number>();
  const perSector = sectorSize / 4 - 1;
  while (locations.length < fatSectors) {
    if (difat >= sectorCount || seen.has(difat)) throw damaged('its DIFAT chain is broken or loops');
    seen.add(difat);
    const at = (difat + 1) * sectorSize;
    if (at + sectorSize > bytes.byteLength) throw damaged(`DIFAT sector ${difat} is cut off`);
    for (let slot = 0; slot < perSector && locations.length < fatSectors; slot++)
      locations.push(view.getUint32(at + slot * 4, true));
    difat = view.getUint32(at + perSector * 4, true);
  }
  const fat = new Uint32Array((fatSectors * sectorSize) / 4);
  locations.forEach((sector, index) => {
    const at = (sector + 1) * sectorSize;
    if (sector >= sectorCount || at + sectorSize > bytes.byteLength) throw damaged(`FAT sector ${sector} is missing`);
    for (let slot = 0; slot < sectorSize / 4; slot++)
      fat[index * (sectorSize / 4) + slot] = view.getUint32(at + slot * 4, true);
  });
  return fat;
}

/** The sectors of a chain, in order: each within the table, the chain ending without a loop. */
function chain(table: Uint32Array, start: number, what: string): number[] {
  const sectors: number[] = [];
  const seen = new Set<number>();
  for (let sector = start; sector !== END_OF_CHAIN; sector = table[sector] ?? FREE_SECTOR) {
    if (sector >= table.length) throw damaged(`the ${what} chain points outside the file (sector ${sector})`);
    if (seen.has(sector)) throw damaged(`the ${what} chain loops at sector ${sector}`);
    seen.add(sector);
    sectors.push(sector);
  }
  return sectors;
}

/** The bytes of a FAT chain, `size` of them when given (else whole sectors). */
function readChain(layout: Layout, table: Uint32Array, start: number, what: string, size?: number): Uint8Array {
  const { bytes, sectorSize } = layout;
  const sectors = chain(table, start, what);
  const total = size ?? sectors.length * sectorSize;
  if (total > sectors.length * sectorSize) throw damaged(`the ${what} chain is shorter than its size`);
  const out = new Uint8Array(total);
  for (let index = 0; index * sectorSize < total; index++) {
    const at = ((sectors[index] ?? 0) + 1) * sectorSize;
    const length = Math.min(sectorSize, total - index * sectorSize);
    if (at + length > bytes.byteLength) throw damaged(`the ${what} runs past the end of the file`);
    out.set(bytes.subarray(at, at + length), index * sectorSize);
  }
  return out;
}

function readMiniChain(stream: Uint8Array, fat: Uint32Array, start: number, what: string, size: number): Uint8Array {
  const sectors = chain(fat, start, what);
  if (size > sectors.length * MINI_SECTOR) throw damaged(`the ${what} chain is shorter than its size`);
  const out = new Uint8Array(size);
  for (let index = 0; index * MINI_SECTOR < size; index++) {
    const at = (sectors[index] ?? 0) * MINI_SECTOR;
    const length = Math.min(MINI_SECTOR, size - index * MINI_SECTOR);
    if (at + length > stream.byteLength) throw damaged(`"${what}" runs past the end of the mini stream`);
    out.set(stream.subarray(at, at + length), index * MINI_SECTOR);
  }
  return out;
}

function readDirectory(directory: Uint8Array, major: number): CfbEntry[] {
  const view = new DataView(directory.buffer, directory.byteOffset, directory.byteLength);
  const entries: CfbEntry[] = [];
  for (let at = 0; at + DIRECTORY_ENTRY <= directory.byteLength; at += DIRECTORY_ENTRY) {
    const nameBytes = Math.min(view.getUint16(at + 0x40, true), 64);
    let name = '';
    for (let index = 0; index + 2 < nameBytes; index += 2)
      name += String.fromCharCode(view.getUint16(at + index, true));
    const high = view.getUint32(at + 0x7c, true);
    // Version 3 files may leave garbage in the size's high half; version 4 sizes must fit.
    if (major === 4 && high !== 0) throw damaged(`stream "${name}" has an impossible size`);
    entries.push({
      name,
      type: view.getUint8(at + 0x42),
      start: view.getUint32(at + 0x74, true),
      size: view.getUint32(at + 0x78, true),
    });
  }
  return entries;
}

function toUint32(bytes: Uint8Array): Uint32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Uint32Array(bytes.byteLength >> 2);
  for (let index = 0; index < out.length; index++) out[index] = view.getUint32(index * 4, true);
  return out;
}
