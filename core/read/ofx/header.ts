import { DocumentError } from '../document.ts';
import { countLines } from './sgml.ts';

/** The OFX 1.x header keys, in the order the specification lists them. */
const HEADER_KEYS = [
  'OFXHEADER',
  'DATA',
  'VERSION',
  'SECURITY',
  'ENCODING',
  'CHARSET',
  'COMPRESSION',
  'OLDFILEUID',
  'NEWFILEUID',
] as const;
const KEY_PATTERN = new RegExp(`(${HEADER_KEYS.join('|')}):`, 'g');

export type OfxHeader = {
  /** Header fields by key (`VERSION`, `CHARSET`…); empty when the file has no OFX 1.x header. */
  fields: Record<string, string>;
  /** Where the body (the first tag) starts, and its line. */
  bodyStart: number;
  bodyLine: number;
};

/**
 * Split an OFX file into its OFX 1.x header (`OFXHEADER:100`, `DATA:OFXSGML`, …) and its body.
 * Blank lines before the header, a missing blank line after it, and header fields run together
 * on one line (`OFXHEADER:100DATA:OFXSGML…`) are read; an OFX 2.x file starts with its `<?xml`
 * and `<?OFX` instructions instead, and some files start directly with `<OFX>`.
 *
 * @example readOfxHeader('OFXHEADER:100\nVERSION:102\n\n<OFX>').fields.VERSION // '102'
 */
export function readOfxHeader(text: string): OfxHeader {
  if (text.includes('\u0000')) throw new DocumentError('contains NUL bytes, so it is not an OFX text file');
  const bodyStart = text.indexOf('<');
  if (bodyStart < 0) throw new DocumentError('has no OFX tags at all');
  const head = text.slice(0, bodyStart).replace(/^\uFEFF/, '');
  const fields: Record<string, string> = {};
  if (head.trim() !== '') {
    if (!/^\s*OFXHEADER:/.test(head))
      throw new DocumentError(`starts with "${head.trim().slice(0, 40)}", which is not an OFX header`, 1);
    const matches = [...head.matchAll(KEY_PATTERN)];
    matches.forEach((match, index) => {
      const end = matches[index + 1]?.index ?? head.length;
      fields[match[1] as string] = head.slice((match.index ?? 0) + match[0].length, end).trim();
    });
  }
  return { fields, bodyStart, bodyLine: 1 + countLines(text, 0, bodyStart) };
}
