import type { OfxElement } from './sgml.ts';

/** The first child named `name`, following a path of names (`child(stmtrs, 'LEDGERBAL', 'BALAMT')`). */
export function child(element: OfxElement | undefined, ...path: string[]): OfxElement | undefined {
  let at = element;
  for (const name of path) at = at?.children.find((candidate) => candidate.name === name);
  return at;
}

/** The trimmed value of the leaf at `path`, `''` when it is empty, null when it is absent. */
export function valueAt(element: OfxElement | undefined, ...path: string[]): string | null {
  const leaf = child(element, ...path);
  if (!leaf) return null;
  return leaf.value ?? '';
}

/** Every element named one of `names` under `element`, in file order; looking inside a match only when `inside`. */
export function findAll(element: OfxElement, names: ReadonlySet<string>, inside = false): OfxElement[] {
  const found: OfxElement[] = [];
  const walk = (at: OfxElement) => {
    for (const next of at.children) {
      if (names.has(next.name)) found.push(next);
      if (inside || !names.has(next.name)) walk(next);
    }
  };
  walk(element);
  return found;
}

/**
 * The nearest element named `name` under `element`, breadth first, not looking inside
 * transactions. Statement parts are looked up this way because an SGML file may leave an
 * aggregate unclosed (a BANKTRANLIST with no end tag), which moves its children up to the statement.
 */
export function descendant(element: OfxElement | undefined, name: string): OfxElement | undefined {
  const queue = element ? [element] : [];
  for (let at = 0; at < queue.length; at++) {
    for (const next of (queue[at] as OfxElement).children) {
      if (next.name === name) return next;
      if (next.children.length > 0 && next.name !== 'STMTTRN') queue.push(next);
    }
  }
  return undefined;
}
