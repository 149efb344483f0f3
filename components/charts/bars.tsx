// Bars as plain HTML: widths in percent on one shared scale, so they render on the server, at any size, in print
// and without JavaScript. Screen mode and the embeds draw their bar charts with this; sizes follow the font size.
import styles from './bars.module.css';

export interface BarSegment {
  value: number;
  /** A palette token without the `--`, e.g. "c-eu". */
  color: string;
  label: string;
}

export interface BarRow {
  key: string;
  label: string;
  /** The figure printed after the bar. */
  display: string;
  segments: BarSegment[];
}

interface Props {
  rows: readonly BarRow[];
  /** `stacked` puts each label above its bar (long labels); `inline` beside it. */
  layout: 'inline' | 'stacked';
  label: string;
  /** Let long lists flow into two columns on a landscape screen. */
  columns?: boolean;
}

export function Bars({ rows, layout, label, columns }: Props) {
  const max = Math.max(1, ...rows.map((r) => r.segments.reduce((n, s) => n + s.value, 0)));
  return (
    <ol
      className={styles.bars}
      data-layout={layout}
      data-long={(columns && rows.length > (layout === 'stacked' ? 8 : 14)) || undefined}
      style={{ ['--rows' as string]: Math.ceil(rows.length / 2) }}
      aria-label={label}
    >
      {rows.map((row) => {
        const total = row.segments.reduce((n, s) => n + s.value, 0);
        return (
          <li key={row.key} className={styles.barRow}>
            <span className={styles.barLabel}>{row.label}</span>
            <span className={styles.barTrack}>
              {/* The filled part is a share of the track minus room for the figure; segments share the filled part. */}
              <span className={styles.barFill} style={{ width: `calc((100% - var(--value-room)) * ${total / max})` }}>
                {row.segments.map((s) =>
                  s.value > 0 ? <span key={s.label} style={{ flexGrow: s.value, background: `var(--${s.color})` }} title={s.label} /> : null,
                )}
              </span>
              <span className={`${styles.barValue} num`}>{row.display}</span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
