import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipMembers } from './zip.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const LINES = '{"id":1,"amount":100}\n'.repeat(40);

/** Rename members in place (same length), as a hand-made or hostile archive could name them. */
function renamed(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const out = bytes.slice();
  const needle = encode(from);
  for (let at = 0; at + needle.length <= out.length; at++) {
    if (needle.every((byte, i) => out[at + i] === byte)) out.set(encode(to), at);
  }
  return out;
}

/** Overwrite the uncompressed size the central directory states for every member. */
function statedSize(bytes: Uint8Array, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  for (let at = 0; at + 46 <= out.length; at++)
    if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, size, true);
  return out;
}

const refusal = (result: ReturnType<typeof zipMembers>) => (result.ok ? null : (result.issues[0]?.message ?? ''));

describe('zip members', () => {
  it('refuses a member that inflates past the size its directory states, rather than cutting it short', () => {
    const bytes = statedSize(zipSync({ 'a.ndjson': encode(LINES) }, { level: 6 }), 100);
    expect(refusal(zipMembers(bytes))).toContain('a.ndjson inflates past the 100 bytes');
  });

  it('refuses a member that inflates to less than its directory states', () => {
    const bytes = statedSize(zipSync({ 'a.ndjson': encode(LINES) }, { level: 6 }), LINES.length + 5);
    expect(refusal(zipMembers(bytes))).toContain(
      `a.ndjson inflates to ${LINES.length} bytes, not the ${LINES.length + 5}`,
    );
  });

  it('reads a stored member whose sizes disagree as damaged', () => {
    const bytes = statedSize(zipSync({ 'a.ndjson': encode(LINES) }, { level: 0 }), 10);
    expect(refusal(zipMembers(bytes))).toContain('a.ndjson');
  });

  it('keeps both of two members with the same name, in archive order', () => {
    const bytes = renamed(zipSync({ 'a.xml': encode('<a>1</a>'), 'b.xml': encode('<a>2</a>') }), 'b.xml', 'a.xml');
    const members = zipMembers(bytes);
    if (!members.ok) throw new Error(members.issues[0]?.message);
    expect(members.value.members.map((member) => [member.name, decode(member.bytes)])).toEqual([
      ['a.xml', '<a>1</a>'],
      ['a.xml', '<a>2</a>'],
    ]);
  });

  it('reads a member named __proto__ like any other, touching no prototype', () => {
    const bytes = renamed(
      zipSync({ 'a.xml': encode('<a>1</a>'), xxxxxxxxx: encode('<a>2</a>') }),
      'xxxxxxxxx',
      '__proto__',
    );
    const members = zipMembers(bytes);
    if (!members.ok) throw new Error(members.issues[0]?.message);
    expect(members.value.members.map((member) => member.name)).toEqual(['a.xml', '__proto__']);
  });

  it('passes over folders and reads UTF-8 names', () => {
    const members = zipMembers(zipSync({ 'Überweisungen/': new Uint8Array(0), 'Überweisungen/ä.xml': encode('<a/>') }));
    if (!members.ok) throw new Error(members.issues[0]?.message);
    expect(members.value.members.map((member) => member.name)).toEqual(['Überweisungen/ä.xml']);
  });
});
