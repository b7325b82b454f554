import { parseRatePpm } from '../money.ts';
import { formatTolerance, parseTolerance, type Tolerance } from './tolerance.ts';
import { DEFAULT_RUN_PARAMETERS, type RunParameters } from './types.ts';

/**
 * A run's parameters as a person writes them, the one grammar of `recondesk reconcile`'s flags and
 * the app's run settings: `--cross-day-window SECS`, `--fee-rate SOURCE=RATE` (0.006 or 0.6%),
 * `--tolerance [SOURCE=]N|P%` and `--date-window [SOURCE=]DAYS`, the last three repeatable.
 */
export type ParameterText = {
  crossDayWindow?: string | undefined;
  feeRates?: readonly string[];
  tolerances?: readonly string[];
  dateWindows?: readonly string[];
};

export type ParameterField = 'crossDayWindow' | 'feeRate' | 'tolerance' | 'dateWindow';

/** Why an entry is refused: its value, its source name, or a source given twice. */
export type ParameterProblem = {
  field: ParameterField;
  index: number;
  entry: string;
  reason: 'value' | 'source' | 'twice';
};

export type ParameterReading = { ok: true; parameters: RunParameters } | { ok: false; problems: ParameterProblem[] };

const WHOLE = /^\d{1,9}$/;
const SOURCE = /^[a-z0-9][\w.-]*$/;
const EVERY = '*';

/** `SOURCE=VALUE` (the source lower-cased) or a plain `VALUE`, for every source. */
function sourceValue(entry: string): { source: string; value: string } {
  const at = entry.indexOf('=');
  if (at < 0) return { source: EVERY, value: entry.trim() };
  return { source: entry.slice(0, at).trim().toLowerCase(), value: entry.slice(at + 1).trim() };
}

/**
 * The run parameters the text gives, over `defaults`' (a fee rate given adds to or replaces the
 * default ones), or every entry that is not one, never ignoring any: whole seconds and days, whole
 * minor units or a percentage, a fee rate from 0 to 100 %, each source once per parameter.
 *
 * @example readRunParameters({ tolerances: ['5', 'alipay=0.5%'], feeRates: ['wechat=abc'] })
 * // { ok: false, problems: [{ field: 'feeRate', index: 0, entry: 'wechat=abc', reason: 'value' }] }
 */
export function readRunParameters(text: ParameterText, defaults = DEFAULT_RUN_PARAMETERS): ParameterReading {
  const problems: ParameterProblem[] = [];
  const parameters: RunParameters = { ...defaults, feeRatesPpm: { ...defaults.feeRatesPpm } };
  const window = text.crossDayWindow?.trim();
  if (window !== undefined) {
    if (WHOLE.test(window)) parameters.crossDayWindowSeconds = Number(window);
    else problems.push({ field: 'crossDayWindow', index: 0, entry: window, reason: 'value' });
  }
  const each = <T>(field: ParameterField, entries: readonly string[], read: (value: string) => T | null) => {
    const values: Record<string, T> = {};
    entries.forEach((entry, index) => {
      const { source, value } = sourceValue(entry);
      const refuse = (reason: ParameterProblem['reason']) => problems.push({ field, index, entry, reason });
      const parsed = read(value);
      if (source !== EVERY && !SOURCE.test(source)) refuse('source');
      else if (field === 'feeRate' && source === EVERY) refuse('source');
      else if (parsed === null) refuse('value');
      else if (source in values) refuse('twice');
      else values[source] = parsed;
    });
    return values;
  };
  Object.assign(parameters.feeRatesPpm, each('feeRate', text.feeRates ?? [], feeRatePpm));
  const tolerances = each('tolerance', text.tolerances ?? [], tolerance);
  const every = tolerances[EVERY];
  // The plain `--tolerance N` keeps its meaning: minor units for every source.
  if (every && 'minor' in every) {
    parameters.amountToleranceMinor = every.minor;
    delete tolerances[EVERY];
  }
  if (Object.keys(tolerances).length > 0) parameters.tolerances = { ...parameters.tolerances, ...tolerances };
  const days = each('dateWindow', text.dateWindows ?? [], (value) => (WHOLE.test(value) ? Number(value) : null));
  if (Object.keys(days).length > 0) parameters.dateWindowDays = { ...parameters.dateWindowDays, ...days };
  return problems.length > 0 ? { ok: false, problems } : { ok: true, parameters };
}

/** A rate in parts per million from 0 to 100 %: `0.006` or `0.6%`. */
function feeRatePpm(value: string): number | null {
  const ppm = parseRatePpm(value);
  return typeof ppm === 'number' && ppm >= 0 && ppm <= 1_000_000 ? ppm : null;
}

const tolerance = (value: string): Tolerance | null => {
  const read = parseTolerance(value);
  return read && 'minor' in read && !WHOLE.test(value) ? null : read;
};

/**
 * The parameters written back in the same grammar, sources in name order: what the app's fields
 * show and {@link readRunParameters} reads again to the same parameters.
 *
 * @example parameterText({ crossDayWindowSeconds: 60, amountToleranceMinor: 5, feeRatesPpm: { alipay: 6000 } })
 * // { crossDayWindow: '60', feeRates: ['alipay=0.6%'], tolerances: ['5'], dateWindows: [] }
 */
export function parameterText(parameters: RunParameters): {
  crossDayWindow: string;
  feeRates: string[];
  tolerances: string[];
  dateWindows: string[];
} {
  const sorted = <T>(record: Record<string, T> | undefined) =>
    Object.entries(record ?? {}).sort(([a], [b]) => (a === EVERY ? -1 : b === EVERY ? 1 : a.localeCompare(b)));
  const entry = (source: string, value: string) => (source === EVERY ? value : `${source}=${value}`);
  const every = parameters.tolerances?.[EVERY];
  return {
    crossDayWindow: String(parameters.crossDayWindowSeconds),
    feeRates: sorted(parameters.feeRatesPpm).map(([source, ppm]) => `${source}=${formatTolerance({ ppm })}`),
    tolerances: [
      ...(every ? [] : [String(parameters.amountToleranceMinor)]),
      ...sorted(parameters.tolerances).map(([source, value]) => entry(source, formatTolerance(value))),
    ],
    dateWindows: sorted(parameters.dateWindowDays).map(([source, days]) => entry(source, String(days))),
  };
}
