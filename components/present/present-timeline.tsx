// The timeline slide's chart: one column per year, its events in order; machines entering operation in one line
// per year, so a year reads at a distance.
import type { TimelineModel } from '@/lib/views/timeline';
import type { Message } from '@/lib/i18n/message';
import type { Series } from '@/lib/views/series';
import { seriesColor } from '@/components/charts/series-color';
import { useFormats } from '@/components/site/use-formats';
import styles from './present-slides.module.css';

export function Timeline({ model, say }: { model: TimelineModel; say: (m: Message) => string }) {
  const fmt = useFormats();
  return (
    <ol className={styles.timeline} style={{ ['--years' as string]: model.years.length }}>
      {model.years.map(({ year, events, operational }) => {
        const items: { series: Series; when: string; text: Message }[] = events
          .filter((e) => e.kind !== 'operational')
          .map((e) => ({ series: e.kind, when: e.date.length > 4 ? fmt.monthShort(e.date) : '', text: e.text }));
        if (operational) items.push({ series: 'operational', when: '', text: operational });
        return (
          <li key={year} className={styles.year}>
            <p className={`${styles.yearLabel} num`}>{year}</p>
            <ul className={styles.yearItems}>
              {items.map((item, i) => (
                <li key={i} className={styles.event}>
                  <span className={styles.swatch} style={{ background: seriesColor(item.series) }} aria-hidden />
                  <span>
                    {item.when && <strong className={styles.when}>{item.when} </strong>}
                    {say(item.text)}
                  </span>
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}
