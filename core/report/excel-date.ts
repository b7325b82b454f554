const ISO_TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?$/;

/**
 * The wall-clock time an ISO 8601 timestamp shows at its own offset, as a Date whose UTC
 * fields are that wall clock. Excel dates have no zone, and exceljs turns a Date into a
 * serial from its UTC value, so `2024-03-01T23:59:30+08:00` becomes 23:59:30 in the cell
 * whatever the machine's time zone. Returns null for text that is not a valid timestamp,
 * which the caller then shows as text.
 *
 * @example excelWallClock('2024-03-01T23:59:30+08:00')?.toISOString() // '2024-03-01T23:59:30.000Z'
 * @example excelWallClock('2024-02-30') // null
 */
export function excelWallClock(iso: string): Date | null {
  const match = ISO_TIMESTAMP.exec(iso);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const milliseconds = Number((match[7] ?? '').padEnd(3, '0').slice(0, 3));
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second, milliseconds));
  // Date.UTC rolls 2024-02-30 over to March; a timestamp that does not exist is not a date.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) {
    return null;
  }
  if (year < 1900) return null;
  return date;
}
