import { gzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createSha256 } from '../../import/hash.ts';
import { readFile } from '../../import/read-file.ts';
import { bytesSource, controlStatus } from '../../import/types.ts';
import { builtinProfiles } from '../../profile/builtin.ts';
import { DEFAULT_ZIP_LIMITS } from '../xlsx/zip-scan.ts';
import { gunzipBounded } from './gzip.ts';
import { unsafeMemberName } from './members.ts';
import { tarMembers } from './tar.ts';
import { isWorkbookArchive, zipMembers } from './zip.ts';

const encode = (text: string) => new TextEncoder().encode(text);
/** A TIFF's first bytes: little-endian mark, then NULs (binary, never a statement). */
const TIFF = Uint8Array.from([0x49, 0x49, 0x2a, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00]);

/** A minimal ustar archive of the given members (as tar writes them, checksummed). */
function tar(members: { name: string; bytes: Uint8Array; type?: string }[]): Uint8Array {
  const blocks: Uint8Array[] = [];
  for (const member of members) {
    const header = new Uint8Array(512);
    header.set(encode(member.name).subarray(0, 100), 0);
    header.set(encode('0000644\0'), 100);
    header.set(encode(`${member.bytes.byteLength.toString(8).padStart(11, '0')}\0`), 124);
    header.set(encode(member.type ?? '0'), 156);
    header.set(encode('ustar\u000000'), 257);
    header.set(encode('        '), 148);
    const sum = header.reduce((total, byte) => total + byte, 0);
    header.set(encode(`${sum.toString(8).padStart(6, '0')}\0 `), 148);
    blocks.push(header, member.bytes, new Uint8Array((512 - (member.bytes.byteLength % 512)) % 512));
  }
  blocks.push(new Uint8Array(1024));
  const out = new Uint8Array(blocks.reduce((total, block) => total + block.byteLength, 0));
  let at = 0;
  for (const block of blocks) {
    out.set(block, at);
    at += block.byteLength;
  }
  return out;
}

const statement = (id: string, amount: string) =>
  encode(
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.04"><BkToCstmrStmt><GrpHdr><MsgId>M</MsgId></GrpHdr>',
      `<Stmt><Id>${id}</Id>`,
      '<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="CHF">10.00</Amt><CdtDbtInd>CRDT</CdtDbtInd></Bal>',
      `<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="CHF">${(10 + Number(amount)).toFixed(2)}</Amt><CdtDbtInd>CRDT</CdtDbtInd></Bal>`,
      `<Ntry><Amt Ccy="CHF">${amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts></Ntry>`,
      '</Stmt></BkToCstmrStmt></Document>',
    ].join('\n'),
  );

async function read(name: string, bytes: Uint8Array) {
  let totals = null;
  let error: string | null = null;
  for await (const event of readFile(bytesSource(name, bytes), {
    profiles: builtinProfiles(),
    createHasher: createSha256,
  }))
    if (event.type === 'end') totals = event.totals;
    else if (event.type === 'error') error = event.issue.message;
  return { totals, error };
}

describe('zip archives', () => {
  it('reads each statement member, passing over images', () => {
    const bytes = zipSync({ 'a.xml': statement('A', '1.00'), 'b.xml': statement('B', '2.00'), 'scan.tiff': TIFF });
    const members = zipMembers(bytes);
    expect(members.ok && members.value.members.map((member) => member.name)).toEqual(['a.xml', 'b.xml']);
    expect(members.ok && members.value.skipped).toEqual(['scan.tiff']);
  });

  it('refuses a zip bomb before inflating it', () => {
    const bomb = zipSync({ 'big.xml': new Uint8Array(8 * 1024 * 1024) }, { level: 9 });
    const members = zipMembers(bomb);
    expect(members.ok).toBe(false);
    expect(!members.ok && members.issues[0]?.code).toBe('zip_bomb');
  });

  it('refuses members that point outside the archive, and tells a workbook from an archive', () => {
    const members = zipMembers(zipSync({ '../evil.xml': statement('A', '1.00') }));
    expect(!members.ok && members.issues[0]?.message).toContain('"../evil.xml" points outside the archive');
    expect(['../x', '/etc/passwd', 'C:\\x', 'a/../../b'].every(unsafeMemberName)).toBe(true);
    expect(unsafeMemberName('statements/2024..03.xml')).toBe(false);
    expect(isWorkbookArchive(['[Content_Types].xml', 'xl/workbook.xml'])).toBe(true);
    expect(isWorkbookArchive(['a.xml'])).toBe(false);
  });

  it('imports every member of a zip as one import: entries, net and controls of all', async () => {
    const bytes = zipSync({ 'a.xml': statement('A', '1.00'), 'b.xml': statement('B', '2.50') });
    const { totals, error } = await read('statements.zip', bytes);
    expect(error).toBeNull();
    expect(totals).toMatchObject({ entries: 2, net_minor: { CHF: 350 }, rejected: 0 });
    expect(totals?.controls.map((check) => check.label)).toEqual([
      'a.xml: A: opening OPBD + entries = closing CLBD',
      'b.xml: B: opening OPBD + entries = closing CLBD',
    ]);
    expect(controlStatus(totals?.controls ?? [])).toBe('holds');
    expect(totals?.metadata['b.xml: statement_id']).toBe('B');
  });
});

describe('tar.gz archives', () => {
  it('reads regular files, skipping folders and images', () => {
    const bytes = tar([
      { name: 'dir/', bytes: new Uint8Array(0), type: '5' },
      { name: 'dir/camt.xml', bytes: statement('A', '1.00') },
      { name: 'dir/scan.tiff', bytes: TIFF },
    ]);
    const members = tarMembers(bytes);
    expect(members.ok && members.value.members.map((member) => member.name)).toEqual(['dir/camt.xml']);
    expect(members.ok && members.value.skipped).toEqual(['dir/scan.tiff']);
  });

  it('reads a hard link as the file it links to, and names symbolic links as skipped', () => {
    const header = (name: string, type: string, link: string) => {
      const block = tar([{ name, bytes: new Uint8Array(0), type }]).slice(0, 512);
      block.set(encode(link), 157);
      block.set(encode('        '), 148);
      const sum = block.reduce((total, byte) => total + byte, 0);
      block.set(encode(`${sum.toString(8).padStart(6, '0')}\0 `), 148);
      return block;
    };
    const first = tar([{ name: 'a.xml', bytes: statement('A', '1.00') }]);
    const body = first.subarray(0, first.byteLength - 1024);
    const bytes = new Uint8Array([
      ...body,
      ...header('b.xml', '1', 'a.xml'),
      ...header('c.xml', '2', 'a.xml'),
      ...new Uint8Array(1024),
    ]);
    const members = tarMembers(bytes);
    if (!members.ok) throw new Error(members.issues[0]?.message);
    expect(members.value.members.map((member) => [member.name, member.bytes.byteLength])).toEqual([
      ['a.xml', statement('A', '1.00').byteLength],
      ['b.xml', statement('A', '1.00').byteLength],
    ]);
    expect(members.value.skipped).toEqual(['c.xml']);
  });

  it('refuses a member path like ../x, a damaged header and a cut-short archive', () => {
    const evil = tarMembers(tar([{ name: '../x', bytes: statement('A', '1.00') }]));
    expect(!evil.ok && evil.issues[0]?.code).toBe('archive_unsafe_path');
    const good = tar([{ name: 'a.xml', bytes: statement('A', '1.00') }]);
    const damaged = good.slice();
    damaged[10] = 0x41;
    const broken = tarMembers(damaged);
    expect(!broken.ok && broken.issues[0]?.message).toContain('damaged header at byte 0');
    const cut = tarMembers(good.subarray(0, 700));
    expect(!cut.ok && cut.issues[0]?.message).toContain('cut short');
  });

  it('refuses a gzip bomb while inflating, and a damaged gzip', () => {
    const bomb = gzipSync(new Uint8Array(4 * 1024 * 1024), { level: 9 });
    const limits = { ...DEFAULT_ZIP_LIMITS, maxEntryBytes: 2 * 1024 * 1024 };
    const refused = gunzipBounded(bomb, limits);
    expect(!refused.ok && refused.issues[0]?.code).toBe('gzip_bomb');
    const ratio = gunzipBounded(bomb);
    expect(!ratio.ok && ratio.issues[0]?.code).toBe('gzip_bomb');
    const damaged = gunzipBounded(gzipSync(encode('x'.repeat(5000))).subarray(0, 20));
    expect(damaged.ok).toBe(false);
  });

  it('imports the statement of a .tar.gz with images beside it', async () => {
    const bytes = gzipSync(
      tar([
        { name: 'camt.xml', bytes: statement('A', '4.00') },
        { name: 'a.tiff', bytes: TIFF },
      ]),
    );
    const { totals, error } = await read('bundle.tar.gz', bytes);
    expect(error).toBeNull();
    expect(totals).toMatchObject({ entries: 1, net_minor: { CHF: 400 } });
    expect(totals?.metadata.archive_skipped).toBe('a.tiff');
  });

  it("reads a plain gzip'd statement as the one file it holds", async () => {
    const { totals, error } = await read('camt.xml.gz', gzipSync(statement('A', '1.25')));
    expect(error).toBeNull();
    expect(totals).toMatchObject({ entries: 1, net_minor: { CHF: 125 } });
    expect(totals?.metadata.archive_members).toBe('camt.xml');
  });

  it('refuses an archive that holds only images', async () => {
    const { error } = await read('images.tar.gz', gzipSync(tar([{ name: 'a.tiff', bytes: TIFF }])));
    expect(error).toContain('holds no statement file');
  });
});
