import type { CategoryCode } from '../../../../core/match/categories.ts';
import type { Incident } from '../../../../core/match/incidents.ts';
import type { Finding } from '../../../../core/match/types.ts';

/** A timestamp as the statement has it: its own wall clock and its offset, not the viewer's. */
export type WallClock = { date: string; time: string; zone: string };

const ISO = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(?:\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** "2024-03-15T14:00:12+08:00" → 2024-03-15, 14:00:12, UTC+08:00; null when it is no ISO instant with an offset. */
export function wallClock(iso: string): WallClock | null {
  const match = ISO.exec(iso);
  if (!match) return null;
  const [, date = '', time = '', offset = ''] = match;
  return { date, time, zone: offset === 'Z' ? 'UTC' : `UTC${offset}` };
}

/** An incident's window in the channel's time: "2024-03-15 14:00:12 – 14:59:58 (UTC+08:00)", the date once when it is one day. */
export function incidentWindow(incident: Pick<Incident, 'from' | 'to'>): string {
  const from = wallClock(incident.from);
  const to = wallClock(incident.to);
  if (!from || !to) return `${incident.from} – ${incident.to}`;
  const end = to.date === from.date && to.zone === from.zone ? to.time : `${to.date} ${to.time}`;
  return `${from.date} ${from.time} – ${end} (${from.zone})`;
}

/** The incident's findings and amount over all its categories. */
export function incidentTotals(incident: Pick<Incident, 'categories'>): { count: number; amount_minor: number } {
  let count = 0;
  let amount = 0;
  for (const totals of Object.values(incident.categories)) {
    count += totals.count;
    amount += totals.amount_minor;
  }
  return { count, amount_minor: amount };
}

/** When a finding happened on its channel: the statement's payment, else the book's time. */
const findingTime = (finding: Finding): string | null =>
  finding.statement?.occurred_at ?? finding.book?.occurred_at ?? null;

/** One channel's findings per hour of its statement's day, 0 to 23 (the hour of the statement's own clock). */
export type HourlySeries = { channel: string; hours: number[]; zone: string | null };

/** Findings counted per channel and hour, the channels in name order. */
export function hourlySeries(findings: readonly Finding[]): HourlySeries[] {
  const byChannel = new Map<string, HourlySeries>();
  for (const finding of findings) {
    const time = findingTime(finding);
    const clock = time === null ? null : wallClock(time);
    if (!clock) continue;
    let series = byChannel.get(finding.source);
    if (!series)
      byChannel.set(
        finding.source,
        (series = { channel: finding.source, hours: new Array<number>(24).fill(0), zone: clock.zone }),
      );
    const hour = Number(clock.time.slice(0, 2));
    series.hours[hour] = (series.hours[hour] ?? 0) + 1;
    if (series.zone !== clock.zone) series.zone = null;
  }
  return [...byChannel.values()].sort((a, b) => (a.channel < b.channel ? -1 : 1));
}

/** One order of an incident: its reference and its finding on the incident's channel (null when the run keeps none). */
export type IncidentOrder = { order_ref: string; finding: Finding | null };

/** The incident's orders in its order, each with its finding of an incident category on the incident's channel. */
export function incidentOrders(
  incident: Pick<Incident, 'channel' | 'orders' | 'categories'>,
  findings: readonly Finding[],
): IncidentOrder[] {
  const categories = new Set(Object.keys(incident.categories) as CategoryCode[]);
  const byRef = new Map<string, Finding>();
  for (const finding of findings)
    if (finding.source === incident.channel && categories.has(finding.category)) byRef.set(finding.order_ref, finding);
  return incident.orders.map((order_ref) => ({ order_ref, finding: byRef.get(order_ref) ?? null }));
}
