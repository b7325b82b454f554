import { formatTolerance, parseTolerance, type Tolerance } from '../../../../core/match/tolerance.ts';
import { DEFAULT_RUN_PARAMETERS, type RunParameters } from '../../../../core/match/types.ts';
import { formatRatePpm, percentToPpm } from '../../components/format.ts';

/** The run parameters as typed in the settings, before they are checked. */
export type SettingsDraft = {
  crossDay: string;
  /** Minor units, or a percentage of the book amount (`0.5%`), for every source. */
  tolerance: string;
  /** Tolerances of single sources, as `recondesk reconcile --tolerance` takes them: `wechat=5, alipay=0.5%`. */
  sourceTolerances: string;
  /** Date windows for amount-and-date matching: `3` (every source) or `bank=3`, comma-separated. */
  dateWindows: string;
  feeRates: readonly { source: string; rate: string }[];
};

/** Why a field is refused: a message key under `run.invalid`. */
export type FieldProblem =
  'crossDay' | 'tolerance' | 'sourceTolerances' | 'dateWindows' | 'feeRate' | 'feeSource' | 'feeSourceTwice';

/** A field's id: `crossDay`, `tolerance`, `feeRate.<row>` or `feeSource.<row>`. */
export type SettingsCheck =
  { ok: true; parameters: RunParameters } | { ok: false; problems: Readonly<Record<string, FieldProblem>> };

const WHOLE = /^\d{1,9}$/;

/** The draft of a run's parameters (a reopened run's, else the defaults), as the fields show them. */
export function draftOf(parameters: RunParameters = DEFAULT_RUN_PARAMETERS): SettingsDraft {
  return {
    crossDay: String(parameters.crossDayWindowSeconds),
    tolerance: parameters.tolerances?.['*']
      ? formatTolerance(parameters.tolerances['*'])
      : String(parameters.amountToleranceMinor),
    sourceTolerances: Object.entries(parameters.tolerances ?? {})
      .filter(([source]) => source !== '*')
      .sort()
      .map(([source, tolerance]) => `${source}=${formatTolerance(tolerance)}`)
      .join(', '),
    dateWindows: Object.entries(parameters.dateWindowDays ?? {})
      .sort()
      .map(([source, days]) => (source === '*' ? String(days) : `${source}=${days}`))
      .join(', '),
    feeRates: Object.keys(parameters.feeRatesPpm)
      .sort()
      .map((source) => ({ source, rate: formatRatePpm(parameters.feeRatesPpm[source] ?? 0).replace('%', '') })),
  };
}

/**
 * The run parameters of a draft, with the same rules as `recondesk reconcile`'s flags: whole
 * seconds and whole minor units, 0 or more; a fee rate in percent from 0 to 100 per named source,
 * each source once. Anything else is refused on its field, never ignored.
 *
 * @example checkSettings({ crossDay: '60', tolerance: '0', feeRates: [{ source: 'alipay', rate: 'abc' }] })
 * // { ok: false, problems: { 'feeRate.0': 'feeRate' } }
 */
export function checkSettings(draft: SettingsDraft): SettingsCheck {
  const problems: Record<string, FieldProblem> = {};
  if (!WHOLE.test(draft.crossDay.trim())) problems['crossDay'] = 'crossDay';
  const plain = parseTolerance(draft.tolerance.trim());
  if (plain === null || ('minor' in plain && !WHOLE.test(draft.tolerance.trim()))) problems['tolerance'] = 'tolerance';
  const tolerances: Record<string, Tolerance> = plain && 'ppm' in plain ? { '*': plain } : {};
  const bySource = entries(draft.sourceTolerances, (value) => parseTolerance(value));
  if (bySource === null || '*' in bySource) problems['sourceTolerances'] = 'sourceTolerances';
  else Object.assign(tolerances, bySource);
  const dateWindowDays = entries(draft.dateWindows, (value) => (WHOLE.test(value) ? Number(value) : null));
  if (dateWindowDays === null) problems['dateWindows'] = 'dateWindows';
  const feeRatesPpm: Record<string, number> = {};
  draft.feeRates.forEach(({ source, rate }, row) => {
    const name = source.trim().toLowerCase();
    if (!/^[a-z0-9][\w.-]*$/.test(name)) problems[`feeSource.${row}`] = 'feeSource';
    else if (name in feeRatesPpm) problems[`feeSource.${row}`] = 'feeSourceTwice';
    const ppm = percentToPpm(rate);
    if (ppm === null || ppm > 1_000_000) problems[`feeRate.${row}`] = 'feeRate';
    else feeRatesPpm[name] = ppm;
  });
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    parameters: {
      crossDayWindowSeconds: Number(draft.crossDay.trim()),
      amountToleranceMinor: plain && 'minor' in plain ? plain.minor : 0,
      feeRatesPpm,
      ...(Object.keys(tolerances).length > 0 ? { tolerances } : {}),
      ...(dateWindowDays && Object.keys(dateWindowDays).length > 0 ? { dateWindowDays } : {}),
    },
  };
}

/** `a=1, b=2` (a value without a source is for every source, `*`) read by `read`; null when any entry is not one. */
function entries<T>(text: string, read: (value: string) => T | null): Record<string, T> | null {
  const out: Record<string, T> = {};
  for (const entry of text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const at = entry.indexOf('=');
    const source = at < 0 ? '*' : entry.slice(0, at).trim().toLowerCase();
    const value = read(at < 0 ? entry : entry.slice(at + 1).trim());
    if (value === null || source === '' || source in out) return null;
    out[source] = value;
  }
  return out;
}
