// Found by `npm run fuzz` (seed 4, mutations 1605 and 2913): an OFX file whose first aggregate is
// closed by the end tag of an element never opened (`<OFX></BANKMSGSRSV1>`) crashed the reader
// with "Cannot read properties of undefined": the repair closed the document itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSha256 } from '../../core/import/hash.ts';
import type { ReadEvent } from '../../core/import/read-events.ts';
import { readFile } from '../../core/import/read-file.ts';
import { bytesSource } from '../../core/import/types.ts';
import { builtinProfiles } from '../../core/profile/builtin.ts';
import { mutate, mutationAt } from '../../scripts/fuzz-mutate.ts';
import { REALWORLD } from '../../scripts/fuzz-run.ts';

const HEADER = 'OFXHEADER:100\r\nDATA:OFXSGML\r\nVERSION:102\r\nENCODING:USASCII\r\nCHARSET:1252\r\n\r\n';

async function endOf(name: string, bytes: Uint8Array): Promise<ReadEvent[]> {
  const ends: ReadEvent[] = [];
  for await (const event of readFile(bytesSource(name, bytes), {
    profiles: builtinProfiles(),
    createHasher: createSha256,
  }))
    if (event.type === 'end' || event.type === 'error') ends.push(event);
  return ends;
}

/** The damaged copy the fuzz run made: the same seed and index damage the same file the same way. */
function damaged(seed: number, index: number, file: string): Uint8Array {
  const { random, kind } = mutationAt(seed, index, 1);
  return mutate(kind, random, new Uint8Array(readFileSync(join(REALWORLD, file)))).bytes;
}

describe('an OFX end tag that names nothing open', () => {
  it('is read as the end of the open aggregate, and the file refused for having no statement', async () => {
    const ends = await endOf('bank.ofx', new TextEncoder().encode(`${HEADER}<OFX></BANKMSGSRSV1>\r\n`));
    expect(ends).toHaveLength(1);
    const [end] = ends;
    expect(end?.type).toBe('error');
    if (end?.type !== 'error') return;
    expect(end.issue.file).toBe('bank.ofx');
    expect(end.issue.message).toBe('The file has no statement (no STMTRS, CCSTMTRS or INVSTMTRS).');
  });

  it.each([
    [4, 1605, 'ofx/sgml102-bank-small_ofxparse.ofx', 'The file has no statement (no STMTRS, CCSTMTRS or INVSTMTRS).'],
    [
      4,
      2913,
      'ofx/broken_date-missing_ofxparse.ofx',
      'Line 3: the file has no <OFX> root element (it starts with <RNRS>).',
    ],
  ])('seed %i mutation %i of %s is refused with a message, not a crash', async (seed, index, file, message) => {
    const ends = await endOf(file.split('/').pop() ?? file, damaged(seed, index, file));
    expect(ends.map((event) => (event.type === 'error' ? event.issue.message : event.type))).toEqual([message]);
  });
});
