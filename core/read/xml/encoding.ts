import type { Encoding } from '../../decode/encoding.ts';

/** Legacy encodings an XML declaration may name, by label (lower case), as the decoders we have read them. */
const LEGACY: Readonly<Record<string, Encoding>> = {
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'latin-1': 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'windows-1252': 'windows-1252',
  cp1252: 'windows-1252',
  gbk: 'gb18030',
  gb2312: 'gb18030',
  gb18030: 'gb18030',
};

/**
 * The legacy encoding an XML declaration names (`<?xml version="1.0" encoding="ISO-8859-1"?>`),
 * to decode bytes that are not UTF-8 with. ISO-8859-1 is read as windows-1252, its superset (as
 * browsers do). UTF-8, UTF-16 and names without a decoder give null: the profile's default applies.
 *
 * @example declaredXmlEncoding('<?xml version="1.0" encoding="ISO-8859-1"?>') // 'windows-1252'
 */
export function declaredXmlEncoding(head: string): Encoding | null {
  const declaration = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head);
  const label = declaration?.[1]?.toLowerCase();
  return label === undefined ? null : (LEGACY[label] ?? null);
}
