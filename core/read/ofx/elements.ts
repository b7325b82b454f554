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

/** Every element named one of `names` under `element` (not looking inside a match). */
export function findAll(element: OfxElement, names: ReadonlySet<string>): OfxElement[] {
  const found: OfxElement[] = [];
  const walk = (at: OfxElement) => {
    for (const next of at.children) {
      if (names.has(next.name)) found.push(next);
      else walk(next);
    }
  };
  walk(element);
  return found;
}

/**
 * The first element named `name` anywhere under `element`, depth first. Statement parts are
 * looked up this way because an SGML file may leave an aggregate unclosed (a BANKTRANLIST with
 * no end tag), which moves its children up to the statement.
 */
export function descendant(element: OfxElement | undefined, name: string): OfxElement | undefined {
  if (!element) return undefined;
  for (const next of element.children) {
    if (next.name === name) return next;
    const found = descendant(next, name);
    if (found) return found;
  }
  return undefined;
}
