import { describe, expect, it } from 'vitest';
import { detectIncidents, logPoissonTail, type IncidentEvent } from './incidents.ts';
import { Volume } from './trade-clock.ts';

const DAY = Date.parse('2024-03-15T00:00:00+08:00') / 1000;
/** Payments spread evenly: ten a minute all day. */
const EVEN = new Volume(new Map(Array.from({ length: 1440 }, (_, m) => [DAY / 60 + m, 10])));
const offsets = new Map([['wechat', 480]]);

const event = (epoch: number, index: number, extra: Partial<IncidentEvent> = {}): IncidentEvent => ({
  source: 'wechat',
  category: 'paid_not_notified',
  epoch,
  amount: 100,
  order_ref: `SO${String(index).padStart(4, '0')}`,
  crossChannel: false,
  ...extra,
});

/** `count` findings every `spacing` seconds from `start`, pseudo-randomly jittered. */
function spread(count: number, start: number, spacing: number, extra: Partial<IncidentEvent> = {}, first = 0) {
  return Array.from({ length: count }, (_, i) => event(start + i * spacing + ((i * 7919) % spacing), first + i, extra));
}

describe('incidents', () => {
  it('reports none on a day whose findings are spread like its payments', () => {
    expect(detectIncidents(spread(60, DAY, 1440), () => EVEN, offsets)).toEqual([]);
    expect(detectIncidents(spread(3000, DAY, 28), () => EVEN, offsets)).toEqual([]);
  });

  it('finds a failover burst with its window, categories, cause and orders', () => {
    const quiet = spread(40, DAY, 2160);
    const from = DAY + 14 * 3600;
    const burst = spread(120, from, 15, { category: 'channel_switched', crossChannel: true, amount: 250 }, 1000);
    const incidents = detectIncidents([...quiet, ...burst], () => EVEN, offsets);
    expect(incidents).toHaveLength(1);
    const [incident] = incidents;
    expect(incident?.channel).toBe('wechat');
    expect(incident?.from).toBe('2024-03-15T14:00:00+08:00');
    expect(incident?.to.startsWith('2024-03-15T14:2')).toBe(true);
    expect(incident?.categories.channel_switched).toEqual({ count: 120, amount_minor: 30000 });
    expect(incident?.cause).toBe('gateway_failover');
    expect(incident?.orders).toHaveLength(incident?.observed ?? 0);
    expect(incident?.p_value).toBeLessThan(1e-4);
  });

  it("measures a burst against the hour's payments: a busy hour expects more", () => {
    // Ten findings in ten minutes; the day has 20 spread evenly. In a quiet day that is a burst;
    // when that hour carries half of the day's payments it is what the volume expects.
    const findings = [...spread(20, DAY, 4320), ...spread(10, DAY + 10 * 3600, 60, {}, 100)];
    expect(detectIncidents(findings, () => EVEN, offsets)).toHaveLength(1);
    const busy = new Map(Array.from({ length: 1440 }, (_, m) => [DAY / 60 + m, m >= 600 && m < 660 ? 1440 : 1]));
    expect(detectIncidents(findings, () => new Volume(busy), offsets)).toEqual([]);
  });

  it('computes Poisson tails in log space', () => {
    expect(Math.exp(logPoissonTail(1, 1))).toBeCloseTo(1 - Math.exp(-1), 10);
    expect(Math.exp(logPoissonTail(3, 0.5))).toBeCloseTo(1 - Math.exp(-0.5) * (1 + 0.5 + 0.125), 10);
    expect(logPoissonTail(500, 10)).toBeLessThan(-1000);
  });
});
