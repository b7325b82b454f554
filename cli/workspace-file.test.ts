import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FileError } from './file-error.ts';
import { nodeFilePort, type FilePort } from './file-port.ts';
import { createNodeEngine } from './node-engine.ts';
import { refuseOverwritingInputs } from './same-file.ts';
import { refuseUnkeepableWorkspace, workspaceOutputs, writeWorkspace } from './workspace-file.ts';

let sqlJs: SqlJsStatic;
let empty: Uint8Array;
let folder = '';
let target = '';

beforeAll(async () => {
  sqlJs = await initSqlJs();
  const engine = await createNodeEngine();
  empty = await engine['workspace/export']({}, { progress: () => {}, cancelled: () => false });
});

beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'recondesk-ws-'));
  target = path.join(folder, 'ws.sqlite');
});

afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

/** A good workspace that says which save it was (a table named after it). */
function workspaceOfSave(save: number): Uint8Array {
  const db = new sqlJs.Database(empty);
  try {
    db.exec(`CREATE TABLE save_${save} (x INTEGER)`);
    return db.export();
  } finally {
    db.close();
  }
}

/** Which save a file holds, by the table it carries. */
function saveIn(file: string): number {
  const db = new sqlJs.Database(fs.readFileSync(file));
  try {
    const name = db.exec("SELECT name FROM sqlite_schema WHERE name LIKE 'save_%'")[0]?.values[0]?.[0];
    return Number(String(name).slice('save_'.length));
  } finally {
    db.close();
  }
}

const generations = () =>
  ['ws.sqlite', 'ws.sqlite.1', 'ws.sqlite.2', 'ws.sqlite.3'].map((n) => saveIn(path.join(folder, n)));

describe('writeWorkspace', () => {
  it('keeps the three saves before the current one, newest first, and nothing else', async () => {
    for (const save of [1, 2, 3, 4, 5]) await writeWorkspace(target, workspaceOfSave(save));
    expect(generations()).toEqual([5, 4, 3, 2]);
    expect(fs.readdirSync(folder).sort()).toEqual(['ws.sqlite', 'ws.sqlite.1', 'ws.sqlite.2', 'ws.sqlite.3']);
  });

  it('a file that reads back otherwise than written replaces nothing and moves no copy', async () => {
    for (const save of [1, 2, 3, 4]) await writeWorkspace(target, workspaceOfSave(save));
    // The disk returns the temp file with a byte flipped.
    const temps = new Set<number>();
    const lyingDisk: FilePort = {
      ...nodeFilePort,
      open: (file, flags) => {
        const fd = nodeFilePort.open(file, flags);
        if (file.endsWith('.tmp') && flags === 'r') temps.add(fd);
        return fd;
      },
      read: (fd, into, position) => {
        const read = nodeFilePort.read(fd, into, position);
        if (temps.has(fd) && read > 0) into[read - 1] = (into[read - 1] ?? 0) ^ 0xff;
        return read;
      },
    };
    await expect(writeWorkspace(target, workspaceOfSave(5), lyingDisk)).rejects.toThrow(
      `cannot write ${target}: the file read back differs from what was written`,
    );
    expect(generations()).toEqual([4, 3, 2, 1]);
    expect(fs.readdirSync(folder)).toHaveLength(4);
  });

  it('bytes that are no workspace are refused before anything is written', async () => {
    for (const save of [1, 2]) await writeWorkspace(target, workspaceOfSave(save));
    const foreign = new sqlJs.Database();
    foreign.exec('PRAGMA application_id = 7; CREATE TABLE other (x INTEGER)');
    const bytes = foreign.export();
    foreign.close();
    await expect(writeWorkspace(target, bytes)).rejects.toThrow(
      `cannot write ${target}: the workspace to save belongs to another application`,
    );
    expect([saveIn(target), saveIn(`${target}.1`)]).toEqual([2, 1]);
    expect(fs.readdirSync(folder).sort()).toEqual(['ws.sqlite', 'ws.sqlite.1']);
  });

  it('a rotation that fails half-way leaves the current file and every copy under some name', async () => {
    for (const save of [1, 2, 3]) await writeWorkspace(target, workspaceOfSave(save));
    let renames = 0;
    const failsSecondRename: FilePort = {
      ...nodeFilePort,
      rename: (from, to) => {
        if (++renames === 2) throw Object.assign(new Error('EACCES: injected'), { code: 'EACCES' });
        nodeFilePort.rename(from, to);
      },
    };
    await expect(writeWorkspace(target, workspaceOfSave(4), failsSecondRename)).rejects.toThrow(
      `cannot write ${target}: permission denied (EACCES)`,
    );
    expect(saveIn(target)).toBe(3);
    const kept = fs.readdirSync(folder).map((name) => saveIn(path.join(folder, name)));
    expect(new Set(kept)).toEqual(new Set([1, 2, 3]));
    // The next save closes the gap.
    await writeWorkspace(target, workspaceOfSave(4));
    expect(generations()).toEqual([4, 3, 2, 1]);
  });

  it('a save killed between keeping the current file as .1 and replacing it costs no copy', async () => {
    for (const save of [1, 2, 3, 4]) await writeWorkspace(target, workspaceOfSave(save));
    // What the killed save had done: copies moved up, the current file given its second name .1.
    for (const n of [3, 2, 1]) fs.renameSync(`${target}.${n}`, `${target}.${n + 1}`);
    fs.linkSync(target, `${target}.1`);
    await writeWorkspace(target, workspaceOfSave(5));
    expect(generations()).toEqual([5, 4, 3, 2]);
    expect(fs.readdirSync(folder)).toHaveLength(4);
  });

  it('the next run after such a kill is not refused: a backup may be the workspace, never another output', () => {
    for (const save of [1, 2]) fs.writeFileSync(save === 1 ? target : `${target}.${save}`, workspaceOfSave(save));
    fs.linkSync(target, `${target}.1`);
    expect(() => refuseOverwritingInputs(['orders.csv'], workspaceOutputs(target))).not.toThrow();
    const out = { path: `${target}.1`, option: '--out' };
    expect(() => refuseOverwritingInputs(['orders.csv'], [out, ...workspaceOutputs(target)])).toThrow(
      /it is also .*ws\.sqlite\.1 \(--out\)/,
    );
  });

  it('where links are not possible the previous file is copied', async () => {
    await writeWorkspace(target, workspaceOfSave(1));
    const noLinks: FilePort = {
      ...nodeFilePort,
      link: () => {
        throw Object.assign(new Error('EXDEV: injected'), { code: 'EXDEV' });
      },
    };
    await writeWorkspace(target, workspaceOfSave(2), noLinks);
    expect([saveIn(target), saveIn(`${target}.1`)]).toEqual([2, 1]);
    expect(fs.readdirSync(folder).sort()).toEqual(['ws.sqlite', 'ws.sqlite.1']);
  });
});

describe('refuseUnkeepableWorkspace', () => {
  it('accepts a missing path and a good workspace', async () => {
    await expect(refuseUnkeepableWorkspace(target)).resolves.toBeUndefined();
    fs.writeFileSync(target, workspaceOfSave(1));
    await expect(refuseUnkeepableWorkspace(target)).resolves.toBeUndefined();
  });

  it.each([
    ['another application’s database', 'it belongs to another application'],
    ['an order export', 'it is not a SQLite database'],
  ])('refuses %s, naming why, and leaves it as it was', async (kind, why) => {
    let bytes: Uint8Array = new TextEncoder().encode('order_no,amount\nSO1,12.00\n');
    if (kind.startsWith('another')) {
      const db = new sqlJs.Database();
      db.exec('CREATE TABLE contacts (name TEXT)');
      bytes = db.export();
      db.close();
    }
    fs.writeFileSync(target, bytes);
    const refused = refuseUnkeepableWorkspace(target);
    await expect(refused).rejects.toBeInstanceOf(FileError);
    await expect(refused).rejects.toThrow(
      `cannot write ${target}: ${why}, so it is not replaced: move it away or choose another path`,
    );
    expect(Buffer.from(fs.readFileSync(target)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('keeps a workspace whose audit trail was edited outside ReconDesk, and says so', async () => {
    const db = new sqlJs.Database(empty);
    db.run(
      `INSERT INTO audit (seq, at, user, action, subject, detail_json, previous_hash, hash)
       VALUES (1, '2024-03-16T09:00:00Z', 'mallory', 'import', 'import #1', '{}', ?, 'not its hash')`,
      ['0'.repeat(64)],
    );
    fs.writeFileSync(target, db.export());
    db.close();
    const said: string[] = [];
    const error = console.error;
    console.error = (line: string) => void said.push(line);
    try {
      await expect(refuseUnkeepableWorkspace(target)).resolves.toBeUndefined();
    } finally {
      console.error = error;
    }
    expect(said).toEqual([
      `recondesk: warning: ${target}: The audit trail was changed outside ReconDesk: entry #1 was edited ` +
        '(its content does not give its hash) (1 entries, head not its hash).',
    ]);
  });
});
