/**
 * Wall-clock times of a named time zone → instants with offsets, without the machine's zone.
 * Statements state local times (Alipay/WeChat: Asia/Shanghai); the profile names the zone.
 */

export type WallTime = { year: number; month: number; day: number; hour: number; minute: number; second: number };

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** A calendar-valid wall time (rejects 2024-02-30 and 24:00:00). */
export function isValidWallTime(t: WallTime): boolean {
  if (t.month < 1 || t.month > 12 || t.day < 1) return false;
  const days = t.month === 2 && isLeapYear(t.year) ? 29 : (DAYS_IN_MONTH[t.month - 1] ?? 0);
  return t.day <= days && t.hour < 24 && t.minute < 60 && t.second < 60;
}

const offsetCache = new Map<string, Map<number, number>>();
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC in minutes at `utcMillis`; cached per zone and hour. */
export function zoneOffsetMinutes(zone: string, utcMillis: number): number {
  if (zone === 'UTC' || zone === 'Etc/UTC') return 0;
  let byHour = offsetCache.get(zone);
  if (!byHour) offsetCache.set(zone, (byHour = new Map()));
  const hour = Math.floor(utcMillis / 3_600_000);
  const cached = byHour.get(hour);
  if (cached !== undefined) return cached;
  const offset = computeOffset(zone, hour * 3_600_000);
  byHour.set(hour, offset);
  return offset;
}

function computeOffset(zone: string, utcMillis: number): number {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(new Date(utcMillis))) parts[part.type] = Number(part.value);
  const asUtc = Date.UTC(
    parts.year ?? 0,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return Math.round((asUtc - utcMillis) / 60_000);
}

/** True when `zone` is an IANA zone this runtime knows. */
export function isKnownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Instant (UTC millis) and offset of a wall time in `zone`. The offset chosen is one whose
 * instant shows the same wall time again; in a gap (spring forward) the earlier offset wins.
 */
export function wallToInstant(t: WallTime, zone: string): { utcMillis: number; offsetMinutes: number } {
  const asUtc = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
  const first = zoneOffsetMinutes(zone, asUtc);
  const second = zoneOffsetMinutes(zone, asUtc - first * 60_000);
  const candidates = first === second ? [first] : [first, second];
  const offsetMinutes =
    candidates.find((offset) => zoneOffsetMinutes(zone, asUtc - offset * 60_000) === offset) ?? Math.min(first, second);
  return { utcMillis: asUtc - offsetMinutes * 60_000, offsetMinutes };
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** Offset minutes of an ISO 8601 timestamp (`+08:00` → 480, `Z` → 0), or null when it has none. */
export function isoOffsetMinutes(iso: string): number | null {
  if (iso.endsWith('Z')) return 0;
  const match = /([+-])(\d{2}):(\d{2})$/.exec(iso);
  if (!match) return null;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** `+08:00` for 480. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

/** ISO 8601 with offset: `2024-03-15T23:59:00+08:00`. */
export function formatWallTime(t: WallTime, offsetMinutes: number): string {
  return `${String(t.year).padStart(4, '0')}-${pad2(t.month)}-${pad2(t.day)}T${pad2(t.hour)}:${pad2(t.minute)}:${pad2(t.second)}${formatOffset(offsetMinutes)}`;
}

/** ISO date of a wall time: `2024-03-15`. */
export const formatWallDate = (t: WallTime): string =>
  `${String(t.year).padStart(4, '0')}-${pad2(t.month)}-${pad2(t.day)}`;

/** ISO 8601 of an instant as wall time at a fixed offset. */
export function formatInstant(utcMillis: number, offsetMinutes: number): string {
  const d = new Date(utcMillis + offsetMinutes * 60_000);
  return formatWallTime(
    {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
    },
    offsetMinutes,
  );
}

/**
 * Epoch seconds of an ISO 8601 timestamp with offset (`2024-03-15T23:59:00+08:00`), read by
 * position for the canonical shape; other shapes go through Date.parse. NaN when unreadable.
 */
export function epochSeconds(iso: string): number {
  if (iso.length === 25 && iso.charCodeAt(10) === 84 /* T */) {
    const offset = (digitsAt(iso, 20, 22) * 60 + digitsAt(iso, 23, 25)) * (iso.charCodeAt(19) === 45 ? -1 : 1);
    const year = digitsAt(iso, 0, 4);
    const month = digitsAt(iso, 5, 7) - 1;
    const day = digitsAt(iso, 8, 10);
    const utc = Date.UTC(year, month, day, digitsAt(iso, 11, 13), digitsAt(iso, 14, 16), digitsAt(iso, 17, 19));
    return utc / 1000 - offset * 60;
  }
  return Math.floor(Date.parse(iso) / 1000);
}

/** The decimal number written by the ASCII digits text[from, to). */
function digitsAt(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) value = value * 10 + (text.charCodeAt(i) - 48);
  return value;
}
