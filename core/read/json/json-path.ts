import type { JsonNode } from './parse-json.ts';

/** One step of a path: an object's own key, an array index, or every element of an array. */
export type PathStep = { key: string } | { index: number } | { each: true };

/** A compiled path: its text (for messages) and steps; no steps is the value itself (`$`). */
export type JsonPath = { text: string; steps: PathStep[]; each: boolean };

const NAME = /[A-Za-z0-9_-]+/y;
const QUOTED = /\["(?:[^"\\]|\\.)*"\]/y;
const INDEX = /\[(0|[1-9][0-9]{0,8}|\*)\]/y;

/**
 * Compile a path of the profile language: `$`, or a name then `.name`, `[n]`, `["any key"]`,
 * `[*]` steps. Returns the path, or why the text is not one.
 *
 * @example compilePath('fee_details[*].amount').steps // [{ key: 'fee_details' }, { each: true }, { key: 'amount' }]
 */
export function compilePath(text: string): JsonPath | string {
  if (text === '$') return { text, steps: [], each: false };
  const steps: PathStep[] = [];
  let at = 0;
  while (at < text.length) {
    const dotted = steps.length > 0 && text.charAt(at) === '.';
    const from = dotted ? at + 1 : at;
    const name = dotted || steps.length === 0 ? sticky(NAME, text, from) : null;
    if (name !== null) {
      steps.push({ key: name });
      at = from + name.length;
      continue;
    }
    if (dotted) return `path "${text}" has no name after "." at character ${at + 1}`;
    const quoted = sticky(QUOTED, text, at);
    if (quoted !== null) {
      const key = quotedKey(quoted);
      if (key === null) return `path "${text}" has a key with an invalid escape at character ${at + 1}`;
      steps.push({ key });
      at += quoted.length;
      continue;
    }
    const index = sticky(INDEX, text, at);
    if (index === null || steps.length === 0) return `path "${text}" is not valid at character ${at + 1}`;
    const inner = index.slice(1, -1);
    steps.push(inner === '*' ? { each: true } : { index: Number(inner) });
    at += index.length;
  }
  if (steps.length === 0) return 'a path is empty';
  return { text, steps, each: steps.some((step) => 'each' in step) };
}

/** The key of a `["…"]` step, its escapes decoded as JSON's; null when one is not valid. */
function quotedKey(step: string): string | null {
  try {
    return JSON.parse(step.slice(1, -1)) as string;
  } catch {
    return null;
  }
}

function sticky(regex: RegExp, text: string, at: number): string | null {
  regex.lastIndex = at;
  return regex.exec(text)?.[0] ?? null;
}

/** The value a path without `[*]` reaches from `node`, or null; no allocation (it runs per cell). */
export function walkOne(node: JsonNode, steps: readonly PathStep[]): JsonNode | null {
  let current: JsonNode | undefined = node;
  for (const step of steps) {
    if (current === undefined) return null;
    if ('key' in step) current = current.type === 'object' ? current.members.get(step.key) : undefined;
    else if ('index' in step) current = current.type === 'array' ? current.items[step.index] : undefined;
    else return null;
  }
  return current ?? null;
}

/**
 * The values a path reaches from `node`: one at most, or one per element under `[*]`. `null`
 * when a step finds nothing (a missing key, an index past the end, a step through a scalar or
 * null). Keys are an object's own members only.
 */
export function walkPath(node: JsonNode, steps: readonly PathStep[]): JsonNode[] | null {
  let current: JsonNode[] = [node];
  let spread = false;
  for (const step of steps) {
    const next: JsonNode[] = [];
    for (const value of current) {
      if ('key' in step) {
        const member = value.type === 'object' ? value.members.get(step.key) : undefined;
        if (member) next.push(member);
      } else if (value.type !== 'array') continue;
      else if ('index' in step) {
        const item = value.items[step.index];
        if (item) next.push(item);
      } else next.push(...value.items);
    }
    // Past `[*]` over an array, nothing found is an empty list (no fees), not a missing field.
    if ('each' in step && current.some((value) => value.type === 'array')) spread = true;
    if (next.length === 0) return spread ? [] : null;
    current = next;
  }
  return current;
}

/**
 * The values of a path with `[*]` steps, one per element of each array: an empty array reaches
 * none (no fees), a missing array or a step through a non-array reaches nothing (null), and an
 * element that lacks the rest of the path is why the values cannot be summed (`is missing at
 * [1]`), never a value quietly left out of the sum.
 */
export function walkEach(node: JsonNode, steps: readonly PathStep[]): JsonNode[] | string | null {
  const at = steps.findIndex((step) => 'each' in step);
  if (at < 0) {
    const one = walkOne(node, steps);
    return one === null ? null : [one];
  }
  const list = walkOne(node, steps.slice(0, at));
  if (list === null || list.type !== 'array') return null;
  const rest = steps.slice(at + 1);
  const values: JsonNode[] = [];
  for (const [index, item] of list.items.entries()) {
    const found = walkEach(item, rest);
    if (found === null) return `is missing at [${index}]`;
    if (typeof found === 'string') return found.replace('at ', `at [${index}]`);
    values.push(...found);
  }
  return values;
}

/** Every object under `node` (itself included) whose value at `steps` is the string `equals`, in document order; found objects are not searched further. */
export function findObjects(
  node: JsonNode,
  steps: readonly PathStep[],
  equals: string,
  out: JsonNode[] = [],
): JsonNode[] {
  if (node.type === 'object') {
    const found = walkPath(node, steps);
    if (found?.length === 1 && found[0]?.type === 'string' && found[0].value === equals) {
      out.push(node);
      return out;
    }
    for (const member of node.members.values()) findObjects(member, steps, equals, out);
  } else if (node.type === 'array') for (const item of node.items) findObjects(item, steps, equals, out);
  return out;
}
