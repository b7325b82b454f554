/**
 * Why a pattern could backtrack catastrophically (exponential time on a crafted cell), or null
 * when it cannot: a group repeated without bound that holds a quantifier itself (`(a+)+`,
 * `(\d*,?)*`), a group repeated without bound whose alternatives can match the same text
 * (`(a|a)*`, `(a|ab)+`, any alternative that is not plain text), or a back-reference (`\1`, `\k<n>`).
 * Profiles are data from users: their patterns must run in time linear enough for any file.
 *
 * @example unsafePattern('^(a+)+$') // 'repeats a group that holds a quantifier itself ("(a+)+")'
 */
export function unsafePattern(pattern: string): string | null {
  const open: Group[] = [];
  let top: Group = newGroup(0);
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index] as string;
    if (char === '\\') {
      const next = pattern[index + 1] ?? '';
      if (/[1-9]/.test(next) || (next === 'k' && pattern[index + 2] === '<'))
        return `uses a back-reference ("\\${next}…"), which cannot be matched in linear time`;
      top.text += `\\${next}`;
      top.literal = top.literal && !/[dDwWsSbBpPuxc]/.test(next);
      index++;
    } else if (char === '[') {
      const end = classEnd(pattern, index);
      top.text += pattern.slice(index, end + 1);
      top.literal = false;
      index = end;
    } else if (char === '(') {
      open.push(top);
      top = newGroup(index);
      index += prefixLength(pattern, index);
    } else if (char === ')') {
      const closed = top;
      top = open.pop() ?? newGroup(0);
      const quantifier = quantifierAt(pattern, index + 1);
      const repeated = quantifier !== null && quantifier.unbounded;
      const shown = pattern.slice(closed.start, index + 1 + (quantifier?.length ?? 0));
      if (repeated && closed.quantified)
        return `repeats a group that holds a quantifier itself ("${shown}"), which can take exponential time`;
      if (
        repeated &&
        closed.alternatives.length > 0 &&
        ambiguous([...closed.alternatives, closed.text], closed.alternativesLiteral && closed.literal)
      )
        return `repeats a group whose alternatives can match the same text ("${shown}"), which can take exponential time`;
      top.quantified ||= closed.quantified || (quantifier?.variable ?? false);
      top.literal = false;
      top.text += shown;
      index += quantifier?.length ?? 0;
    } else if (char === '|') {
      top.alternatives.push(top.text);
      top.alternativesLiteral &&= top.literal;
      top.text = '';
      top.literal = true;
    } else {
      const quantifier = quantifierAt(pattern, index);
      if (quantifier) {
        top.quantified ||= quantifier.variable;
        top.literal = false;
        index += quantifier.length - 1;
      } else {
        top.text += char;
        top.literal &&= !'.^$'.includes(char);
      }
    }
  }
  return null;
}

type Group = {
  start: number;
  text: string;
  literal: boolean;
  alternatives: string[];
  alternativesLiteral: boolean;
  quantified: boolean;
};

const newGroup = (start: number): Group => ({
  start,
  text: '',
  literal: true,
  alternatives: [],
  alternativesLiteral: true,
  quantified: false,
});

/** Alternatives that are all plain text, none the start of another, cannot match the same text two ways. */
function ambiguous(alternatives: string[], literal: boolean): boolean {
  if (!literal) return true;
  return alternatives.some((a, i) => alternatives.some((b, j) => i !== j && b.startsWith(a)));
}

/** `*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}` (with a lazy `?`) at `index`: whether it has no upper bound, whether its count varies. */
function quantifierAt(
  pattern: string,
  index: number,
): { length: number; unbounded: boolean; variable: boolean } | null {
  const rest = pattern.slice(index);
  const match = /^(?:[*+?]|\{\d+(?:,\d*)?\})\??/.exec(rest);
  if (!match) return null;
  const text = match[0];
  const unbounded = text.startsWith('*') || text.startsWith('+') || /^\{\d+,\}/.test(text);
  // `{3}` matches exactly three times: it adds no choice to backtrack over.
  const fixed = /^\{(\d+)(?:,(\d+))?\}/.exec(text);
  const variable = !fixed || (fixed[2] !== undefined && fixed[2] !== fixed[1]);
  return { length: text.length, unbounded, variable };
}

/** Characters after `(` that open a special group: `?:`, `?=`, `?!`, `?<=`, `?<!`, `?<name>`. */
function prefixLength(pattern: string, index: number): number {
  const rest = pattern.slice(index + 1);
  const match = /^\?(?:[:=!]|<[=!]|<[A-Za-z_$][\w$]*>)/.exec(rest);
  return match ? match[0].length : 0;
}

function classEnd(pattern: string, start: number): number {
  for (let index = start + 1; index < pattern.length; index++) {
    if (pattern[index] === '\\') index++;
    else if (pattern[index] === ']') return index;
  }
  return pattern.length - 1;
}
