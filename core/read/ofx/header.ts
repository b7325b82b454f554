import { DocumentError } from '../document.ts';
import type { Repairs } from '../repairs.ts';
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
  /** The line of the header's VERSION field, when it has one. */
  versionLine?: number;
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
  let versionLine: number | undefined;
  if (head.trim() !== '') {
    if (!/^\s*OFXHEADER:/.test(head))
      throw new DocumentError(`starts with "${head.trim().slice(0, 40)}", which is not an OFX header`, 1);
    const matches = [...head.matchAll(KEY_PATTERN)];
    matches.forEach((match, index) => {
      const end = matches[index + 1]?.index ?? head.length;
      fields[match[1] as string] = head.slice((match.index ?? 0) + match[0].length, end).trim();
      if (match[1] === 'VERSION') versionLine = 1 + countLines(head, 0, match.index ?? 0);
    });
  }
  const bodyLine = 1 + countLines(text, 0, bodyStart);
  return versionLine === undefined ? { fields, bodyStart, bodyLine } : { fields, versionLine, bodyStart, bodyLine };
}

/** The VERSION values the OFX specifications define: 1.0.2 to 1.6 (SGML), 2.0 to 2.3 (XML). */
const KNOWN_VERSIONS = new Set(['102', '103', '151', '160', '200', '201', '202', '203', '210', '211', '220', '230']);

/** An unknown VERSION is read as OFX all the same, as forgiving parsers do, and flagged rather than accepted silently. */
export function versionRepair(version: string | undefined, line: number, repairs: Repairs): void {
  if (version === undefined || KNOWN_VERSIONS.has(version)) return;
  const what = version === '' ? 'is empty' : `'${version}' is not a version the OFX specifications define`;
  repairs.add('ofx_version_unknown', `header VERSION ${what} (1.02 to 1.6, 2.0 to 2.3); the file is read as OFX`, line);
}
