import type { CanonicalRecord, Kind, Status } from '../canonical/record.ts';
import { parseRatePpm, type AmountFormat } from '../money.ts';
import type { AmountRule, DateRule, Profile } from '../profile/types.ts';
import { fail, issue, ok, type Result } from '../result.ts';
import { compileAmount, parsePpm, type AmountReader } from './amount-reader.ts';
import { ColumnResolver } from './columns.ts';
import { compileFileNet } from './file-net.ts';
import { makeRuleDateReader, type DateReader } from './date-reader.ts';
import { makeCleaner } from './header.ts';
import { compileCurrency, compileKinds, compileSource } from './row-facts.ts';

export type RowProblem = { code: string; message: string };

/** What the mapper made of one row: its kind (for control totals) or why it was rejected. */
export type RowOutcome =
  { ok: true; kind: Kind; exponent: number; record: CanonicalRecord; net: number } | ({ ok: false } & RowProblem);

export type RowMapper = (cells: string[], line: number, out: CanonicalRecord[]) => RowOutcome;

export type MapContext = { importId: number; file: string };

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
