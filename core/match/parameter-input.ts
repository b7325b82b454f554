import { parseRatePpm } from '../money.ts';
import { EXCEPTION_CODES, type CategoryCode } from './categories.ts';
import { formatTolerance, parseTolerance, type Tolerance } from './tolerance.ts';
import { DEFAULT_CROSS_DAY_EXPIRY_DAYS, DEFAULT_RUN_PARAMETERS, type RunParameters } from './types.ts';

/**
 * A run's parameters as a person writes them, the one grammar of `recondesk reconcile`'s flags and
 * the app's run settings: `--cross-day-window SECS`, `--fee-rate SOURCE=RATE` (0.006 or 0.6%),
 * `--tolerance [SOURCE=]N|P%`, `--date-window [SOURCE=]DAYS` (these three repeatable),
 * `--cross-day-expiry-days N` and `--target CATEGORY=HOURS` (repeatable).
 */
export type ParameterText = {
  crossDayWindow?: string | undefined;
  feeRates?: readonly string[] | undefined;
  tolerances?: readonly string[] | undefined;
  dateWindows?: readonly string[] | undefined;
  crossDayExpiryDays?: string | undefined;
  targets?: readonly string[] | undefined;
};

export type ParameterField = 'crossDayWindow' | 'feeRate' | 'tolerance' | 'dateWindow' | 'crossDayExpiry' | 'target';

/** Why an entry is refused: its value, its source name, or a source given twice. */
export type ParameterProblem = {
  field: ParameterField;
  index: number;
  entry: string;
  reason: 'value' | 'source' | 'twice';
};

export type ParameterReading = { ok: true; parameters: RunParameters } | { ok: false; problems: ParameterProblem[] };

const WHOLE = /^\d{1,9}$/;
/** Hours of a target: whole or decimal, an `h` after them allowed (`2`, `1.5h`). */
const HOURS = /^(\d{1,6}(?:\.\d{1,2})?)h?$/;
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
 * minor units or a percentage, a fee rate from 0 to 100 %, each source once per parameter, a
 * target per exception category (its code), in hours.
 *
 * @example readRunParameters({ tolerances: ['5', 'alipay=0.5%'], feeRates: ['wechat=abc'] })
 * // { ok: false, problems: [{ field: 'feeRate', index: 0, entry: 'wechat=abc', reason: 'value' }] }
 */
export function readRunParameters(text: ParameterText, defaults = DEFAULT_RUN_PARAMETERS): ParameterReading {
  const problems: ParameterProblem[] = [];
  const parameters: RunParameters = { ...defaults, feeRatesPpm: { ...defaults.feeRatesPpm } };
  const whole = (field: ParameterField, typed: string | undefined, keep: (value: number) => void) => {
    const value = typed?.trim();
    if (value === undefined) return;
    if (WHOLE.test(value)) keep(Number(value));
    else problems.push({ field, index: 0, entry: value, reason: 'value' });
  };
  whole('crossDayWindow', text.crossDayWindow, (seconds) => (parameters.crossDayWindowSeconds = seconds));
  whole('crossDayExpiry', text.crossDayExpiryDays, (days) => (parameters.crossDayExpiryDays = days));
  const each = <T>(field: ParameterField, entries: readonly string[], read: (value: string) => T | null) => {
    const values: Record<string, T> = {};
    entries.forEach((entry, index) => {
      const { source, value } = sourceValue(entry);
      const refuse = (reason: ParameterProblem['reason']) => problems.push({ field, index, entry, reason });
      const parsed = read(value);
      if (source !== EVERY && !SOURCE.test(source)) refuse('source');
      else if ((field === 'feeRate' || field === 'target') && source === EVERY) refuse('source');
      else if (field === 'target' && !EXCEPTION_CODES.includes(source as CategoryCode)) refuse('source');
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
  const targets = each('target', text.targets ?? [], (value) => {
    const hours = HOURS.exec(value)?.[1];
    return hours === undefined ? null : Number(hours);
  });
  if (Object.keys(targets).length > 0) parameters.targetsHours = { ...parameters.targetsHours, ...targets };
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
 * // { crossDayWindow: '60', feeRates: ['alipay=0.6%'], tolerances: ['5'], dateWindows: [], crossDayExpiryDays: '1', targets: [] }
 */
export function parameterText(parameters: RunParameters): {
  crossDayWindow: string;
  feeRates: string[];
  tolerances: string[];
  dateWindows: string[];
  crossDayExpiryDays: string;
  targets: string[];
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
    crossDayExpiryDays: String(parameters.crossDayExpiryDays ?? DEFAULT_CROSS_DAY_EXPIRY_DAYS),
    targets: sorted(parameters.targetsHours).map(([code, hours]) => `${code}=${hours}`),
  };
}

/**
 * The parameters given, and for each one not given the workspace's remembered value, in the same
 * grammar: what `reconcile --workspace` reads when a flag is left out. `taken` names the parameters
 * that came from the workspace; `defaults` is what to read them over (remembered fee rates replace
 * the default ones, as the app keeps exactly the rates it lists).
 */
export function withRemembered(
  given: ParameterText,
  remembered: RunParameters,
): { text: ParameterText; taken: (keyof ParameterText)[]; defaults: RunParameters } {
  const saved = parameterText(remembered);
  const kept: Record<keyof ParameterText, boolean> = {
    crossDayWindow: true,
    feeRates: true,
    tolerances: true,
    dateWindows: saved.dateWindows.length > 0,
    crossDayExpiryDays: remembered.crossDayExpiryDays !== undefined,
    targets: saved.targets.length > 0,
  };
  const keys = Object.keys(kept) as (keyof ParameterText)[];
  const taken = keys.filter((key) => given[key] === undefined && kept[key]);
  const text: ParameterText = { ...given, ...Object.fromEntries(taken.map((key) => [key, saved[key]])) };
  const defaults = taken.includes('feeRates') ? { ...DEFAULT_RUN_PARAMETERS, feeRatesPpm: {} } : DEFAULT_RUN_PARAMETERS;
  return { text, taken, defaults };
}
