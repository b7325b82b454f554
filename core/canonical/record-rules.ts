import { KINDS, SIDES, STATUSES, type CanonicalRecord } from './record.ts';

/**
 * Every rule of schemas/canonical-record.v1.schema.json as plain checks, in the schema's order, so
 * a record is checked in one pass without a generic validator. The reason has the JSON Schema
 * validator's wording (`/path message`); a property test holds the two to the same verdict.
 */
const MAX_SAFE = 9007199254740991;
const MAX_TEXT = 32767;
const MAX_SOURCE = 100;
const CURRENCY = '^[A-Z]{3}$';
const INSTANT = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$';
const DATE = '^\\d{4}-\\d{2}-\\d{2}$';
const currencyPattern = new RegExp(CURRENCY, 'u');
const instantPattern = new RegExp(INSTANT, 'u');
const datePattern = new RegExp(DATE, 'u');
const sides: ReadonlySet<unknown> = new Set(SIDES);
const kinds: ReadonlySet<unknown> = new Set(KINDS);
const statuses: ReadonlySet<unknown> = new Set(STATUSES);
const ENUM = 'must be equal to one of the allowed values';

/** The first schema rule the record breaks, as `/field message`; null when it is canonical. */
export function recordViolation(record: CanonicalRecord): string | null {
  const r = record;
  if (!sides.has(r.side)) return `/side ${ENUM}`;
  const source = text(r.source, false, 1, MAX_SOURCE);
  if (source) return `/source ${source}`;
  if (!kinds.has(r.kind)) return `/kind ${ENUM}`;
  return (
    optionalText('order_ref', r.order_ref) ??
    optionalText('channel_ref', r.channel_ref) ??
    optionalText('refund_ref', r.refund_ref) ??
    optionalText('batch_ref', r.batch_ref) ??
    integer('amount_minor', r.amount_minor, false, -MAX_SAFE, MAX_SAFE) ??
    patterned('currency', r.currency, false, currencyPattern, CURRENCY) ??
    integer('fee_minor', r.fee_minor, true, -MAX_SAFE, MAX_SAFE) ??
    integer('fee_rate_ppm', r.fee_rate_ppm, true, 0, 1_000_000) ??
    integer('net_minor', r.net_minor, true, -MAX_SAFE, MAX_SAFE) ??
    (statuses.has(r.status) ? null : `/status ${ENUM}`) ??
    optionalText('raw_status', r.raw_status) ??
    patterned('occurred_at', r.occurred_at, true, instantPattern, INSTANT) ??
    patterned('booked_on', r.booked_on, true, datePattern, DATE) ??
    patterned('value_on', r.value_on, true, datePattern, DATE) ??
    optionalText('counterparty', r.counterparty) ??
    optionalText('description', r.description) ??
    traceViolation(r.trace)
  );
}

function traceViolation(trace: CanonicalRecord['trace']): string | null {
  if (typeof trace !== 'object' || trace === null || Array.isArray(trace)) return '/trace must be object';
  return (
    integer('trace/import_id', trace.import_id, false, 0, Infinity) ??
    prefixed('trace/file', text(trace.file, false, 1, Infinity)) ??
    integer('trace/line', trace.line, false, 1, Infinity) ??
    prefixed('trace/profile_id', text(trace.profile_id, false, 1, Infinity)) ??
    integer('trace/profile_version', trace.profile_version, false, 1, Infinity)
  );
}

const prefixed = (path: string, reason: string | null): string | null => (reason ? `/${path} ${reason}` : null);

const optionalText = (field: string, value: unknown): string | null => prefixed(field, text(value, true, 0, MAX_TEXT));

function text(value: unknown, nullable: boolean, min: number, max: number): string | null {
  if (value === null && nullable) return null;
  if (typeof value !== 'string') return nullable ? 'must be string,null' : 'must be string';
  // Lengths in UTF-16 units, as the bundled validator counts them (compiled with `unicode: false`).
  if (value.length > max) return `must NOT have more than ${max} characters`;
  if (value.length < min) return `must NOT have fewer than ${min} characters`;
  return null;
}

function integer(field: string, value: unknown, nullable: boolean, min: number, max: number): string | null {
  if (value === null && nullable) return null;
  if (typeof value !== 'number' || !Number.isInteger(value))
    return `/${field} must be ${nullable ? 'integer,null' : 'integer'}`;
  if (value > max) return `/${field} must be <= ${max}`;
  if (value < min) return `/${field} must be >= ${min}`;
  return null;
}

function patterned(field: string, value: unknown, nullable: boolean, pattern: RegExp, source: string): string | null {
  if (value === null && nullable) return null;
  if (typeof value !== 'string') return `/${field} must be ${nullable ? 'string,null' : 'string'}`;
  return pattern.test(value) ? null : `/${field} must match pattern "${source}"`;
}
