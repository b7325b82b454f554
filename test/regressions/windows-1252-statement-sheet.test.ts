// Reported: a generic statement sheet written in Windows-1252 imported as "Zahlung M黮ler Stra遝"
// (decoded as GB18030), cleanly, with its encoding recorded as utf-8.
import iconv from 'iconv-lite';
import { expect, it } from 'vitest';
import { createSha256 } from '../../core/import/hash.ts';
import { readFile } from '../../core/import/read-file.ts';
import { bytesSource } from '../../core/import/types.ts';
import { builtinProfiles } from '../../core/profile/builtin.ts';

const SHEET = [
  'Date,Label,Currency,Amount,Amount Currency,Partner Name,Bank Account',
  '12/15/2018,Zahlung Müller Straße,EUR,-25.00,0.0,Müller,DE02120300000000202051',
  '',
].join('\n');

it('reads a Windows-1252 statement sheet in Windows-1252, records that encoding and says it was inferred', async () => {
  const file = bytesSource('statement.csv', new Uint8Array(iconv.encode(SHEET, 'windows-1252')));
  const events = [];
  for await (const event of readFile(file, { profiles: builtinProfiles(), createHasher: createSha256 }))
    events.push(event);
  const start = events.find((event) => event.type === 'start');
  const end = events.find((event) => event.type === 'end');
  expect(start?.encoding).toBe('windows-1252');
  const text = new TextDecoder().decode(
    events.flatMap((event) => (event.type === 'batch' ? [event.batch.text] : []))[0],
  );
  expect(text).toContain('Zahlung Müller Straße');
  expect(text).not.toContain('M黮ler');
  expect(end?.type === 'end' && end.totals.warnings.map((said) => said.code)).toContain('encoding_inferred');
});
