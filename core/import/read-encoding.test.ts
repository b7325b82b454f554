// Statements in legacy encodings: read in the encoding their bytes are, recorded as such, and
// never decoded into the wrong alphabet without a word.
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CanonicalRecord } from '../canonical/record.ts';
import type { Encoding } from '../decode/encoding.ts';
import type { EngineHandlers, HandlerContext } from '../rpc/contract.ts';
import { builtinProfiles } from '../profile/builtin.ts';
import type { Profile } from '../profile/types.ts';
import { createHandlers } from '../rpc/handlers.ts';
import { bytesSource } from './types.ts';
import { sharedPath } from '../../test/shared-folder.ts';

const REALWORLD = sharedPath('realworld', 'core/import/read-encoding.test.ts (real GBK and Latin-1 files)') ?? '';
const CONTEXT: HandlerContext = { progress: () => {}, cancelled: () => false };

let sqlJs: SqlJsStatic;
beforeAll(async () => {
  sqlJs = await initSqlJs();
});

/** A generic statement sheet (its profile declares no legacy encoding) with the given partner on its one row. */
const sheet = (partner: string) =>
  [
    '"Date","Label","Currency","Amount","Amount Currency","Partner Name","Bank Account"',
    `"12/15/2018","Zahlung ${partner}","EUR","1,525.00","1,000.00","${partner}",""`,
    '',
  ].join('\n');

async function importBytes(name: string, bytes: Uint8Array, encoding?: Encoding, profile?: Profile) {
  const extra = profile ? { profiles: [profile] } : {};
  const engine: EngineHandlers = createHandlers({ sqlJs, now: () => '2024-03-16T09:00:00+08:00', ...extra });
  const file = bytesSource(name, bytes);
  const chosen = { ...(encoding ? { encoding } : {}), ...(profile ? { profile_id: profile.id } : {}) };
  const result = await engine['import/file']({ file, ...chosen }, CONTEXT);
  if (!result.ok) return { error: result.issues[0], summary: null, records: [], stored: [] };
  const converted = await engine['convert/import']({ import_id: result.value.import_id, to: 'ndjson' }, CONTEXT);
  const records = new TextDecoder()
    .decode(converted)
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as CanonicalRecord);
  return { error: null, summary: result.value, records, stored: await engine['import/list']({}, CONTEXT) };
}

describe('a statement in a legacy encoding', () => {
  it('written in Windows-1252 reads as Windows-1252, recorded so, with a warning that it was inferred', async () => {
    const bytes = new Uint8Array(iconv.encode(sheet('Müller Straße'), 'windows-1252'));
    const { summary, records, stored } = await importBytes('statement.csv', bytes);
    expect(summary?.encoding).toBe('windows-1252');
    expect(stored[0]?.warnings).toEqual(summary?.warnings);
    expect(records.map((record) => record.description)).toEqual(['Zahlung Müller Straße']);
    expect(records[0]?.counterparty).toBe('Müller Straße');
    expect(summary?.warnings.map((said) => said.code)).toEqual(['encoding_inferred', 'currency_assumed']);
  });

  it('written in GBK under a profile that declares none reads as GB18030, with a warning', async () => {
    const bytes = new Uint8Array(iconv.encode(sheet('上海某某贸易有限公司'), 'gbk'));
    const { summary, records } = await importBytes('statement.csv', bytes);
    expect(summary?.encoding).toBe('gb18030');
    expect(records[0]?.counterparty).toBe('上海某某贸易有限公司');
    expect(summary?.warnings[0]?.message).toBe(
      'The file is not UTF-8; read as GB18030: its bytes are GB18030 text (its profile names no legacy encoding).',
    );
  });

  it.skipIf(!REALWORLD)(
    'in real GBK under a profile that declares GB18030 reads with no encoding warning',
    async () => {
      const bytes = fs.readFileSync(path.join(REALWORLD, 'alipay/alipay-personal-2021-app-footer-summary_GBK_deg.csv'));
      const { summary, records } = await importBytes('alipay.csv', new Uint8Array(bytes));
      expect(summary?.encoding).toBe('gb18030');
      expect(summary?.warnings.filter((said) => said.code.startsWith('encoding'))).toEqual([]);
      expect(records.some((record) => /[\u4e00-\u9fff]/.test(record.description ?? ''))).toBe(true);
    },
  );

  it.skipIf(!REALWORLD)(
    'in real Latin-1 reads the same under a profile that declares no legacy encoding, with a warning',
    async () => {
      const bytes = new Uint8Array(
        fs.readFileSync(path.join(REALWORLD, 'bank_csv/at-oberbank_ofxstatement-austrian.csv')),
      );
      const oberbank = builtinProfiles().find((profile) => profile.id === 'at-oberbank') as Profile;
      const declared = await importBytes('oberbank.csv', bytes);
      const undeclared = await importBytes('oberbank.csv', bytes, undefined, {
        ...oberbank,
        id: 'oberbank-utf8',
        encoding: 'utf-8',
      });
      expect(declared.summary).toMatchObject({ encoding: 'windows-1252', warnings: [] });
      expect(undeclared.summary?.encoding).toBe('windows-1252');
      expect(undeclared.summary?.warnings.map((said) => said.code)).toEqual(['encoding_inferred']);
      expect(undeclared.records.map((record) => record.description)).toEqual(
        declared.records.map((r) => r.description),
      );
      expect(declared.records.some((record) => /[äöüß]/i.test(record.description ?? ''))).toBe(true);
    },
  );

  it('whose bytes read as two different texts is refused, naming both, until its encoding is named', async () => {
    const bytes = new Uint8Array(iconv.encode(sheet('PÄÄ OY'), 'windows-1252'));
    const refused = await importBytes('statement.csv', bytes);
    expect(refused.error?.code).toBe('encoding_ambiguous');
    expect(refused.error?.message).toContain('reads as two different texts');
    expect(refused.error?.message).toContain('as Windows-1252 "');
    expect(refused.error?.message).toContain('name its encoding (gb18030 or windows-1252');
    const named = await importBytes('statement.csv', bytes, 'windows-1252');
    expect(named.summary?.encoding).toBe('windows-1252');
    expect(named.records[0]?.counterparty).toBe('PÄÄ OY');
    expect(named.summary?.warnings.map((said) => said.code)).toEqual(['currency_assumed']);
  });
});
