// A bar chart model (lib/views/series.ts) drawn as plain HTML: widths in percent on one shared scale, so it renders
// on the server, at any size, in print and without JavaScript. Screen mode and the embeds draw their bars with
// this; the dashboard draws the same models with recharts (model-bars.tsx), where a reader points at and clicks
// the bars. Sizes follow the font size.
import type { BarChart } from '@/lib/views/series';
import { seriesColor } from './series-color';
import type { ChartWords } from '@/components/words/use-chart-words';
import styles from './bars.module.css';

interface Props {
  chart: BarChart;
  words: ChartWords;
  /** `stacked` puts each label above its bar (long labels); `inline` beside it. */
  layout: 'inline' | 'stacked';
  label: string;
  /** Let long lists flow into two columns on a landscape screen. */
  columns?: boolean;
}

export function Bars({ chart, words, layout, label, columns }: Props) {
  const max = Math.max(1, ...chart.rows.map((r) => r.total ?? 0));
  return (
    <ol
      className={styles.bars}
      data-layout={layout}
      data-long={(columns && chart.rows.length > (layout === 'stacked' ? 8 : 14)) || undefined}
      style={{ ['--rows' as string]: Math.ceil(chart.rows.length / 2) }}
      aria-label={label}
    >
      {chart.rows.map((row) => (
        <li key={row.key} className={styles.barRow} data-bar={row.key}>
          <span className={styles.barLabel}>{words.label(row.label)}</span>
          <span className={styles.barTrack}>
            {row.total !== null && (
              // The filled part is a share of the track minus room for the figure; segments share the filled part.
              <span className={styles.barFill} style={{ width: `calc((100% - var(--value-room)) * ${row.total / max})` }}>
                {row.segments.map((s) =>
                  s.value > 0 ? <span key={s.series} style={{ flexGrow: s.value, background: seriesColor(s.series) }} title={words.series(s.series)} /> : null,
                )}
              </span>
            )}
            <span className={`${styles.barValue} num`} data-missing={row.total === null || undefined}>
              {words.value(row, chart.unit)}
            </span>
          </span>
        </li>
      ))}
    </ol>
  );
}
