import type { SqlJsStatic } from 'sql.js';
import type { Hasher } from '../import/hash.ts';
import { ImportPrints } from '../import/import-prints.ts';
import { openFile } from '../import/open-file.ts';
import { readFile } from '../import/read-file.ts';
import { readProblem } from '../import/read-problem.ts';
import { storeImport } from '../import/store-import.ts';
import type { ByteSource, RowIssue } from '../import/types.ts';
import { readRecords } from '../store/read-records.ts';
import { openWorkspace, queryAll } from '../store/workspace.ts';
import type { SampleRead } from './sample.ts';
import type { Profile } from './types.ts';

export type SampleReadOptions = { sqlJs: SqlJsStatic; createHasher: () => Hasher; now: () => string };

const HEAD_ROWS = 10;

/** Read a sample file with this profile (forced, its confidence on the file still measured) in a scratch workspace. */
export async function readSample(file: ByteSource, profile: Profile, options: SampleReadOptions): Promise<SampleRead> {
  const head = await headRows(file);
  const opened = openWorkspace(options.sqlJs);
  if (!opened.ok) throw new Error(opened.issues[0]?.message ?? 'cannot open a scratch workspace');
  const workspace = opened.value;
  try {
    const events = readFile(file, { profiles: [], profileId: profile, createHasher: options.createHasher });
    const stored = await storeImport(workspace, file, events, {
      context: { progress: () => undefined, cancelled: () => false },
      now: options.now,
      prints: new ImportPrints(),
      onOverlap: 'allow',
      batch: null,
    });
    if (!stored.ok)
      return { file: file.name, head, summary: null, error: stored.issues[0] ?? null, records: [], rejections: [] };
    const id = stored.value.import_id;
    const rejections = queryAll<RowIssue>(
      workspace.db,
      'SELECT line, code, message, raw FROM rejection WHERE import_id = ? ORDER BY rowid',
      [id],
    );
    return {
      file: file.name,
      head,
      summary: stored.value,
      error: null,
      records: [...readRecords(workspace.db, id)],
      rejections,
    };
  } finally {
    workspace.db.close();
  }
}

async function headRows(file: ByteSource): Promise<string[]> {
  try {
    const opened = await openFile(file, () => undefined);
    if (opened.detect.rows) return opened.detect.rows.slice(0, HEAD_ROWS).map((row) => row.join('\t'));
    return opened.detect.text.split(/\r\n|\n|\r/).slice(0, HEAD_ROWS);
  } catch (error) {
    return [readProblem(error, file.name).message];
  }
}
