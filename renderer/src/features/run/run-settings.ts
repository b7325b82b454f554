import { parameterText, readRunParameters, type ParameterProblem } from '../../../../core/match/parameter-input.ts';
import { DEFAULT_RUN_PARAMETERS, type RunParameters } from '../../../../core/match/types.ts';

/** The run parameters as typed in the settings, before they are checked. */
export type SettingsDraft = {
  crossDay: string;
  /** Tolerances as `recondesk reconcile --tolerance` takes them, comma-separated: `0, wechat=5, alipay=0.5%`. */
  tolerances: string;
  /** Date windows for amount-and-date matching: `3` (every source) or `bank=3`, comma-separated. */
  dateWindows: string;
  /** A fee rate per source, the rate in percent. */
  feeRates: readonly { source: string; rate: string }[];
  /** Whole days a cross-day order may wait for its trade before it is book-only. */
  crossDayExpiry: string;
  /** Time-to-resolution targets as `--target` takes them, comma-separated: `paid_not_notified=2, duplicate_charge=1.5h`. */
  targets: string;
};

/** Why a field is refused: a message key under `run.invalid`. */
export type FieldProblem =
  | 'crossDay'
  | 'tolerance'
  | 'dateWindows'
  | 'twice'
  | 'feeRate'
  | 'feeSource'
  | 'feeSourceTwice'
  | 'crossDayExpiry'
  | 'target'
  | 'targetCategory'
  | 'targetTwice';

/** A field's id: `crossDay`, `tolerances`, `dateWindows`, `feeRate.<row>`, `feeSource.<row>`, `crossDayExpiry` or `targets`. */
export type SettingsCheck =
  { ok: true; parameters: RunParameters } | { ok: false; problems: Readonly<Record<string, FieldProblem>> };

/** The draft of a run's parameters (the workspace's remembered ones, else the defaults), as the fields show them. */
export function draftOf(parameters: RunParameters = DEFAULT_RUN_PARAMETERS): SettingsDraft {
  const text = parameterText(parameters);
  return {
    crossDay: text.crossDayWindow,
    tolerances: text.tolerances.join(', '),
    dateWindows: text.dateWindows.join(', '),
    feeRates: text.feeRates.map((entry) => {
      const at = entry.indexOf('=');
      return { source: entry.slice(0, at), rate: entry.slice(at + 1).replace(/%$/, '') };
    }),
    crossDayExpiry: text.crossDayExpiryDays,
    targets: text.targets.join(', '),
  };
}

const list = (text: string): string[] =>
  text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

/** The field a refused entry is shown on, and what it is told. */
function fieldOf({ field, index, reason }: ParameterProblem): [string, FieldProblem] {
  switch (field) {
    case 'crossDayWindow':
      return ['crossDay', 'crossDay'];
    case 'tolerance':
      return ['tolerances', reason === 'twice' ? 'twice' : 'tolerance'];
    case 'dateWindow':
      return ['dateWindows', reason === 'twice' ? 'twice' : 'dateWindows'];
    case 'feeRate':
      if (reason === 'value') return [`feeRate.${index}`, 'feeRate'];
      return [`feeSource.${index}`, reason === 'twice' ? 'feeSourceTwice' : 'feeSource'];
    case 'crossDayExpiry':
      return ['crossDayExpiry', 'crossDayExpiry'];
    case 'target':
      return ['targets', reason === 'twice' ? 'targetTwice' : reason === 'source' ? 'targetCategory' : 'target'];
  }
}

/**
 * The run parameters of a draft, read by the one reader `recondesk reconcile`'s flags go through
 * (core/match/parameter-input.ts); anything it refuses is refused on its field, never ignored.
 *
 * @example checkSettings({ ...draftOf(), feeRates: [{ source: 'alipay', rate: 'abc' }] })
 * // { ok: false, problems: { 'feeRate.0': 'feeRate' } }
 */
export function checkSettings(draft: SettingsDraft): SettingsCheck {
  const read = readRunParameters(
    {
      crossDayWindow: draft.crossDay,
      tolerances: list(draft.tolerances),
      dateWindows: list(draft.dateWindows),
      // The field is in percent; a typed % sign is the same rate.
      feeRates: draft.feeRates.map(({ source, rate }) => `${source.trim()}=${rate.trim().replace(/%$/, '')}%`),
      crossDayExpiryDays: draft.crossDayExpiry,
      targets: list(draft.targets),
    },
    { ...DEFAULT_RUN_PARAMETERS, feeRatesPpm: {} },
  );
  if (read.ok) return read;
  return { ok: false, problems: Object.fromEntries(read.problems.map(fieldOf)) };
}
