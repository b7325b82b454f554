import { formatMinor, parseMinor, type AmountFormat } from '../../money.ts';
import type { JsonValueType } from '../../profile/layouts.ts';
import type { JsonNode } from './parse-json.ts';

/** A value as a cell: its text, and for amounts its integer minor units (null when absent). */
export type Cell = { text: string; minor: number | null };

const EMPTY: Cell = { text: '', minor: null };
const INTEGER = /^-?(?:0|[1-9][0-9]*)$/;
const DECIMAL_STRING = /^\s*[-+]?[0-9]+\.[0-9]+\s*$/;
/** 9999-12-31T23:59:59Z: later seconds are not a date a statement holds. */
const MAX_UNIX_SECONDS = 253_402_300_799;

/** How amounts are read: the entry's currency exponent, and the profile's format for amounts written as strings. */
export type AmountContext = { exponent: number | null; currency: string; format: AmountFormat };

/**
 * The cell of a column from the value its path reached (`null`: the path found nothing), or the
 * values of a `[*]` path, which are summed (amounts only). Returns the cell or why it cannot be one.
 *
 * @example toCell({ type: 'number', at: 0, raw: '2000' }, 'minor', usd) // { text: '20.00', minor: 2000 }
 */
export function toCell(
  found: JsonNode | readonly JsonNode[] | null,
  type: JsonValueType,
  amounts: AmountContext,
): Cell | string {
  if (found === null) return EMPTY;
  if (type === 'amount' || type === 'minor') return amountCell(Array.isArray(found) ? found : [found], type, amounts);
  const node = Array.isArray(found) ? found[0] : found;
  if (!node || node.type === 'null') return EMPTY;
  if (type === 'unix-seconds') return unixCell(node);
  if (node.type === 'object' || node.type === 'array')
    return `is ${node.type === 'object' ? 'an object' : 'an array'}, not a value; name a field inside it`;
  const text = node.type === 'number' ? node.raw : String(node.value);
  if (type === 'currency') {
    if (node.type !== 'string') return `${text} is not a currency code`;
    return { text: text.trim().toUpperCase(), minor: null };
  }
  return { text, minor: null };
}

function amountCell(nodes: readonly JsonNode[], type: 'amount' | 'minor', amounts: AmountContext): Cell | string {
  let sum = 0;
  let present = false;
  for (const node of nodes) {
    if (node.type === 'null') continue;
    if (amounts.exponent === null)
      return amounts.currency === ''
        ? 'has an amount but no currency'
        : `currency "${amounts.currency}" is not an ISO 4217 code`;
    const minor = type === 'minor' ? minorOf(node, amounts) : majorOf(node, amounts);
    if (typeof minor === 'string') return minor;
    sum += minor;
    if (!Number.isSafeInteger(sum)) return 'amounts sum past 2^53 minor units';
    present = true;
  }
  if (!present && nodes.length !== 0) return EMPTY;
  return { text: formatMinor(sum, amounts.exponent ?? 0), minor: sum };
}

/** Integer minor units (Stripe cents), read from the number's digits; a decimal string is major units. */
function minorOf(node: JsonNode, amounts: AmountContext): number | string {
  if (node.type === 'string') {
    if (!DECIMAL_STRING.test(node.value))
      return `"${node.value}" is text: minor units are written as whole numbers, major units with a decimal point`;
    return majorOf(node, amounts);
  }
  if (node.type !== 'number') return `${describe(node)} is not an amount`;
  if (!INTEGER.test(node.raw)) return `${node.raw} is not a whole number of minor units`;
  const value = BigInt(node.raw);
  const limit = BigInt(Number.MAX_SAFE_INTEGER);
  if (value > limit || value < -limit) return `${node.raw} minor units is more than the 2^53 − 1 an amount may hold`;
  return Number(value);
}

/** A decimal in major units: a number's source digits (never a double), or a string in the profile's amount format. */
function majorOf(node: JsonNode, amounts: AmountContext): number | string {
  if (node.type !== 'number' && node.type !== 'string') return `${describe(node)} is not an amount`;
  const text = node.type === 'number' ? node.raw : node.value;
  const parsed = parseMinor(text, amounts.exponent ?? 0, node.type === 'number' ? { decimal: '.' } : amounts.format);
  return typeof parsed === 'string' ? `"${text}" ${parsed}` : parsed;
}

/** Unix seconds as an ISO date-time in UTC. */
function unixCell(node: JsonNode): Cell | string {
  if (node.type !== 'number' || !INTEGER.test(node.raw)) return `${describe(node)} is not a time in unix seconds`;
  const seconds = Number(node.raw);
  if (seconds < 0 || seconds > MAX_UNIX_SECONDS) return `${node.raw} is not a time in unix seconds`;
  return { text: `${new Date(seconds * 1000).toISOString().slice(0, 19)}Z`, minor: null };
}

function describe(node: JsonNode): string {
  if (node.type === 'number') return node.raw;
  if (node.type === 'string') return `"${node.value}"`;
  if (node.type === 'boolean') return String(node.value);
  return node.type === 'null' ? 'null' : `an ${node.type}`;
}
