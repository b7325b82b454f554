import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { fail, issue, ok, type Result } from '../../result.ts';

/** A parsed element: child elements by local name (repeated ones as arrays), attributes as `@_name`, text as `#text`. */
export type XmlNode = { [name: string]: XmlValue };
export type XmlValue = string | XmlNode | XmlValue[];

/** Statements nest about 15 levels deep; anything past this is refused, not recursed into. */
export const MAX_XML_DEPTH = 64;

/** Names that would reach an object's prototype if they became keys. */
const FORBIDDEN_NAMES = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Parse an untrusted statement file safely: any DOCTYPE or ENTITY declaration is refused
 * (statements never need one; it is how entity bombs and external entities arrive), no entity
 * is expanded, every value stays the exact text it was (`000123` is not 123), namespace prefixes
 * are dropped so paths work across versions, nesting is bounded, and prototype-reaching names
 * are refused.
 *
 * @example parseXml('<Document xmlns="urn:iso"><Amt Ccy="EUR">000123.50</Amt></Document>')
 * // { ok: true, value: { Document: { Amt: { '#text': '000123.50', '@_Ccy': 'EUR' }, … } } }
 */
export function parseXml(text: string, file?: string): Result<XmlNode> {
  const where = file === undefined ? {} : { file };
  const declaration = /<!(DOCTYPE|ENTITY)/i.exec(text);
  if (declaration) {
    const line = lineAt(text, declaration.index);
    return fail(
      issue(
        'xml_doctype',
        `Line ${line}: the file declares a ${declaration[1]?.toUpperCase()}; statements never need one, so it is refused.`,
        { ...where, line },
      ),
    );
  }
  const depth = maxDepth(text);
  if (depth > MAX_XML_DEPTH) {
    return fail(
      issue('xml_too_deep', `The document nests ${depth} levels deep; at most ${MAX_XML_DEPTH} are read.`, where),
    );
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const { line, col, msg } = valid.err;
    return fail(issue('xml_invalid', `Line ${line}, column ${col}: ${msg}`, { ...where, line, column: col }));
  }
  let forbidden: string | null = null;
  const parser = new XMLParser({
    processEntities: false,
    htmlEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    removeNSPrefix: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    trimValues: true,
    maxNestedTags: MAX_XML_DEPTH,
    onDangerousProperty: (name) => {
      forbidden ??= name;
      return `__forbidden_${name}`;
    },
  });
  let document: XmlNode;
  try {
    document = parser.parse(text) as XmlNode;
  } catch (error) {
    // The parser refuses reserved names itself (strictReservedNames); any other throw is a malformed document.
    const message = error instanceof Error ? error.message : String(error);
    const reserved = /"([^"]+)" is a reserved/.exec(message)?.[1];
    if (reserved) return fail(forbiddenName(reserved, where));
    return fail(issue('xml_invalid', `The document cannot be read: ${message}`, where));
  }
  const named = forbidden ?? findForbidden(document);
  return named === null ? ok(document) : fail(forbiddenName(named, where));
}

const forbiddenName = (name: string, where: { file?: string }) =>
  issue('xml_forbidden_name', `The document uses the element or attribute name "${name}", which is refused.`, where);

/** Deepest element nesting, counted without building anything (so a 5,000-deep file costs one pass). */
function maxDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (let at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
    const next = text.charCodeAt(at + 1);
    if (next === 33 /* ! */) at = skipText(text, at);
    else if (next === 47 /* / */) depth--;
    else if (next !== 63 /* ? */) {
      const close = text.indexOf('>', at);
      if (close < 0) break;
      if (text.charCodeAt(close - 1) !== 47) depth++;
      if (depth > deepest) deepest = depth;
    }
  }
  return deepest;
}

/** Where a comment or CDATA section starting at `at` ends (markup written inside either is text). */
function skipText(text: string, at: number): number {
  const end = text.startsWith('<!--', at) ? '-->' : text.startsWith('<![CDATA[', at) ? ']]>' : null;
  if (end === null) return at;
  const found = text.indexOf(end, at);
  return found < 0 ? text.length : found;
}

function findForbidden(value: XmlValue): string | null {
  if (typeof value === 'string') return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findForbidden(item);
      if (found !== null) return found;
    }
    return null;
  }
  for (const [key, child] of Object.entries(value)) {
    const name = key.startsWith('@_') ? key.slice(2) : key;
    if (FORBIDDEN_NAMES.has(name)) return name;
    const found = findForbidden(child);
    if (found !== null) return found;
  }
  return null;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at >= 0 && at < index; at = text.indexOf('\n', at + 1)) line++;
  return line;
}
