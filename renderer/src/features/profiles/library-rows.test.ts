import { describe, expect, it } from 'vitest';
import type { ProfileInfo } from '../../../../core/rpc/contract.ts';
import { libraryRows } from './library-rows.ts';

const info = (
  id: string,
  version: number,
  origin: ProfileInfo['origin'],
  imports = 0,
  last_used: string | null = null,
): ProfileInfo => ({
  id,
  version,
  label: `${id}@${version}`,
  name: { en: `${id} bank`, 'zh-CN': `${id} 银行` },
  side: 'statement',
  format: 'csv',
  source: 'bank',
  origin,
  status: 'published',
  content_hash: `${id}${version}`.padEnd(64, '0'),
  imports,
  last_used,
});

const LIBRARY = [
  info('nl-ing', 1, 'builtin', 3, '2026-01-02T00:00:00Z'),
  info('musterbank', 1, 'user', 2, '2026-03-01T00:00:00Z'),
  info('musterbank', 2, 'user', 1, '2026-03-05T00:00:00Z'),
  info('nl-ing', 2, 'user'),
];

describe('the library list', () => {
  it('shows one row per profile, mine first, with its newest version and every version’s imports', () => {
    const rows = libraryRows(LIBRARY, '', 'all');
    expect(rows.map((row) => [row.key, row.latest.label, row.versions.length, row.imports, row.last_used])).toEqual([
      ['user:musterbank', 'musterbank@2', 2, 3, '2026-03-05T00:00:00Z'],
      ['user:nl-ing', 'nl-ing@2', 1, 0, null],
      ['builtin:nl-ing', 'nl-ing@1', 1, 3, '2026-01-02T00:00:00Z'],
    ]);
  });

  it('finds profiles by every word typed, in either language, and by origin', () => {
    expect(libraryRows(LIBRARY, 'ING bank', 'all').map((row) => row.key)).toEqual(['user:nl-ing', 'builtin:nl-ing']);
    expect(libraryRows(LIBRARY, '银行', 'builtin').map((row) => row.key)).toEqual(['builtin:nl-ing']);
    expect(libraryRows(LIBRARY, 'paypal', 'all')).toEqual([]);
  });
});
