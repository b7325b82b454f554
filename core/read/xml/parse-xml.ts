import { fail, issue, ok, type Result } from '../../result.ts';
import { XmlTree, type XmlNode } from './tree.ts';
import { XmlError, XmlTokenizer } from './xml-tokens.ts';

export type { XmlNode, XmlValue } from './tree.ts';
export { MAX_XML_DEPTH } from './xml-tokens.ts';

/**
 * Parse a whole untrusted document safely (see {@link XmlTokenizer}): any DOCTYPE or ENTITY
 * declaration is refused, no entity is expanded, every value stays the exact text it was
 * (`000123` is not 123), namespace prefixes are dropped so paths work across versions, nesting is
 * bounded, and prototype-reaching names are refused.
 *
 * @example parseXml('<Document xmlns="urn:iso"><Amt Ccy="EUR">000123.50</Amt></Document>')
 * // { ok: true, value: { Document: { Amt: { '#text': '000123.50', '@_Ccy': 'EUR' } } } }
 */
export function parseXml(text: string, file?: string): Result<XmlNode> {
  const tree = new XmlTree();
  try {
    const tokens = new XmlTokenizer(tree);
    tokens.push(text);
    tokens.end();
  } catch (error) {
    if (error instanceof XmlError) return fail(xmlIssue(error, file));
    throw error;
  }
  return ok(tree.document);
}

/** A refused document as an issue naming the file, and the line and column where there is one. */
export function xmlIssue(error: XmlError, file?: string) {
  const where = {
    ...(file === undefined ? {} : { file }),
    ...(error.line === undefined ? {} : { line: error.line }),
    ...(error.column === undefined ? {} : { column: error.column }),
  };
  return issue(error.code, error.message, where);
}
