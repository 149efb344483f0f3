// The timeline slide's chart: one column per year, its selections in order, then the year's factory steps named
// together by kind and status, so a year reads at a distance. Planned and overdue steps are hollow and broken
// rings, as on the dashboard, with the legend to say so.
import type { TimelineModel } from '@/lib/views/timeline';
import type { Message } from '@/lib/i18n/message';
import { seriesColor } from '@/components/charts/series-color';
import { Legend } from '@/components/charts/legend';
import { useChartWords } from '@/components/words/use-chart-words';
import { useFormats } from '@/components/words/use-formats';
import styles from './present-slides.module.css';

export function Timeline({ model, say }: { model: TimelineModel; say: (m: Message) => string }) {
  const fmt = useFormats();
  const words = useChartWords();
  return (
    <div className={styles.timelineChart}>
      <Legend
        look="screen"
        items={words.timelineLegend(model)}
      />
      <ol className={styles.timeline} style={{ ['--years' as string]: model.years.length }}>
        {model.years.map(({ year, lines }) => (
          <li key={year} className={styles.year}>
            <p className={`${styles.yearLabel} num`}>{year}</p>
            <ul className={styles.yearItems}>
              {lines.map((line) => (
                <li key={line.key} className={styles.event} data-status={line.status ?? 'reported'}>
                  <span className={styles.swatch} style={{ ['--dot' as string]: seriesColor(line.series) }} aria-hidden />
                  <span>
                    {line.date && <strong className={styles.when}>{fmt.monthShort(line.date)} </strong>}
                    {say(line.text)}
                  </span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </div>
  );
}
