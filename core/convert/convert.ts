import type { CanonicalRecord } from '../canonical/record.ts';
import type { ImportSummary } from '../import/types.ts';
import type { ConvertFormat } from '../rpc/contract.ts';
import { createByteBuilder } from './byte-builder.ts';
import { canonicalCsvHeader, canonicalCsvLine } from './csv.ts';
import { importMetadata } from './import-metadata.ts';
import { canonicalNdjsonLine, orderedRecord } from './ndjson.ts';
import { recordsWorkbook } from './xlsx.ts';
import { maskMetadata, maskOptional } from '../report/mask.ts';

export const CANONICAL_FORMAT = 'recondesk.canonical';
export const CANONICAL_FORMAT_VERSION = 1;

/**
 * Canonical records in one of the exchange formats:
 * - `csv`: UTF-8 with BOM, CRLF, RFC 4180 quoting, formula-safe text, decimal and minor-unit amounts;
 * - `json`: `{ format: 'recondesk.canonical', version: 1, imports, records }`;
 * - `ndjson`: one record per line, exactly the canonical object;
 * - `xlsx`: a Records sheet and an Imports sheet.
 * With `mask`, counterparties, descriptions and the account and holder of each import are masked.
 *
 * @example
 * const bytes = await convertRecords(records, 'csv', { imports: [summary] });
 * new TextDecoder().decode(bytes).split('\r\n')[0] // 'side,source,kind,order_ref,…' (after the BOM)
 */
export async function convertRecords(
  records: Iterable<CanonicalRecord>,
  to: ConvertFormat,
  meta: { imports: readonly ImportSummary[]; mask?: boolean },
): Promise<Uint8Array> {
  if (meta.mask === true) {
    const imports = meta.imports.map((summary) => ({ ...summary, metadata: maskMetadata(summary.metadata) }));
    return convertRecords(maskedRecords(records), to, { imports });
  }
  switch (to) {
    case 'csv':
      return textOutput(canonicalCsvHeader(), records, canonicalCsvLine, '');
    case 'ndjson':
      return textOutput('', records, canonicalNdjsonLine, '');
    case 'json':
      return jsonDocument(records, meta.imports);
    case 'xlsx':
      return recordsWorkbook(records, meta.imports);
  }
}

/** The records with the fields that can name a person masked by the one rule of mask.ts. */
function* maskedRecords(records: Iterable<CanonicalRecord>): Generator<CanonicalRecord> {
  for (const record of records)
    yield { ...record, counterparty: maskOptional(record.counterparty), description: maskOptional(record.description) };
}

function textOutput(
  head: string,
  records: Iterable<CanonicalRecord>,
  line: (record: CanonicalRecord) => string,
  tail: string,
): Uint8Array {
  const out = createByteBuilder();
  out.append(head);
  for (const record of records) out.append(line(record));
  out.append(tail);
  return out.finish();
}

/** One record per line inside the `records` array, so the file stays readable and diffable. */
function jsonDocument(records: Iterable<CanonicalRecord>, imports: readonly ImportSummary[]): Uint8Array {
  const head =
    `{"format":${JSON.stringify(CANONICAL_FORMAT)},"version":${CANONICAL_FORMAT_VERSION},` +
    `"imports":${JSON.stringify(imports.map(importMetadata))},"records":[`;
  let first = true;
  const line = (record: CanonicalRecord): string => {
    const text = `${first ? '' : ','}\n${JSON.stringify(orderedRecord(record))}`;
    first = false;
    return text;
  };
  return textOutput(head, records, line, '\n]}\n');
}
