import { useTranslation } from 'react-i18next';
import type { HourlySeries } from './incident-view.ts';

/** One colour per channel, in the series' order (distinct in both themes, 3:1 on either page). */
const SERIES_COLOURS = ['#1677ff', '#389e0d', '#9254de', '#d48806', '#08979c', '#c41d7f'];

/** A stretch of hours to shade: an incident's window on its channel. */
export type HourBand = { channel: string; from: number; to: number; label: string };

const WIDTH = 760;
const HEIGHT = 190;
const LEFT = 36;
const RIGHT = 8;
const TOP = 12;
const BOTTOM = 26;
const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

/** A tidy top for the axis: a round step times a power of ten, at least the largest count. */
function axisTop(largest: number): number {
  if (largest <= 5) return Math.max(1, largest);
  const power = 10 ** Math.floor(Math.log10(largest));
  return ([1, 1.5, 2, 3, 4, 5, 6, 8, 10].map((step) => step * power).find((top) => top >= largest) ??
    largest) as number;
}

/**
 * Findings per hour of the day, one bar per channel in each hour, with the incidents' windows
 * shaded: a burst on one channel stands out against its ordinary hours. Plain SVG.
 */
export function HourlyChart({ series, bands }: { series: readonly HourlySeries[]; bands: readonly HourBand[] }) {
  const { t } = useTranslation();
  const top = axisTop(Math.max(0, ...series.flatMap((s) => s.hours)));
  const slot = (WIDTH - LEFT - RIGHT) / 24;
  const bar = Math.max(2, (slot - 4) / Math.max(1, series.length));
  const plot = HEIGHT - TOP - BOTTOM;
  const y = (count: number) => TOP + plot - (count / top) * plot;
  const zones = [...new Set(series.map((s) => s.zone ?? '?'))];
  return (
    <figure className="hourly-chart" data-testid="incident-hourly-chart">
      <figcaption>
        {t('incidents.chart.title')}
        <span className="hourly-zone">{t('incidents.chart.zone', { zone: zones.join(', ') })}</span>
      </figcaption>
      <div className="hourly-legend">
        {series.map((s, index) => (
          <span key={s.channel} className="hourly-key" data-testid="hourly-key">
            <span className="hourly-swatch" style={{ background: SERIES_COLOURS[index % SERIES_COLOURS.length] }} />
            {s.channel}
          </span>
        ))}
        {bands.length > 0 && (
          <span className="hourly-key">
            <span className="hourly-swatch hourly-swatch-band" />
            {t('incidents.chart.band')}
          </span>
        )}
      </div>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t('incidents.chart.title')} className="hourly-svg">
        {bands.map((band) => (
          <rect
            key={`${band.channel}-${band.from}`}
            className="hourly-band"
            x={LEFT + band.from * slot}
            y={TOP}
            width={Math.max(1, band.to - band.from + 1) * slot}
            height={plot}
          >
            <title>{band.label}</title>
          </rect>
        ))}
        {[0, top / 2, top].map((tick) => (
          <g key={tick}>
            <line className="hourly-grid" x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} />
            <text className="hourly-tick" x={LEFT - 6} y={y(tick) + 4} textAnchor="end">
              {Number.isInteger(tick) ? tick : tick.toFixed(1)}
            </text>
          </g>
        ))}
        {HOURS.map((hour) => (
          <g key={hour}>
            {series.map((s, index) => {
              const count = s.hours[hour] ?? 0;
              // A quiet hour with findings stays visible beside a burst: at least 2 px.
              const height = count === 0 ? 0 : Math.max(2, TOP + plot - y(count));
              return (
                <rect
                  key={s.channel}
                  data-testid="hourly-bar"
                  data-channel={s.channel}
                  data-hour={hour}
                  data-count={count}
                  x={LEFT + hour * slot + 2 + index * bar}
                  y={TOP + plot - height}
                  width={bar}
                  height={height}
                  fill={SERIES_COLOURS[index % SERIES_COLOURS.length]}
                >
                  <title>
                    {t('incidents.chart.bar', { channel: s.channel, hour: String(hour).padStart(2, '0'), count })}
                  </title>
                </rect>
              );
            })}
            {hour % 2 === 0 && (
              <text className="hourly-tick" x={LEFT + hour * slot + slot / 2} y={HEIGHT - 8} textAnchor="middle">
                {String(hour).padStart(2, '0')}
              </text>
            )}
          </g>
        ))}
        <line className="hourly-axis" x1={LEFT} x2={WIDTH - RIGHT} y1={TOP + plot} y2={TOP + plot} />
      </svg>
    </figure>
  );
}
