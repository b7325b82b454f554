import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bytesSource } from '../import/types.ts';
import { verifyWorkspace } from '../store/verify-workspace.ts';
import { auditEntries, entryHash, GENESIS_HASH } from './audit.ts';
import { verifyAuditChain } from './audit-chain.ts';
import { as, createDesk } from './test-desk.ts';

/** The demo Alipay bill: 2024-03-15. */
const sample = (name: string) => bytesSource(name, fs.readFileSync(new URL(`../../samples/${name}`, import.meta.url)));

async function deskWithTrail() {
  const desk = createDesk();
  const { engine } = desk;
  expect((await engine['import/file']({ file: sample('alipay.csv') }, as('auditor.zhang'))).ok).toBe(true);
  expect((await engine['signoff/ready']({ from: '2024-03-15', to: '2024-03-15' }, as('li.wei'))).ok).toBe(true);
  const bytes = await engine['workspace/export']({}, as('li.wei'));
  return { ...desk, bytes };
}

describe('the audit trail', () => {
  it('refuses UPDATE and DELETE of an entry with SQLite triggers, in the saved file too', async () => {
    const { sqlJs, bytes } = await deskWithTrail();
    const file = new sqlJs.Database(bytes);
    expect(() => file.run("UPDATE audit SET user = 'someone' WHERE seq = 1")).toThrow(/append-only.*changed/);
    expect(() => file.run('DELETE FROM audit WHERE seq = 2')).toThrow(/append-only.*removed/);
    expect(file.exec('SELECT user FROM audit ORDER BY seq')[0]?.values).toEqual([['auditor.zhang'], ['li.wei']]);
    file.close();
  });

  it('chains each entry to the one before and verifies as intact', async () => {
    const { engine } = await deskWithTrail();
    const report = await engine['audit/list']({}, as('li.wei'));
    expect(report.entries.map((entry) => [entry.seq, entry.action, entry.user])).toEqual([
      [1, 'import', 'auditor.zhang'],
      [2, 'signoff.ready', 'li.wei'],
    ]);
    expect(report.entries[1]?.previous_hash).toBe(report.entries[0]?.hash);
    expect(report.chain).toEqual({ entries: 2, head: report.entries[1]?.hash, intact: true });
    // The sign-off records the chain as it stood before it.
    expect(report.entries[1]?.detail).toMatchObject({ chain_entries: 1, chain_head: report.entries[0]?.hash });
  });

  it('names the entry when one byte of the audit table was changed in the file', async () => {
    const { sqlJs, bytes } = await deskWithTrail();
    const name = new TextEncoder().encode('auditor.zhang');
    const at = indexOf(bytes, name);
    expect(at).toBeGreaterThan(0);
    const edited = bytes.slice();
    edited[at + name.length - 1] = 'f'.charCodeAt(0);
    const file = new sqlJs.Database(edited);
    expect(file.exec('SELECT user FROM audit WHERE seq = 1')[0]?.values).toEqual([['auditor.zhanf']]);
    expect(verifyAuditChain(file)).toMatchObject({
      intact: false,
      broken_at: 1,
      problem: 'entry #1 was edited (its content does not give its hash)',
    });
    file.close();
    const verdict = verifyWorkspace(sqlJs, edited);
    expect(verdict.ok && verdict.value.audit).toMatchObject({ intact: false, broken_at: 1, entries: 2 });
  });

  it('names the entry edited with SQL once the triggers were dropped, and a removed one', async () => {
    const { sqlJs, bytes } = await deskWithTrail();
    const file = new sqlJs.Database(bytes);
    file.exec('DROP TRIGGER audit_refuses_update; DROP TRIGGER audit_refuses_delete');
    file.run(`UPDATE audit SET detail_json = replace(detail_json, '"rows":1287', '"rows":1288') WHERE seq = 1`);
    expect(verifyAuditChain(file)).toMatchObject({ intact: false, broken_at: 1 });
    const second = new sqlJs.Database(bytes);
    second.exec('DROP TRIGGER audit_refuses_delete');
    second.run('DELETE FROM audit WHERE seq = 1');
    expect(verifyAuditChain(second)).toMatchObject({
      intact: false,
      broken_at: 2,
      problem: 'entry #1 is missing (the next one is #2)',
    });
    file.close();
    second.close();
  });

  it('names the sign-off whose recorded head a chain recomputed after an edit no longer gives', async () => {
    const { sqlJs, bytes } = await deskWithTrail();
    const file = new sqlJs.Database(bytes);
    file.exec('DROP TRIGGER audit_refuses_update');
    // Edit the import's entry and recompute every hash after it, as a careful forger would.
    const [first, second] = auditEntries(file);
    if (!first || !second) throw new Error('two entries expected');
    const forged = { ...first, user: 'mallory' };
    const forgedHash = entryHash(GENESIS_HASH, forged);
    file.run('UPDATE audit SET user = ?, hash = ? WHERE seq = 1', ['mallory', forgedHash]);
    file.run('UPDATE audit SET previous_hash = ?, hash = ? WHERE seq = 2', [forgedHash, entryHash(forgedHash, second)]);
    expect(verifyAuditChain(file)).toMatchObject({
      intact: false,
      broken_at: 2,
      problem: 'entry #2, a sign-off, recorded a chain head the entries before it no longer give',
    });
    file.close();
  });
});

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
