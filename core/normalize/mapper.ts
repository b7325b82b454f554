import type { CanonicalRecord, Kind } from '../canonical/record.ts';
import { parseRatePpm, type AmountFormat } from '../money.ts';
import type { AmountRule, Columns, DateRule, FieldMap, Profile } from '../profile/types.ts';
import { fail, issue, ok, type Result } from '../result.ts';
import { compileAmount, parsePpm, type AmountReader } from './amount-reader.ts';
import { ColumnResolver } from './columns.ts';
import { compileFileNet } from './file-net.ts';
import { makeRuleDateReader, type DateReader, type DateValue } from './date-reader.ts';
import { makeCleaner, type HeaderIndex } from './header.ts';
import { compileCurrency, compileKinds, compileSource, compileStatus } from './row-facts.ts';

export type RowProblem = { code: string; message: string };

/** What the mapper made of one row: its kind (for control totals) or why it was rejected. */
export type RowOutcome =
  { ok: true; kind: Kind; exponent: number; record: CanonicalRecord; net: number } | ({ ok: false } & RowProblem);

export type RowMapper = (cells: string[], line: number, out: CanonicalRecord[]) => RowOutcome;

export type MapContext = { importId: number; file: string };

type TextReader = (cells: string[]) => string | null;
type Rejected = { ok: false } & RowProblem;

const rejected = (code: string, message: string): Rejected => ({ ok: false, code, message });

/**
 * Compile a profile against a file's header into a fast row mapper. Fails when the header lacks
 * a column the profile reads. A rejected row leaves no record behind, not even a derived one.
 *
 * @example
 * const mapper = compileMapper(profile, header, { importId: 1, file: 'alipay.csv' });
 * if (mapper.ok) mapper.value(cells, 6, records); // → { ok: true, kind: 'payment' }
 */
export function compileMapper(profile: Profile, header: HeaderIndex, context: MapContext): Result<RowMapper> {
  const columns = new ColumnResolver(header, profile.clean.stripPrefixes);
  const clean = makeCleaner(profile.clean);
  const format: AmountFormat = profile.amountFormat ?? { decimal: '.' };
  const text = compileText(columns, clean);
  const amount = (rule: AmountRule): AmountReader => compileAmount(rule, columns, clean, format);
  const kindOf = compileKinds(profile, columns, clean, amount);
  const currencyOf = compileCurrency(profile, columns, clean);
  const sourceOf = compileSource(profile, columns, clean);
  const statusOf = compileStatus(profile.fields.status, columns, clean);
  const defaultAmount = amount(profile.fields.amount);
  const fee = compileFee(profile.fields, text, amount);
  const dates = compileDates(profile, text);
  const describe = compileTexts(profile.fields, text);
  const derived = (profile.derived ?? []).map((rule) => ({ ...rule, read: amount(rule.amount) }));
  const fileNet = compileFileNet(profile.fileNet, columns, clean);
  if (columns.missing.length > 0) {
    const names = columns.missing.map((m) => `"${m}"`).join(', ');
    const message = `The header has no column ${names} that profile ${profile.id} v${profile.version} reads.`;
    return fail(issue('columns_missing', message, { file: context.file }));
  }
  const ambiguity = columns.ambiguity();
  if (ambiguity !== null) return fail(issue('column_repeated', ambiguity, { file: context.file }));
  const minCells = columns.maxIndex + 1;
  const trace = {
    import_id: context.importId,
    file: context.file,
    profile_id: profile.id,
    profile_version: profile.version,
  };

  return ok((cells, line, out) => {
    if (cells.length < minCells)
      return rejected('row_short', `has ${cells.length} cells; the header has at least ${minCells}`);
    const kindRule = kindOf(cells);
    if (typeof kindRule === 'string') return rejected('row_kind_unknown', kindRule);
    const currency = currencyOf(cells);
    if (typeof currency === 'string') return rejected('currency_invalid', currency);
    const source = sourceOf(cells);
    if (source === null) return rejected('source_missing', 'names no source');
    const status = statusOf(cells) ?? kindRule.rule.status;
    if (typeof status === 'object') return status;
    const amountMinor = (kindRule.amount ?? defaultAmount)(cells, currency.exponent);
    if (amountMinor === null) return rejected('amount_missing', 'has no amount');
    if (typeof amountMinor === 'string') return rejected('amount_invalid', amountMinor);
    const fees = fee(cells, currency.exponent);
    if ('ok' in fees) return fees;
    const when = dates(cells);
    if ('ok' in when) return when;
    // One literal with every field in schema order: every record has the same shape, which
    // keeps validating and encoding them fast.
    const record: CanonicalRecord = {
      side: profile.side,
      source,
      kind: kindRule.rule.kind,
      order_ref: describe.orderRef(cells),
      channel_ref: describe.channelRef(cells),
      refund_ref: describe.refundRef(cells),
      batch_ref: describe.batchRef(cells),
      amount_minor: amountMinor,
      currency: currency.code,
      fee_minor: fees.fee,
      fee_rate_ppm: fees.ratePpm,
      net_minor: fees.fee === null ? null : amountMinor - fees.fee,
      status,
      raw_status: describe.rawStatus(cells),
      occurred_at: when.occurred_at,
      booked_on: when.booked_on,
      value_on: when.value_on,
      counterparty: describe.counterparty(cells),
      description: describe.description(cells),
      trace: {
        import_id: trace.import_id,
        file: trace.file,
        profile_id: trace.profile_id,
        profile_version: trace.profile_version,
        line,
      },
    };
    const extras: CanonicalRecord[] = [];
    for (const extra of derived) {
      const value = extra.read(cells, currency.exponent);
      if (typeof value === 'string') return rejected('amount_invalid', value);
      if (value === null || value === 0) continue;
      extras.push(derivedRecord(record, extra.kind, extra.status, value));
    }
    out.push(record);
    for (const extra of extras) out.push(extra);
    return { ok: true, kind: record.kind, exponent: currency.exponent, record, net: fileNet(cells, record) };
  });
}

/** A record derived from a row's main record: another kind and status, its own amount, no fee. */
function derivedRecord(main: CanonicalRecord, kind: Kind, status: CanonicalRecord['status'], amount: number) {
  const record: CanonicalRecord = {
    ...main,
    kind,
    amount_minor: amount,
    fee_minor: null,
    fee_rate_ppm: null,
    net_minor: null,
    status,
  };
  return record;
}

/** Text of the first non-empty cell among the named columns. */
function compileText(columns: ColumnResolver, clean: (value: string | undefined) => string) {
  return (names: Columns | undefined): TextReader => {
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
}

/** The text fields of a record: references, counterparty, description, the producer's own status. */
function compileTexts(f: FieldMap, text: (names: Columns | undefined) => TextReader) {
  const [orderRef, channelRef, refundRef, batchRef] = [f.order_ref, f.channel_ref, f.refund_ref, f.batch_ref].map(
    (rule) => text(rule?.column),
  ) as [TextReader, TextReader, TextReader, TextReader];
  return {
    orderRef,
    channelRef,
    refundRef,
    batchRef,
    rawStatus: text(f.raw_status?.column),
    counterparty: text(f.counterparty?.column),
    description: text(f.description?.column),
  };
}

/** The fee and fee rate of a row, either absent; or why one is unreadable. */
function compileFee(
  f: FieldMap,
  text: (names: Columns | undefined) => TextReader,
  amount: (rule: AmountRule) => AmountReader,
): (cells: string[], exponent: number) => { fee: number | null; ratePpm: number | null } | Rejected {
  const fee = f.fee ? amount(f.fee) : null;
  const rate = f.fee_rate ? text(f.fee_rate.column) : null;
  const parseRate = f.fee_rate?.unit === 'ppm' ? parsePpm : parseRatePpm;
  return (cells, exponent) => {
    const feeMinor = fee ? fee(cells, exponent) : null;
    if (typeof feeMinor === 'string') return rejected('fee_invalid', feeMinor);
    const rateText = rate ? rate(cells) : null;
    const ratePpm = rateText === null ? null : parseRate(rateText);
    if (typeof ratePpm === 'string') return rejected('fee_rate_invalid', ratePpm);
    return { fee: feeMinor, ratePpm };
  };
}

type RecordDates = Pick<CanonicalRecord, 'occurred_at' | 'booked_on' | 'value_on'>;

/** A row's occurred, booked and value dates, each absent when the profile or the row has none; or the first unreadable one. */
function compileDates(
  profile: Profile,
  text: (names: Columns) => TextReader,
): (cells: string[]) => RecordDates | Rejected {
  const date = (rule: DateRule | undefined): DateReader => {
    const read = rule ? makeRuleDateReader(rule, text, profile.timeZone) : null;
    return (cells) => (read ? read(cells) : null);
  };
  const f = profile.fields;
  const readers = [date(f.occurred_at), date(f.booked_on), date(f.value_on)] as const;
  return (cells) => {
    const values: (DateValue | null)[] = [];
    for (const read of readers) {
      const value = read(cells);
      if (typeof value === 'string') return rejected('date_invalid', value);
      values.push(value);
    }
    const [occurred, booked, valued] = values;
    return { occurred_at: occurred?.iso ?? null, booked_on: booked?.date ?? null, value_on: valued?.date ?? null };
  };
}
