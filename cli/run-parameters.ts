import type { EngineHandlers, ParameterField, ParameterText, RunParameters } from '../core/index.ts';
import { DEFAULT_RUN_PARAMETERS, EXCEPTION_CODES, readRunParameters, withRemembered } from '../core/index.ts';
import type { HandlerContext } from '../core/rpc/contract.ts';
import { InputError } from './usage.ts';

/** The flags of a run's parameters, as `parseArgs` gives them (absent when not given). */
export type ParameterFlags = {
  'cross-day-window'?: string | undefined;
  'fee-rate'?: string[] | undefined;
  tolerance?: string[] | undefined;
  'date-window'?: string[] | undefined;
  'cross-day-expiry-days'?: string | undefined;
  target?: string[] | undefined;
};

/** The flags whose values start with a dash are still theirs (`--tolerance -1`). */
export const PARAMETER_VALUE_FLAGS = [
  '--cross-day-window',
  '--tolerance',
  '--fee-rate',
  '--date-window',
  '--cross-day-expiry-days',
  '--target',
];

const FLAG_OF: Record<keyof ParameterText, string> = {
  crossDayWindow: '--cross-day-window',
  feeRates: '--fee-rate',
  tolerances: '--tolerance',
  dateWindows: '--date-window',
  crossDayExpiryDays: '--cross-day-expiry-days',
  targets: '--target',
};

/** What each refused flag value is told, naming what the flag takes. */
const PARAMETER_MESSAGES: Record<ParameterField, string> = {
  crossDayWindow: '--cross-day-window must be whole seconds (0 or more)',
  feeRate: '--fee-rate must look like alipay=0.006 or alipay=0.6% (a rate from 0 to 100%)',
  tolerance: '--tolerance must be [SOURCE=]N, N whole minor units (0 or more) or a percentage such as 0.5%',
  dateWindow: '--date-window must be [SOURCE=]DAYS, whole days (0 or more)',
  crossDayExpiry: '--cross-day-expiry-days must be whole days (0 or more)',
  target: `--target must be CATEGORY=HOURS such as paid_not_notified=2h, CATEGORY one of ${EXCEPTION_CODES.join(', ')}`,
};

/** The parameters the flags give, in the one grammar the app's settings share. */
export function parameterFlags(values: ParameterFlags): ParameterText {
  return {
    crossDayWindow: values['cross-day-window'],
    feeRates: values['fee-rate'],
    tolerances: values.tolerance,
    dateWindows: values['date-window'],
    crossDayExpiryDays: values['cross-day-expiry-days'],
    targets: values.target,
  };
}

/** The run parameters of the text, or an input error naming every value refused. */
export function runParameters(text: ParameterText, defaults = DEFAULT_RUN_PARAMETERS): RunParameters {
  const read = readRunParameters(text, defaults);
  if (read.ok) return read.parameters;
  const lines = read.problems.map(
    ({ field, entry, reason }) =>
      `${PARAMETER_MESSAGES[field]}, not "${entry}"${reason === 'twice' ? ' (that source is given twice)' : ''}`,
  );
  throw new InputError(lines.join('\n'));
}

/**
 * The flags given over the run settings the workspace remembers (the app's, typed for its next
 * run): each parameter left out is the workspace's, and one stderr line says which, in flag form.
 */
export async function rememberedParameters(
  engine: EngineHandlers,
  given: ParameterText,
  context: HandlerContext,
  say: (line: string) => void,
): Promise<RunParameters | null> {
  const remembered = (await engine['ledger/settings']({}, context)).run_parameters;
  if (!remembered) return null;
  const { text, taken, defaults } = withRemembered(given, remembered);
  if (taken.length === 0) return null;
  const flags = taken.flatMap((key) => {
    const value = text[key];
    return (typeof value === 'string' ? [value] : (value ?? [])).map((entry) => `${FLAG_OF[key]} ${entry}`);
  });
  say(`the workspace's run settings are used where no flag is given (a flag wins): ${flags.join(' ')}`);
  return runParameters(text, defaults);
}
