import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import type {
  ByteSource,
  EngineHandlers,
  ImportSummary,
  OverlapPolicy,
  Profile,
  RunParameters,
} from '../core/index.ts';
import { isOverlapIssue, loadExcelJS } from '../core/index.ts';
import { parameterFlags, PARAMETER_VALUE_FLAGS, rememberedParameters, runParameters } from './run-parameters.ts';
import { cliContext, createNodeEngine, fileSource, sourcePaths } from './node-engine.ts';
import { forcedProfiles, PROFILE_OPTIONS, readProfileFolders, type ForcedProfile } from './profile-flags.ts';
import { ReaderPool } from './reader-pool.ts';
import { completenessExit } from './completeness-output.ts';
import { maskChoice, MASK_OPTIONS } from './mask-option.ts';
import { printSummary, reconcileJson } from './reconcile-output.ts';
import { refuseOverwritingInputs } from './same-file.ts';
import { attachDashedValues, encodingOption, InputError, languageOption, roundingOption } from './usage.ts';
import { refuseUnkeepableWorkspace, workspaceOutputs, writeWorkspace } from './workspace-file.ts';
import { roundingHint } from './rounding-hint.ts';
import { writeFileAtomic } from './write-file.ts';
import {
  businessDay,
  fileExists,
  LEDGER_OPTIONS,
  ledgerRun,
  ledgerRunOptions,
  openSavedWorkspace,
  type LedgerRunOptions,
} from './ledger-run.ts';
import { ledgerJson, ledgerLine } from './ledger-output.ts';

/** Reader threads: files are read on them while the main thread stores and matches. */
const READER_THREADS = 2;

/** `recondesk reconcile`: import the book and statements, match, write the workbook and workspace. */
export async function reconcileCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: attachDashedValues(argv, PARAMETER_VALUE_FLAGS),
    allowPositionals: true,
    options: {
      book: { type: 'string', multiple: true },
      out: { type: 'string' },
      workspace: { type: 'string' },
      json: { type: 'boolean', default: false },
      'cross-day-window': { type: 'string' },
      'fee-rate': { type: 'string', multiple: true },
      tolerance: { type: 'string', multiple: true },
      'date-window': { type: 'string', multiple: true },
      language: { type: 'string' },
      currency: { type: 'string' },
      replace: { type: 'boolean', default: false },
      'allow-overlap': { type: 'boolean', default: false },
      encoding: { type: 'string' },
      'round-excess-decimals': { type: 'string' },
      ...PROFILE_OPTIONS,
      ...MASK_OPTIONS,
      ...LEDGER_OPTIONS,
    },
  });
  const books = values.book ?? [];
  // A workspace may hold the books already (a newer download of the day's bill, a later statement).
  if (books.length === 0 && values.workspace === undefined)
    throw new InputError('reconcile needs --book ORDERS (the order export)');
  if (positionals.length === 0) throw new InputError('reconcile needs at least one STATEMENT file');
  if (values.replace && values['allow-overlap']) throw new InputError('give --replace or --allow-overlap, not both');
  const onOverlap: OverlapPolicy = values.replace ? 'replace' : values['allow-overlap'] ? 'allow' : 'refuse';
  const language = languageOption(values.language);
  const given = parameterFlags(values);
  // Refused before any file is read; a workspace's remembered settings fill in what is not given.
  let parameters = runParameters(given);
  const ledger = ledgerRunOptions(values);
  // Statements, then books, each in name order: the same inputs give the same workspace, whatever the order given.
  const files = [...[...positionals].sort(), ...[...books].sort()];
  refuseOverwritingInputs(files, [
    ...(values.out === undefined ? [] : [{ path: values.out, option: '--out' }]),
    ...(values.corrections === undefined ? [] : [{ path: values.corrections, option: '--corrections' }]),
    ...workspaceOutputs(values.workspace),
  ]);
  // A workspace the run adds a day to is checked once, when it is opened below.
  if (values.workspace !== undefined && (values.new || !fileExists(values.workspace)))
    await refuseUnkeepableWorkspace(values.workspace);
  const user = readProfileFolders(values.profiles ?? []);
  const forced = forcedProfiles(values.profile ?? [], files);
  const sources = files.map((path) => ({ source: fileSource(path), path, ...forcedId(forced(path)) }));
  const inputBytes = sources.reduce((sum, { source }) => sum + source.size, 0);
  const currency = values.currency?.toUpperCase();
  const userProfiles = user.map((version) => version.profile);
  const readers = new ReaderPool(Math.min(READER_THREADS, files.length), inputBytes, {
    ...(currency === undefined ? {} : { currency }),
    ...encodingOption(values.encoding),
    ...roundingOption(values['round-excess-decimals']),
    ...(userProfiles.length === 0 ? {} : { userProfiles }),
  });
  try {
    // The largest file takes longest to read: it starts first, while the others are read and stored.
    const largest = sources.reduce((a, b) => (b.source.size > a.source.size ? b : a));
    readers.prefetch([largest, ...sources.filter((entry) => entry !== largest)]);
    // The workbook writer loads while the reader threads start up and this thread waits for their first rows.
    if (values.out) void loadExcelJS();
    const engine = await createNodeEngine(readers.reader(), user);
    if (values.workspace !== undefined) {
      await openSavedWorkspace(engine, values.workspace, values.new, cliContext());
      const say = (line: string) => console.error(`recondesk reconcile: ${line}`);
      parameters = (await rememberedParameters(engine, given, cliContext(), say)) ?? parameters;
    }
    // The reader threads' memory goes back before matching and reporting need theirs.
    return await reconcileFiles(
      engine,
      sources.map(({ source }) => source),
      {
        parameters,
        language,
        out: values.out,
        workspace: values.workspace,
        json: values.json,
        onOverlap,
        mask: maskChoice(values),
        user: ledger.user,
        ledger,
        imported: () => readers.close(),
      },
    );
  } finally {
    await readers.close();
  }
}

type ReconcileSettings = {
  parameters: RunParameters;
  language: 'en' | 'zh-CN';
  out: string | undefined;
  workspace: string | undefined;
  json: boolean;
  /** What to do with a file that repeats a statement already imported. */
  onOverlap: OverlapPolicy;
  ledger: LedgerRunOptions;
  /** Called once every file is stored. */
  imported: () => Promise<void>;
  /** `--mask` / `--no-mask`, remembered by the workspace; undefined keeps its choice. */
  mask: boolean | undefined;
  /** Recorded on the audit trail. */
  user: string;
};

async function reconcileFiles(
  engine: EngineHandlers,
  sources: ByteSource[],
  settings: ReconcileSettings,
): Promise<number> {
  const started = performance.now();
  const { parameters, language } = settings;
  const phases: Record<string, number> = {};
  const phase = (name: string, since: number) => (phases[name] = round((performance.now() - since) / 1000));
  const context = cliContext(settings.user);
  let imports: ImportSummary[] = [];
  const overlap = { on_overlap: settings.onOverlap, batch: randomUUID() };
  for (const source of sources) {
    const t = performance.now();
    const stored = await importOrThrow(engine, source, context, overlap);
    // A file given later replaces a repeat of it given earlier in the same call.
    imports = [...imports.filter((entry) => !stored.replaced?.includes(entry.import_id)), stored];
    phase(`import ${source.name}`, t);
  }
  await settings.imported();
  let t = performance.now();
  const day = await businessDay(
    engine,
    imports.map((entry) => entry.import_id),
    settings.ledger,
    context,
  );
  const scope = day ? { import_ids: day.import_ids } : {};
  const run = await engine['match/run']({ parameters, ...scope }, context);
  if (!run.ok) throw new InputError(run.issues.map((i) => i.message).join('\n'));
  phase('match', t);
  if (settings.mask !== undefined) await engine['settings/mask']({ mask: settings.mask }, context);
  t = performance.now();
  const ledger = day ? await ledgerRun(engine, run.value, day.business_date, settings.ledger, context) : null;
  phase('ledger', t);
  if (settings.out) {
    t = performance.now();
    writeFileAtomic(settings.out, await engine['report/workbook']({ run_id: run.value.run_id, language }, context));
    phase('report', t);
  }
  if (settings.workspace) {
    t = performance.now();
    await writeWorkspace(settings.workspace, await engine['workspace/export']({}, context));
    phase('workspace', t);
  }
  const total = round((performance.now() - started) / 1000);
  const paths = new Map(
    imports.map((summary, index) => [summary.import_id, inputPath(sources[index]) ?? summary.file]),
  );
  if (settings.json)
    console.log(JSON.stringify({ ...reconcileJson(run.value, imports, phases, total, paths), ...ledgerJson(ledger) }));
  else {
    for (const summary of imports) {
      for (const said of summary.warnings)
        console.error(`${summary.file}${said.line ? `:${said.line}` : ''}: warning: ${said.message}`);
      const hint = roundingHint(summary);
      if (hint) console.error(hint);
    }
    printSummary(run.value, imports, settings.out);
    if (ledger) console.log(ledgerLine(ledger));
  }
  return completenessExit(run.value.completeness, paths, (line) => console.error(`recondesk reconcile: ${line}`));
}

/** The forced profile as the reader threads take it. */
const forcedId = (forced: ForcedProfile): { profileId?: string | Profile } =>
  'profile' in forced ? { profileId: forced.profile } : 'profile_id' in forced ? { profileId: forced.profile_id } : {};

const inputPath = (source: ByteSource | undefined): string | undefined =>
  source && (sourcePaths.get(source) ?? source.name);

async function importOrThrow(
  engine: EngineHandlers,
  source: ByteSource,
  context: ReturnType<typeof cliContext>,
  overlap: { on_overlap: OverlapPolicy; batch: string },
): Promise<ImportSummary> {
  const file = sourcePaths.get(source) ?? source.name;
  const result = await engine['import/file']({ file: source, ...overlap }, context);
  if (!result.ok) {
    const lines = result.issues.map((i) => `${file}${i.line ? `:${i.line}` : ''}: ${i.message}${overlapHint(i)}`);
    throw new InputError(lines.join('\n'));
  }
  return result.value;
}

const overlapHint = (found: Parameters<typeof isOverlapIssue>[0]): string =>
  isOverlapIssue(found) ? '; --replace keeps only this file, --allow-overlap keeps both' : '';

const round = (seconds: number): number => Math.round(seconds * 1000) / 1000;
