import type { CanonicalRecord, Kind, Status } from '../canonical/record.ts';
import { currencyExponent } from '../currency.ts';
import { parseMinor, parseRatePpm, type AmountFormat } from '../money.ts';
import type { AmountRule, Columns, DateRule, KindRule, Profile } from '../profile/types.ts';
import { fail, issue, ok, type Result } from '../result.ts';
import { compileCellParser, sumCells } from './amount-parts.ts';
import { ColumnResolver } from './columns.ts';
import { compileFileNet } from './file-net.ts';
import { makeRuleDateReader, type DateReader } from './date-reader.ts';
import { makeCleaner } from './header.ts';

export type RowProblem = { code: string; message: string };

/** What the mapper made of one row: its kind (for control totals) or why it was rejected. */
export type RowOutcome =
  { ok: true; kind: Kind; exponent: number; record: CanonicalRecord; net: number } | ({ ok: false } & RowProblem);

export type RowMapper = (cells: string[], line: number, out: CanonicalRecord[]) => RowOutcome;

export type MapContext = { importId: number; file: string };

type AmountReader = (cells: string[], exponent: number) => number | string | null;
type TextReader = (cells: string[]) => string | null;

/**
 * Compile a profile against a file's header into a fast row mapper.
 * Fails when the header lacks a column the profile reads.
 *
 * @example
 * const mapper = compileMapper(profile, header, { importId: 1, file: 'alipay.csv' });
 * if (mapper.ok) mapper.value(cells, 6, records); // → { ok: true, kind: 'payment' }
 */
export function compileMapper(profile: Profile, header: Map<string, number>, context: MapContext): Result<RowMapper> {
  const columns = new ColumnResolver(header, profile.clean.stripPrefixes);
  const clean = makeCleaner(profile.clean);
  const format: AmountFormat = profile.amountFormat ?? { decimal: '.' };
  const text = (names: string | string[] | undefined): TextReader => {
    if (names === undefined) return () => null;
    const indexes = columns.anyOf(names);
    return (cells) => {
      for (const index of indexes) {
        const value = clean(cells[index]);
        if (value !== '') return value;
      }
      return null;
    };
  };
  const amount = (rule: AmountRule): AmountReader => compileAmount(rule, columns, clean, format);
  const date = (rule: DateRule | undefined): DateReader | null =>
    rule ? makeRuleDateReader(rule, text, profile.timeZone) : null;

  const kindOf = compileKinds(profile, columns, clean, amount);
  const currencyOf = compileCurrency(profile, columns, clean);
  const sourceOf = compileSource(profile, columns, clean);
  const defaultAmount = amount(profile.fields.amount);
  const f = profile.fields;
  const orderRef = text(f.order_ref?.column);
  const channelRef = text(f.channel_ref?.column);
  const refundRef = text(f.refund_ref?.column);
  const batchRef = text(f.batch_ref?.column);
  const counterparty = text(f.counterparty?.column);
  const description = text(f.description?.column);
  const rawStatus = text(f.raw_status?.column);
  const statusColumn = f.status ? columns.required(f.status.column) : -1;
  const statusMap = f.status?.map ?? {};
  const fee = f.fee ? amount(f.fee) : null;
  const feeRate = f.fee_rate ? text(f.fee_rate.column) : null;
  const rateIsPpm = f.fee_rate?.unit === 'ppm';
  const occurredAt = date(f.occurred_at);
  const bookedOn = date(f.booked_on);
  const valueOn = date(f.value_on);
  const derived = (profile.derived ?? []).map((rule) => ({ ...rule, read: amount(rule.amount) }));
  const fileNet = compileFileNet(profile.fileNet, columns, clean);

  if (columns.missing.length > 0) {
    return fail(
      issue(
        'columns_missing',
        `The header has no column ${columns.missing.map((m) => `"${m}"`).join(', ')} that profile ${profile.id} v${profile.version} reads.`,
        { file: context.file },
      ),
    );
  }
  const minCells = columns.maxIndex + 1;
  const trace = {
    import_id: context.importId,
    file: context.file,
    profile_id: profile.id,
    profile_version: profile.version,
  };

  return ok((cells, line, out) => {
    if (cells.length < minCells) {
      return {
        ok: false,
        code: 'row_short',
        message: `has ${cells.length} cells; the header has at least ${minCells}`,
      };
    }
    const kindRule = kindOf(cells);
    if (typeof kindRule === 'string') return { ok: false, code: 'row_kind_unknown', message: kindRule };
    const currency = currencyOf(cells);
    if (typeof currency === 'string') return { ok: false, code: 'currency_invalid', message: currency };
    const source = sourceOf(cells);
    if (source === null) return { ok: false, code: 'source_missing', message: 'names no source' };
    let status: Status = kindRule.rule.status;
    if (statusColumn >= 0) {
      const raw = clean(cells[statusColumn]);
      const mapped = statusMap[raw];
      if (mapped === undefined)
        return { ok: false, code: 'status_unknown', message: `status "${raw}" is not in the profile's status map` };
      status = mapped;
    }
    const amountMinor = (kindRule.amount ?? defaultAmount)(cells, currency.exponent);
    if (amountMinor === null) return { ok: false, code: 'amount_missing', message: 'has no amount' };
    if (typeof amountMinor === 'string') return { ok: false, code: 'amount_invalid', message: amountMinor };
    const feeMinor = fee ? fee(cells, currency.exponent) : null;
    if (typeof feeMinor === 'string') return { ok: false, code: 'fee_invalid', message: feeMinor };
    const rateText = feeRate ? feeRate(cells) : null;
    const ratePpm = rateText === null ? null : rateIsPpm ? parsePpm(rateText) : parseRatePpm(rateText);
    if (typeof ratePpm === 'string') return { ok: false, code: 'fee_rate_invalid', message: ratePpm };
    const occurred = occurredAt ? occurredAt(cells) : null;
    if (occurred !== null && typeof occurred !== 'object')
      return { ok: false, code: 'date_invalid', message: occurred };
    const booked = bookedOn ? bookedOn(cells) : null;
    if (booked !== null && typeof booked !== 'object') return { ok: false, code: 'date_invalid', message: booked };
    const valued = valueOn ? valueOn(cells) : null;
    if (valued !== null && typeof valued !== 'object') return { ok: false, code: 'date_invalid', message: valued };
    const record: CanonicalRecord = {
      side: profile.side,
      source,
      kind: kindRule.rule.kind,
      order_ref: orderRef(cells),
      channel_ref: channelRef(cells),
      refund_ref: refundRef(cells),
      batch_ref: batchRef(cells),
      amount_minor: amountMinor,
      currency: currency.code,
      fee_minor: feeMinor,
      fee_rate_ppm: ratePpm,
      net_minor: feeMinor === null ? null : amountMinor - feeMinor,
      status,
      raw_status: rawStatus(cells),
      occurred_at: occurred?.iso ?? null,
      booked_on: booked?.date ?? null,
      value_on: valued?.date ?? null,
      counterparty: counterparty(cells),
      description: description(cells),
      trace: { ...trace, line },
    };
    out.push(record);
    for (const extra of derived) {
      const value = extra.read(cells, currency.exponent);
      if (typeof value === 'string') return { ok: false, code: 'amount_invalid', message: value };
      if (value === null || value === 0) continue;
      out.push({
        ...record,
        kind: extra.kind,
        status: extra.status,
        amount_minor: value,
        fee_minor: null,
        net_minor: null,
        fee_rate_ppm: null,
      });
    }
    return { ok: true, kind: record.kind, exponent: currency.exponent, record, net: fileNet(cells, record) };
  });
}

/** An amount from its column(s) — or a separate debit column — signed by the rule or an indicator column. */
function compileAmount(
  rule: AmountRule,
  columns: ColumnResolver,
  clean: (value: string | undefined) => string,
  format: AmountFormat,
): AmountReader {
  const credit = columns.anyOf(rule.column);
  const debit = rule.debit === undefined ? [] : columns.anyOf(rule.debit);
  const label = (list: Columns) => (typeof list === 'string' ? list : list.join(' | '));
  const sign = rule.sign ?? 'as-is';
  const indicator = rule.indicator ? compileIndicator(rule.indicator, columns, clean) : null;
  const parse = compileCellParser(format, rule.extract);
  if (rule.net) return compileNetAmount(rule, credit, debit, clean, format);
  return (cells, exponent) => {
    if (rule.combine === 'sum') {
      const total = sumCells(cells, credit, clean, parse, exponent);
      if (total === null || typeof total === 'string') return total === null ? null : `${label(rule.column)} ${total}`;
      const signed = applySign(total, sign);
      return indicator ? indicator(cells, signed) : signed;
    }
    let at = firstFilled(cells, credit, clean);
    let fromDebit = at < 0;
    if (fromDebit) at = firstFilled(cells, debit, clean);
    else if (debit.length > 0 && ZERO.test(clean(cells[at]))) {
      // "0.00" in the unused column of a debit/credit pair: the other column holds the amount.
      const other = firstFilled(cells, debit, clean);
      if (other >= 0 && !ZERO.test(clean(cells[other]))) [at, fromDebit] = [other, true];
    }
    if (at < 0) return null;
    const value = clean(cells[at]);
    const parsed = parse(value, exponent);
    if (parsed === null) return null;
    if (typeof parsed === 'string')
      return `${label(fromDebit ? (rule.debit ?? '') : rule.column)} "${value}" ${parsed}`;
    const signed = fromDebit ? -Math.abs(parsed) : applySign(parsed, sign);
    return indicator ? indicator(cells, signed) : signed;
  };
}

const ZERO = /^[-+]?0+(?:[.,]0+)?$/;
/** Credit minus debit, both columns read (a producer writing `0,00` in the unused one). */
function compileNetAmount(
  rule: AmountRule,
  credit: number[],
  debit: number[],
  clean: (value: string | undefined) => string,
  format: AmountFormat,
): AmountReader {
  const read = (cells: string[], indexes: number[], exponent: number, name: Columns | undefined) => {
    const at = firstFilled(cells, indexes, clean);
    if (at < 0) return null;
    const value = clean(cells[at]);
    const parsed = parseMinor(value, exponent, format);
    return typeof parsed === 'string'
      ? `${typeof name === 'string' ? name : (name ?? []).join(' | ')} "${value}" ${parsed}`
      : parsed;
  };
  return (cells, exponent) => {
    const income = read(cells, credit, exponent, rule.column);
    const expense = read(cells, debit, exponent, rule.debit);
    if (typeof income === 'string') return income;
    if (typeof expense === 'string') return expense;
    if (income === null && expense === null) return null;
    return (income ?? 0) - Math.abs(expense ?? 0);
  };
}

function firstFilled(cells: string[], indexes: number[], clean: (value: string | undefined) => string): number {
  for (const index of indexes) if (clean(cells[index]) !== '') return index;
  return -1;
}

function compileIndicator(
  rule: NonNullable<AmountRule['indicator']>,
  columns: ColumnResolver,
  clean: (value: string | undefined) => string,
): (cells: string[], amount: number) => number | string {
  const index = columns.required(rule.column);
  const negative = new Set(rule.negative);
  const positive = new Set(rule.positive);
  const neutral = new Set(rule.neutral ?? []);
  const known = [...rule.negative, ...rule.positive, ...(rule.neutral ?? [])].map((m) => `"${m}"`).join(', ');
  return (cells, amount) => {
    const mark = clean(cells[index]);
    if (negative.has(mark)) return -Math.abs(amount);
    if (positive.has(mark)) return Math.abs(amount);
    if (neutral.has(mark)) return amount;
    return `${rule.column} "${mark}" is not one of ${known}`;
  };
}

/** A rate already in parts per million: a whole number. */
function parsePpm(text: string): number | string {
  const value = parseMinor(text, 0);
  return typeof value === 'number' ? value : `rate "${text}" ${value}`;
}

function applySign(value: number, sign: NonNullable<AmountRule['sign']>): number {
  if (value === 0) return 0;
  if (sign === 'negate') return -value;
  if (sign === 'negative') return -Math.abs(value);
  if (sign === 'positive') return Math.abs(value);
  return value;
}

type CompiledKind = { rule: KindRule; amount: AmountReader | null };

function compileKinds(
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

function compileCurrency(
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

function compileSource(
  profile: Profile,
  columns: ColumnResolver,
  clean: (value: string | undefined) => string,
): (cells: string[]) => string | null {
  const spec = profile.source;
  if ('value' in spec) return () => spec.value;
  const index = columns.required(spec.column);
  const map = spec.map ?? {};
  return (cells) => {
    const value = clean(cells[index]);
    return value === '' ? null : (map[value] ?? value.toLowerCase());
  };
}
