import type { FileFilter, OpenFilesRequest, SaveFileRequest } from '../../contracts/host-api.ts';

/**
 * Hand-written shape checks for what the page sends over each host channel. The page is
 * untrusted as far as main is concerned: every field is checked, unknown fields are refused.
 */
export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

type Validator<T> = (value: unknown, path: string) => Checked<T>;

const MAX_FILTERS = 20;
const MAX_EXTENSIONS = 20;
const MAX_NAME_LENGTH = 255;
/** Node writes at most 2 GiB in one call; larger payloads are refused before touching the disk. */
export const MAX_PAYLOAD_BYTES = 2 ** 31 - 1;

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const fail = (message: string): Checked<never> => ({ ok: false, message });

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function checkKeys(value: Record<string, unknown>, allowed: readonly string[], path: string): Checked<true> {
  const extra = Object.keys(value).find((key) => !allowed.includes(key));
  return extra === undefined ? ok(true) : fail(`${path}.${extra} is not expected`);
}

function checkName(value: unknown, path: string, maxLength: number): Checked<string> {
  if (typeof value !== 'string' || value.length === 0) return fail(`${path} must be a non-empty string`);
  if (value.length > maxLength) return fail(`${path} is longer than ${maxLength} characters`);
  if (/[\u0000-\u001f]/.test(value)) return fail(`${path} contains control characters`);
  return ok(value);
}

export const checkBytes: Validator<Uint8Array> = (value, path) => {
  if (!(value instanceof Uint8Array)) return fail(`${path} must be a Uint8Array`);
  if (value.byteLength > MAX_PAYLOAD_BYTES) return fail(`${path} is larger than ${MAX_PAYLOAD_BYTES} bytes`);
  return ok(value);
};

const checkExtension: Validator<string> = (value, path) =>
  typeof value === 'string' && /^(\*|[A-Za-z0-9]{1,16})$/.test(value)
    ? ok(value)
    : fail(`${path} must be a file extension without a dot (letters and digits) or "*"`);

const checkFilter: Validator<FileFilter> = (value, path) => {
  if (!isPlainObject(value)) return fail(`${path} must be an object`);
  const keys = checkKeys(value, ['name', 'extensions'], path);
  if (!keys.ok) return keys;
  const name = checkName(value['name'], `${path}.name`, 100);
  if (!name.ok) return name;
  const extensions = checkArray(value['extensions'], `${path}.extensions`, MAX_EXTENSIONS, checkExtension);
  if (!extensions.ok) return extensions;
  return ok({ name: name.value, extensions: extensions.value });
};

function checkArray<T>(value: unknown, path: string, max: number, item: Validator<T>): Checked<T[]> {
  if (!Array.isArray(value)) return fail(`${path} must be an array`);
  if (value.length > max) return fail(`${path} has more than ${max} entries`);
  const items: T[] = [];
  for (const [index, entry] of value.entries()) {
    const checked = item(entry, `${path}[${index}]`);
    if (!checked.ok) return checked;
    items.push(checked.value);
  }
  return ok(items);
}

function checkArity(args: readonly unknown[], count: number, channel: string): Checked<true> {
  return args.length === count
    ? ok(true)
    : fail(`${channel} takes ${count} argument${count === 1 ? '' : 's'}, got ${args.length}`);
}

/** The suggested name only seeds the save dialog: a bare file name, never a path. */
function checkSuggestedName(value: unknown, path: string): Checked<string> {
  const name = checkName(value, path, MAX_NAME_LENGTH);
  if (!name.ok) return name;
  if (/[\\/]/.test(name.value) || name.value === '.' || name.value === '..') {
    return fail(`${path} must be a file name, not a path`);
  }
  return name;
}

export function checkSaveFileArgs(args: readonly unknown[]): Checked<[SaveFileRequest]> {
  const arity = checkArity(args, 1, 'saveFile');
  if (!arity.ok) return arity;
  const request = args[0];
  if (!isPlainObject(request)) return fail('saveFile request must be an object');
  const keys = checkKeys(request, ['suggestedName', 'bytes', 'filters'], 'request');
  if (!keys.ok) return keys;
  const suggestedName = checkSuggestedName(request['suggestedName'], 'request.suggestedName');
  if (!suggestedName.ok) return suggestedName;
  const bytes = checkBytes(request['bytes'], 'request.bytes');
  if (!bytes.ok) return bytes;
  const filters = checkArray(request['filters'], 'request.filters', MAX_FILTERS, checkFilter);
  if (!filters.ok) return filters;
  return ok([{ suggestedName: suggestedName.value, bytes: bytes.value, filters: filters.value }]);
}

export function checkOpenFilesArgs(args: readonly unknown[]): Checked<[OpenFilesRequest]> {
  const arity = checkArity(args, 1, 'openFiles');
  if (!arity.ok) return arity;
  const request = args[0];
  if (!isPlainObject(request)) return fail('openFiles request must be an object');
  const keys = checkKeys(request, ['filters'], 'request');
  if (!keys.ok) return keys;
  const filters = checkArray(request['filters'], 'request.filters', MAX_FILTERS, checkFilter);
  if (!filters.ok) return filters;
  return ok([{ filters: filters.value }]);
}

export function checkSaveWorkspaceArgs(args: readonly unknown[]): Checked<[Uint8Array]> {
  const arity = checkArity(args, 1, 'saveWorkspace');
  if (!arity.ok) return arity;
  const bytes = checkBytes(args[0], 'bytes');
  return bytes.ok ? ok([bytes.value]) : bytes;
}

/** A kept copy is named by its generation number only, never by a path. */
export function checkGenerationArgs(args: readonly unknown[]): Checked<[number]> {
  const arity = checkArity(args, 1, 'restoreWorkspaceCopy');
  if (!arity.ok) return arity;
  const generation = args[0];
  if (typeof generation !== 'number' || !Number.isInteger(generation) || generation < 1 || generation > 999) {
    return fail('generation must be a whole number from 1 to 999');
  }
  return ok([generation]);
}

export function checkNoArgs(args: readonly unknown[]): Checked<[]> {
  const arity = checkArity(args, 0, 'this call');
  return arity.ok ? ok([]) : arity;
}
