import { DEFAULT_RUN_PARAMETERS, type RunParameters } from '../../../../core/match/types.ts';
import { formatRatePpm, percentToPpm } from '../../components/format.ts';

/** The run parameters as typed in the settings, before they are checked. */
export type SettingsDraft = {
  crossDay: string;
  tolerance: string;
  feeRates: readonly { source: string; rate: string }[];
};

/** Why a field is refused: a message key under `run.invalid`. */
export type FieldProblem = 'crossDay' | 'tolerance' | 'feeRate' | 'feeSource' | 'feeSourceTwice';

/** A field's id: `crossDay`, `tolerance`, `feeRate.<row>` or `feeSource.<row>`. */
export type SettingsCheck =
  { ok: true; parameters: RunParameters } | { ok: false; problems: Readonly<Record<string, FieldProblem>> };

const WHOLE = /^\d{1,9}$/;

/** The draft of a run's parameters (a reopened run's, else the defaults), as the fields show them. */
export function draftOf(parameters: RunParameters = DEFAULT_RUN_PARAMETERS): SettingsDraft {
  return {
    crossDay: String(parameters.crossDayWindowSeconds),
    tolerance: String(parameters.amountToleranceMinor),
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
  if (!WHOLE.test(draft.tolerance.trim())) problems['tolerance'] = 'tolerance';
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
      amountToleranceMinor: Number(draft.tolerance.trim()),
      feeRatesPpm,
    },
  };
}
