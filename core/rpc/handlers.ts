import type { SqlJsStatic } from 'sql.js';
import { convertRecords } from '../convert/convert.ts';
import type { Candidate } from '../detect/detect.ts';
import { chooseOrSuggest } from '../import/generic-reader.ts';
import { createSha256, type Hasher } from '../import/hash.ts';
import { ImportPrints } from '../import/import-prints.ts';
import { readFile, type ReadOptions } from '../import/read-file.ts';
import type { ReadEvent } from '../import/read-events.ts';
import { storeImport } from '../import/store-import.ts';
import { openFile, openedEncoding, usable, type OpenedFile } from '../import/open-file.ts';
import { readProblem } from '../import/read-problem.ts';
import type { ByteSource, DetectedBy, ImportSummary } from '../import/types.ts';
import { allFeeFindings, allFindings, listFindings } from '../match/findings.ts';
import { MatchTotalsCache } from '../match/match-totals-cache.ts';
import { runMatch } from '../match/run-match.ts';
import { DEFAULT_RUN_PARAMETERS, type RunParameters, type RunSummary } from '../match/types.ts';
import { tiers as tiersOf } from '../profile/library.ts';
import type { Profile } from '../profile/types.ts';
import { draftOf, type ProfileVersion } from '../profile/versions.ts';
import { buildDiffWorkbook } from '../report/workbook.ts';
import { readRecords } from '../store/read-records.ts';
import { exportWorkspace, openWorkspace, queryAll, queryValue, type Workspace } from '../store/workspace.ts';
import type { Detection, EngineHandlers, HandlerContext } from './contract.ts';
import { auditHandlers } from './audit-handlers.ts';
import { withGroupRules } from './group-rules.ts';
import { admitImport } from '../ledger/import-audit.ts';
import { auditRun } from '../ledger/run-audit.ts';
import { verifyAuditChain } from '../ledger/audit-chain.ts';
import { auditEntries } from '../ledger/audit.ts';
import { maskSetting } from '../ledger/mask-setting.ts';
import { engineLibrary, profileHandlers } from './profile-handlers.ts';
import { ledgerHandlers } from '../ledger/handlers.ts';
import { ledgerReportOf } from '../ledger/report-input.ts';
import { ok, type Warning } from '../result.ts';
import type { Encoding } from '../decode/encoding.ts';
import { withAccountCurrency } from '../import/account-currency.ts';

export type EngineOptions = {
  /** sql.js, initialised by the host (it knows where the wasm binary is). */
  sqlJs: SqlJsStatic;
  /** Current time as ISO 8601; defaults to the host clock. */
  now?: () => string;
  /** A native SHA-256 when the host has one. */
  createHasher?: () => Hasher;
  /**
   * How files are read into records; by default in this thread. A host with threads to spare
   * (the CLI) reads on another thread while this one stores.
   */
  readFile?: (file: ByteSource, options: ReadOptions) => AsyncIterable<ReadEvent>;
  /**
   * The user's profiles from outside the workspace (the CLI's `--profiles` folders), as content
   * (drafts) or library versions; with the workspace's own library they are tried before the built-ins.
   */
  profiles?: readonly (Profile | ProfileVersion)[];
};

/**
 * The engine behind every surface: a workspace plus the handlers of {@link EngineHandlers}.
 *
 * @example
 * const engine = createHandlers({ sqlJs: await initSqlJs() });
 * const imported = await engine['import/file']({ file }, context);
 */
export function createHandlers(options: EngineOptions): EngineHandlers {
  const now = options.now ?? (() => new Date().toISOString());
  const createHasher = options.createHasher ?? createSha256;
  const read = options.readFile ?? readFile;
  let workspace = mustOpen(options.sqlJs);
  const db = () => workspace.db;
  const extra = (options.profiles ?? []).map((entry) => ('meta' in entry ? entry : draftOf(entry)));
  const library = { db, sqlJs: options.sqlJs, createHasher, now, extra };
  const profileTiers = () => {
    const tiers = tiersOf(engineLibrary(library));
    return { builtin: tiers.builtin, user: tiers.user };
  };
  const matchTotals = new MatchTotalsCache();
  const prints = new ImportPrints();
  const summaryOf = (runId: number): RunSummary => {
    const json = queryValue(db(), 'SELECT summary_json FROM run WHERE id = ?', [runId]);
    if (typeof json !== 'string') throw new Error(`run ${runId} does not exist`);
    const summary = JSON.parse(json) as RunSummary;
    // A run saved before runs named their imports counts as made from the imports there are.
    return { ...summary, import_ids: summary.import_ids ?? imports().map((entry) => entry.import_id) };
  };
  const imports = (): ImportSummary[] =>
    queryAll<{ summary_json: string }>(db(), 'SELECT summary_json FROM import ORDER BY id').map((row) =>
      withDefaults(JSON.parse(row.summary_json) as ImportSummary),
    );

  const removed = (importId: number) => {
    matchTotals.invalidate();
    prints.drop(importId);
  };
  // The name recorded on the audit trail: the call's (the CLI's --user), else the session's (the app's name field).
  let sessionUser = 'unnamed';
  const actor = (context: HandlerContext) => ({ user: context.user?.trim() || sessionUser, at: now() });
  const setUser = (user: string) => {
    sessionUser = user.trim() || 'unnamed';
  };

  return {
    ...profileHandlers(library),
    ...auditHandlers({ db, actor, setUser, removed }),
    ...ledgerHandlers({ db, now, recordsChanged: () => matchTotals.invalidate() }),
    'import/detect': async ({ file, profile, profile_id, encoding, currency }) => {
      let opened: OpenedFile;
      try {
        opened = await openFile(file, () => undefined, encoding);
      } catch (error) {
        const message = readProblem(error, file.name).message;
        return { file: file.name, best: null, runner_up: null, message, warnings: [] };
      }
      const tiers = profileTiers();
      // Last in precedence, as on import: the generic statement reader's suggestion.
      const chosen = chooseOrSuggest(
        opened,
        file,
        usable(tiers.builtin, opened),
        profile ?? profile_id,
        { user: usable(tiers.user, opened) },
        currency,
      );
      const by: DetectedBy = chosen.ok ? chosen.value.by : 'builtin';
      const suggested = chosen.ok ? chosen.value.suggested : null;
      const detection = (c: Candidate | null): Detection | null =>
        c && {
          profile_id: c.profile.id,
          profile_version: c.profile.version,
          confidence: c.confidence,
          encoding: openedEncoding(opened, c.profile, encoding).encoding,
          by: c === runnerUp ? (tiers.user.includes(c.profile) ? 'user' : 'builtin') : by,
          ...(c !== runnerUp && suggested ? { label: suggested.label, profile: suggested.profile } : {}),
        };
      const best = chosen.ok ? { profile: chosen.value.profile, confidence: chosen.value.confidence } : null;
      const runnerUp = chosen.ok ? chosen.value.runnerUp : null;
      const message = best
        ? detectedLabel(best.profile, by, suggested?.label)
        : (chosen.ok ? '' : chosen.issues[0]?.message) || 'No profile fits this file; create one for its layout.';
      const warnings = best
        ? [...(suggested?.warnings ?? []), ...detectionWarnings(opened, best.profile, encoding)]
        : [];
      return { file: file.name, best: detection(best), runner_up: detection(runnerUp), message, warnings };
    },
    'import/file': async (
      { file, profile, profile_id, currency, encoding, on_overlap, batch, round_excess_decimals },
      context,
    ) => {
      const tiers = profileTiers();
      const requested = profile ?? profile_id;
      const readOptions: ReadOptions = {
        profiles: tiers.builtin,
        userProfiles: tiers.user,
        createHasher,
        ...(requested === undefined ? {} : { profileId: requested }),
        ...(currency === undefined ? {} : { currency }),
        ...(encoding === undefined ? {} : { encoding }),
        ...(round_excess_decimals === undefined ? {} : { roundExcessDecimals: round_excess_decimals }),
      };
      const feed = matchTotals.startImport(db());
      const stored = await storeImport(workspace, file, read(file, readOptions), {
        context,
        now,
        prints,
        onOverlap: on_overlap ?? 'refuse',
        batch: batch ?? null,
        admit: (summary) => admitImport(db(), summary, actor(context)),
        ...(feed ? { stored: (records, firstId) => feed.add(records, firstId) } : {}),
      }).catch((error: unknown) => {
        matchTotals.abandonImport();
        throw error;
      });
      if (stored.ok) matchTotals.finishImport(stored.value.import_id);
      else matchTotals.abandonImport();
      for (const replaced of stored.ok ? (stored.value.replaced ?? []) : []) {
        prints.drop(replaced);
        // The totals hold the replaced records too: the next run reads them from the records.
        matchTotals.invalidate();
      }
      return stored;
    },
    'import/list': async () => imports(),
    'match/run': async ({ parameters, import_ids }, context) => {
      context.progress({ phase: 'match', done: 0, total: 1 });
      const merged: RunParameters = {
        ...DEFAULT_RUN_PARAMETERS,
        ...parameters,
        feeRatesPpm: { ...DEFAULT_RUN_PARAMETERS.feeRatesPpm, ...parameters?.feeRatesPpm },
      };
      const totals = import_ids ? matchTotals.scoped(db(), import_ids) : matchTotals.current(db());
      const result = await runMatch(db(), merged, now(), context, totals);
      if (result.ok) auditRun(db(), result.value, imports(), actor(context));
      context.progress({ phase: 'match', done: 1, total: 1 });
      return result;
    },
    'match/latest': async () => {
      const latest = queryValue(db(), 'SELECT max(id) FROM run');
      return typeof latest === 'number' ? summaryOf(latest) : null;
    },
    'findings/list': async (query) => withGroupRules(db(), query.run_id, listFindings(db(), query)),
    'report/workbook': async ({ run_id, language, mask }, context) => {
      context.progress({ phase: 'report', done: 0, total: 1 });
      const bytes = await buildDiffWorkbook({
        summary: summaryOf(run_id),
        imports: imports(),
        findings: (category) => allFindings(db(), run_id, category),
        feeFindings: allFeeFindings(db(), run_id),
        language: language ?? 'en',
        generatedAt: now(),
        maskPersonalData: mask ?? maskSetting(db()),
        audit: { entries: auditEntries(db()), chain: verifyAuditChain(db()) },
        ...ledgerReportOf(db(), run_id),
      });
      context.progress({ phase: 'report', done: 1, total: 1 });
      return bytes;
    },
    'convert/import': async ({ import_id, to, mask }) =>
      convertRecords(readRecords(db(), import_id), to, {
        imports: imports().filter((i) => i.import_id === import_id),
        mask: mask ?? maskSetting(db()),
      }),
    'workspace/export': async () => exportWorkspace(workspace),
    'workspace/open': async ({ bytes }) => {
      const opened = openWorkspace(options.sqlJs, bytes);
      if (!opened.ok) return opened;
      workspace.db.close();
      workspace = opened.value;
      matchTotals.invalidate();
      prints.clear();
      const count = (table: string) => Number(queryValue(db(), `SELECT count(*) FROM ${table}`));
      return ok({ imports: count('import'), runs: count('run'), audit: verifyAuditChain(db()) });
    },
    'workspace/reset': async () => {
      workspace.db.close();
      workspace = mustOpen(options.sqlJs);
      matchTotals.invalidate();
      prints.clear();
    },
  };
}

/** How detection names the profile it found: `id@version`, or the suggested mapping's `generic@<short hash>`. */
function detectedLabel(profile: Profile, by: DetectedBy, suggested: string | undefined): string {
  if (suggested !== undefined) return `${suggested} (suggested mapping — check it)`;
  return `${profile.id}@${profile.version}${by === 'user' ? ' (user profile)' : ''}`;
}

/** What importing the file with its best profile would decide or assume: its encoding, its currency. */
function detectionWarnings(opened: OpenedFile, profile: Profile, chosen: Encoding | undefined): Warning[] {
  const decided = openedEncoding(opened, profile, chosen).warning;
  return [...(decided ? [decided] : []), ...withAccountCurrency(profile, undefined, '').warnings];
}

function mustOpen(sqlJs: SqlJsStatic): Workspace {
  const opened = openWorkspace(sqlJs);
  if (!opened.ok) throw new Error(opened.issues[0]?.message ?? 'cannot open a workspace');
  return opened.value;
}

/** A summary saved by an earlier version lacks the fields added since; fill them as they would have been. */
function withDefaults(summary: ImportSummary): ImportSummary {
  return {
    ...summary,
    entries: summary.entries ?? summary.rows,
    detection: summary.detection ?? { confidence: 1, runner_up: null },
    warnings: summary.warnings ?? [],
  };
}
