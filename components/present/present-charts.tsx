// Slide charts as plain HTML: bars are widths in percent, so they render the same on the server and at any size.
import type { TimelineYear } from '@/lib/present';
import styles from './present-slides.module.css';

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

/**
 * Horizontal bars on one shared scale. `stacked` puts each label above its bar (long labels);
 * long lists flow into two columns on a landscape screen.
 */
export function Bars({ rows, layout, label }: { rows: readonly BarRow[]; layout: 'inline' | 'stacked'; label: string }) {
  const max = Math.max(1, ...rows.map((r) => r.segments.reduce((n, s) => n + s.value, 0)));
  return (
    <ol
      className={styles.bars}
      data-layout={layout}
      data-long={rows.length > (layout === 'stacked' ? 8 : 14) || undefined}
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
                  s.value > 0 ? (
                    <span key={s.label} style={{ flexGrow: s.value, background: `var(--${s.color})` }} title={s.label} />
                  ) : null,
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

export function Legend({ items }: { items: readonly { label: string; color: string; shape?: 'dot' | 'ring' | 'square' }[] }) {
  return (
    <ul className={styles.legend}>
      {items.map((item) => (
        <li key={item.label}>
          <span className={styles.swatch} data-shape={item.shape ?? 'square'} style={{ background: `var(--${item.color})` }} aria-hidden />
          {item.label}
        </li>
      ))}
    </ul>
  );
}

const KIND_COLOR = { selected: 'c-host', antennas: 'c-antenna', operational: 'c-operational' } as const;

export function Timeline({ years }: { years: readonly TimelineYear[] }) {
  return (
    <ol className={styles.timeline} style={{ ['--years' as string]: years.length }}>
      {years.map((y) => (
        <li key={y.year} className={styles.year}>
          <p className={`${styles.yearLabel} num`}>{y.year}</p>
          <ul className={styles.yearItems}>
            {y.items.map((item, i) => (
              <li key={i} className={styles.event}>
                <span className={styles.swatch} data-shape="dot" style={{ background: `var(--${KIND_COLOR[item.kind]})` }} aria-hidden />
                <span>
                  {item.when && <strong className={styles.when}>{item.when} </strong>}
                  {item.text}
                </span>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
