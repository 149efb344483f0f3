// The timeline slide's chart: one column per year, its events in order.
import type { TimelineYear } from '@/lib/views/present';
import styles from './present-slides.module.css';

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
