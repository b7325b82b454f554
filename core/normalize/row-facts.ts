import { currencyExponent } from '../currency.ts';
import type { Status } from '../canonical/record.ts';
import type { AmountRule, FieldMap, KindRule, Profile } from '../profile/types.ts';
import { recordSource } from '../profile/role.ts';
import type { AmountReader } from './amount-reader.ts';
import type { ColumnResolver } from './columns.ts';

/** What each row is, in which currency and for which source: read by the profile's rules. */
export type CompiledKind = { rule: KindRule; amount: AmountReader | null };

export function compileKinds(
  profile: Profile,
  columns: ColumnResolver,
  clean: (value: string | undefined) => string,
  amount: (rule: AmountRule) => AmountReader,
): (cells: string[]) => CompiledKind | string {
  const kinds = profile.rowKinds;
  if ('fixed' in kinds) {
    const fixed = { rule: kinds.fixed, amount: kinds.fixed.amount ? amount(kinds.fixed.amount) : null };
    return () => fixed;
  }
  const index = columns.required(kinds.column);
  const byValue = new Map<string, CompiledKind>();
  for (const [value, rule] of Object.entries(kinds.values)) {
    byValue.set(value, { rule, amount: rule.amount ? amount(rule.amount) : null });
  }
  const known = [...byValue.keys()].join(', ');
  const otherwise = kinds.otherwise
    ? { rule: kinds.otherwise, amount: kinds.otherwise.amount ? amount(kinds.otherwise.amount) : null }
    : null;
  return (cells) => {
    const value = clean(cells[index]);
    return byValue.get(value) ?? otherwise ?? `${kinds.column} "${value}" is not one of ${known}`;
  };
}

export function compileCurrency(
  profile: Profile,
  columns: ColumnResolver,
  clean: (value: string | undefined) => string,
): (cells: string[]) => { code: string; exponent: number } | string {
  const spec = profile.currency;
  if ('value' in spec) {
    const fixed = { code: spec.value, exponent: currencyExponent(spec.value) ?? 2 };
    return () => fixed;
  }
  const index = columns.required(spec.column);
  const seen = new Map<string, { code: string; exponent: number }>();
  return (cells) => {
    const code = clean(cells[index]).toUpperCase();
    const known = seen.get(code);
    if (known) return known;
    const exponent = currencyExponent(code);
    if (exponent === undefined) return `currency "${code}" is not an ISO 4217 code`;
    const entry = { code, exponent };
    seen.set(code, entry);
    return entry;
  };
}

export function compileSource(
  profile: Profile,
  columns: ColumnResolver,
  clean: (value: string | undefined) => string,
): (cells: string[]) => string | null {
  const spec = profile.source;
  if ('value' in spec) {
    const fixed = recordSource(profile, spec.value);
    return () => fixed;
  }
  const index = columns.required(spec.column);
  const map = spec.map ?? {};
  return (cells) => {
    const value = clean(cells[index]);
    return value === '' ? null : recordSource(profile, mapped(map, value) ?? value.toLowerCase());
  };
}

/** A row's status by the profile's status map (order exports); null when the profile has none, so the kind's status holds. */
export function compileStatus(
  rule: FieldMap['status'],
  columns: ColumnResolver,
  clean: (value: string | undefined) => string,
): (cells: string[]) => Status | { ok: false; code: string; message: string } | null {
  if (!rule) return () => null;
  const index = columns.required(rule.column);
  return (cells) => {
    const raw = clean(cells[index]);
    const status = mapped(rule.map, raw);
    if (status !== undefined) return status;
    return { ok: false, code: 'status_unknown', message: `status "${raw}" is not in the profile's status map` };
  };
}

/** A profile map's own entry for a cell value (a value such as `constructor` is no entry). */
export function mapped<T>(map: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}
