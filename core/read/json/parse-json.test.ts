import { describe, expect, it } from 'vitest';
import { compilePath, walkPath } from './json-path.ts';
import { JsonSyntaxError, lineIndex, MAX_JSON_DEPTH, parseJson, type JsonNode } from './parse-json.ts';

const member = (node: JsonNode, key: string): JsonNode | undefined =>
  node.type === 'object' ? node.members.get(key) : undefined;

const syntaxError = (text: string): { message: string; offset: number } => {
  try {
    parseJson(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { message: error.message, offset: error.offset };
    throw error;
  }
  throw new Error('parsed');
};

describe('parseJson', () => {
  it('keeps the digits of every number as written', () => {
    const root = parseJson('{"a": 0.10, "b": 9007199254740993, "c": -1.5e3, "d": 100.000}');
    expect(['a', 'b', 'c', 'd'].map((key) => member(root, key))).toEqual([
      { type: 'number', at: 6, raw: '0.10' },
      { type: 'number', at: 17, raw: '9007199254740993' },
      { type: 'number', at: 40, raw: '-1.5e3' },
      { type: 'number', at: 53, raw: '100.000' },
    ]);
  });

  it('reads strings with escapes, literals, arrays and a BOM', () => {
    const root = parseJson('\uFEFF[ "a\\"b\\u00e9\\n", true, false, null, [] ]');
    expect(root.type === 'array' && root.items.map((item) => ('value' in item ? item.value : item.type))).toEqual([
      'a"bé\n',
      true,
      false,
      'null',
      'array',
    ]);
  });

  it('keeps __proto__ and constructor as plain keys, polluting nothing', () => {
    const root = parseJson('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": 1}}');
    expect(root.type === 'object' && [...root.members.keys()]).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const path = compilePath('__proto__.polluted');
    if (typeof path === 'string') throw new Error(path);
    expect(walkPath(root, path.steps)).toEqual([{ type: 'string', at: 27, value: 'yes' }]);
  });

  it('refuses a key that appears twice in one object', () => {
    expect(syntaxError('{"amount": 1, "amount": 1000000}')).toEqual({
      message: 'the key "amount" appears twice in one object',
      offset: 14,
    });
  });

  it(`refuses nesting deeper than ${MAX_JSON_DEPTH} levels, without overflowing the stack`, () => {
    expect(parseJson('['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH)).type).toBe('array');
    expect(syntaxError('['.repeat(5000) + ']'.repeat(5000))).toEqual({
      message: `nesting deeper than ${MAX_JSON_DEPTH} levels`,
      offset: MAX_JSON_DEPTH,
    });
  });

  it.each([
    ['{"a": 01}', '"," or "}" expected', 7],
    ['{"a": .5}', 'a value expected', 6],
    ["{'a': 1}", 'a key in double quotes expected', 1],
    ['{"a": 1,}', 'a key in double quotes expected', 8],
    ['[1, 2', 'the text ends before the closing "]"', 5],
    ['{"a": ', 'the text ends where a value was expected', 6],
    ['{"a": "x\ny"}', 'a control character inside a string', 8],
    ['{"a": "\\x"}', 'a string has an invalid escape', 6],
    ['{"a": 1} {"b": 2}', 'more text after the JSON value', 9],
    ['{"a": NaN}', 'a value expected', 6],
  ])('refuses %j: %s', (text, message, offset) => {
    expect(syntaxError(text)).toEqual({ message, offset });
  });
});

describe('lineIndex', () => {
  it('turns offsets into lines and columns for LF, CRLF and lone CR', () => {
    const position = lineIndex('a\nbc\r\nd\re');
    expect([0, 2, 3, 6, 8].map(position)).toEqual([
      { line: 1, column: 1 },
      { line: 2, column: 1 },
      { line: 2, column: 2 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
    ]);
  });
});

describe('compilePath and walkPath', () => {
  const root = parseJson('{"a": {"b.c": [10, 20]}, "list": [], "n": null, "fees": [{"amount": 1}, {"amount": 2}]}');
  const walk = (text: string) => {
    const path = compilePath(text);
    if (typeof path === 'string') throw new Error(path);
    return walkPath(root, path.steps)?.map((node) => ('raw' in node ? node.raw : node.type)) ?? null;
  };

  it('follows names, quoted keys, indexes and [*]', () => {
    expect(walk('a["b.c"][1]')).toEqual(['20']);
    expect(walk('fees[*].amount')).toEqual(['1', '2']);
    expect(walk('list[*].amount')).toEqual([]);
    expect(walk('$')).toEqual(['object']);
  });

  it('finds nothing through a missing key, null, a scalar or inherited members', () => {
    expect(walk('missing.x')).toBeNull();
    expect(walk('n.x')).toBeNull();
    expect(walk('a["b.c"][0].x')).toBeNull();
    expect(walk('constructor')).toBeNull();
    expect(walk('toString')).toBeNull();
    expect(walk('a["b.c"][2]')).toBeNull();
  });

  it.each(['', '.a', 'a.', 'a..b', '[0]', 'a[01]', 'a[-1]', 'a b', '$.a', 'a[x]'])('refuses the path %j', (text) => {
    expect(typeof compilePath(text)).toBe('string');
  });
});
