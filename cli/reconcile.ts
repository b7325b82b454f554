import path from 'node:path';
import { parseArgs } from 'node:util';
import type { EngineHandlers, ImportSummary, RunParameters } from '../core/index.ts';
import { DEFAULT_RUN_PARAMETERS, parseRatePpm } from '../core/index.ts';
import { cliContext, createNodeEngine, fileSource } from './node-engine.ts';
import { printSummary, reconcileJson } from './reconcile-output.ts';
import { InputError } from './usage.ts';
import { writeFileAtomic } from './write-file.ts';

/** `recondesk reconcile`: import the book and statements, match, write the workbook and workspace. */
export async function reconcileCommand(argv: string[]): Promise<number> {
  const started = performance.now();
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      book: { type: 'string', multiple: true },
      out: { type: 'string' },
      workspace: { type: 'string' },
      json: { type: 'boolean', default: false },
      'cross-day-window': { type: 'string' },
      'fee-rate': { type: 'string', multiple: true },
      tolerance: { type: 'string' },
      language: { type: 'string', default: 'en' },
    },
  });
  const books = values.book ?? [];
  if (books.length === 0) throw new InputError('reconcile needs --book ORDERS (the order export)');
  if (positionals.length === 0) throw new InputError('reconcile needs at least one STATEMENT file');
  const language = values.language === 'zh-CN' ? 'zh-CN' : 'en';
  const parameters = runParameters(values['cross-day-window'], values['fee-rate'] ?? [], values.tolerance);
  const phases: Record<string, number> = {};
  const phase = (name: string, since: number) => (phases[name] = round((performance.now() - since) / 1000));

  const engine = await createNodeEngine();
  const context = cliContext();
  const imports: ImportSummary[] = [];
  // Books first, then statements in name order: the same inputs give the same workspace, whatever the order given.
  const files = [...[...books].sort(), ...[...positionals].sort()];
  for (const file of files) {
    const t = performance.now();
    imports.push(await importOrThrow(engine, file, context));
    phase(`import ${path.basename(file)}`, t);
  }
  let t = performance.now();
  const run = await engine['match/run']({ parameters }, context);
  if (!run.ok) throw new InputError(run.issues.map((i) => i.message).join('\n'));
  phase('match', t);
  if (values.out) {
    t = performance.now();
    writeFileAtomic(values.out, await engine['report/workbook']({ run_id: run.value.run_id, language }, context));
    phase('report', t);
  }
  if (values.workspace) {
    t = performance.now();
    writeFileAtomic(values.workspace, await engine['workspace/export']({}, context));
    phase('workspace', t);
  }
  const total = round((performance.now() - started) / 1000);
  if (values.json) console.log(JSON.stringify(reconcileJson(run.value, imports, phases, total)));
  else printSummary(run.value, imports, values.out);
  return 0;
}

async function importOrThrow(
  engine: EngineHandlers,
  file: string,
  context: ReturnType<typeof cliContext>,
): Promise<ImportSummary> {
  const source = fileSource(file);
  const result = await engine['import/file']({ file: source }, context);
  if (!result.ok) {
    throw new InputError(result.issues.map((i) => `${file}${i.line ? `:${i.line}` : ''}: ${i.message}`).join('\n'));
  }
  return result.value;
}

function runParameters(window: string | undefined, feeRates: string[], tolerance: string | undefined): RunParameters {
  const parameters: RunParameters = {
    ...DEFAULT_RUN_PARAMETERS,
    feeRatesPpm: { ...DEFAULT_RUN_PARAMETERS.feeRatesPpm },
  };
  if (window !== undefined) {
    if (!/^\d+$/.test(window)) throw new InputError(`--cross-day-window must be whole seconds, not "${window}"`);
    parameters.crossDayWindowSeconds = Number(window);
  }
  for (const entry of feeRates) {
    const [source, rate] = entry.split('=');
    const ppm = rate === undefined ? 'missing' : parseRatePpm(rate);
    if (!source || typeof ppm === 'string')
      throw new InputError(`--fee-rate must look like alipay=0.006 or alipay=0.6%, not "${entry}"`);
    parameters.feeRatesPpm[source] = ppm;
  }
  if (tolerance !== undefined) {
    if (!/^\d+$/.test(tolerance)) throw new InputError(`--tolerance must be whole minor units, not "${tolerance}"`);
    parameters.amountToleranceMinor = Number(tolerance);
  }
  return parameters;
}

const round = (seconds: number): number => Math.round(seconds * 1000) / 1000;
