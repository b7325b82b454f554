import type { Database } from 'sql.js';
import { isoOffsetMinutes } from '../time.ts';
import type { ExceptionKey } from './classify-keys.ts';
import { detectIncidents, INCIDENT_CATEGORIES, type Incident, type IncidentEvent } from './incidents.ts';
import type { Day } from './statement-days.ts';
import type { TradeClock } from './trade-clock.ts';
import { detectTradeGaps } from './trade-gaps.ts';

/**
 * Bursts of system-level findings per channel (see incidents.ts), each finding at its payment's
 * time on its channel, and gaps in a channel's trades (trade-gaps.ts), in time order.
 */
export function incidentsOf(
  db: Database,
  kept: readonly ExceptionKey[],
  days: readonly Day[],
  trades: TradeClock,
): Incident[] {
  const wanted = new Set(INCIDENT_CATEGORIES);
  const time = db.prepare("SELECT occurred_epoch FROM record WHERE id = ? AND side = 'statement' AND source = ?");
  const events: IncidentEvent[] = [];
  try {
    for (const entry of kept) {
      if (!wanted.has(entry.category)) continue;
      let epoch: number | null = null;
      for (const id of entry.statementRecords) {
        time.bind([id, entry.key.source]);
        if (time.step()) {
          const value = time.get()[0];
          if (typeof value === 'number' && (epoch === null || value > epoch)) epoch = value;
        }
        time.reset();
      }
      if (epoch === null) continue;
      const { source } = entry.key;
      const order_ref = entry.order_ref ?? '';
      events.push({
        source,
        category: entry.category,
        epoch,
        amount: entry.amount,
        order_ref,
        crossChannel: entry.bookSource !== null,
      });
    }
  } finally {
    time.free();
  }
  const offsets = new Map<string, number>();
  for (const day of days) if (day.end !== null) offsets.set(day.source, isoOffsetMinutes(day.end) ?? 0);
  const volume = (source: string) => trades.volume(source);
  const gaps = detectTradeGaps([...offsets.keys()], volume, offsets);
  return [...detectIncidents(events, volume, offsets), ...gaps].sort((a, b) =>
    a.from < b.from ? -1 : a.from > b.from ? 1 : 0,
  );
}
