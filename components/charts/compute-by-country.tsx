'use client';
// The compute model per country, for the dashboard's section: each country's machines in operation and those still to
// come as two bars on one scale, never one sum (the machines' own bars are compute-bars.tsx, which the slide and the
// embed draw without these).
import type { MachineStatus } from '@/lib/data/schema';
import type { ComputeModel, GroupSum } from '@/lib/views/compute';
import type { ComputeWords as Words } from '@/components/words/use-compute-words';
import styles from './compute-bars.module.css';

function GroupBar({ sum, max, status, name, words }: { sum: GroupSum; max: number; status: MachineStatus; name: string; words: Words }) {
  return (
    <span className={styles.track}>
      <span className={styles.groupName}>{name}</span>
      {sum.estimated > 0 ? (
        <>
          <span className={styles.fill} data-status={status} style={{ width: `calc((100% - var(--value-room) - 9em) * ${sum.shown / max})` }} />
          <span className={`${styles.value} num`} data-estimate={sum.shown}>
            {words.estimate(sum.shown, sum.atLeast)}
          </span>
        </>
      ) : (
        <span className={styles.missing}>{sum.machines ? words.t('noEstimate') : '—'}</span>
      )}
    </span>
  );
}

/** Per country: machines in operation and machines to come, as two bars on one scale; the countries without any
 *  estimate named in one line after them. */
export function ComputeByCountry({ model, words, label }: { model: ComputeModel; words: Words; label: string }) {
  const max = Math.max(1, ...model.byCountry.flatMap((c) => [c.now.shown, c.coming.shown]));
  const drawn = model.byCountry.filter((c) => c.now.estimated || c.coming.estimated);
  const named = model.byCountry.filter((c) => !c.now.estimated && !c.coming.estimated);
  return (
    <>
    <ol className={styles.rows} aria-label={label} data-testid="compute-countries">
      {drawn.map((c) => (
        <li key={c.country} className={styles.row} data-country={c.country}>
          <span className={styles.label}>{words.fmt.countryName(c.country)}</span>
          <GroupBar sum={c.now} max={max} status="operating" name={words.t('now')} words={words} />
          <GroupBar sum={c.coming} max={max} status="planned" name={words.t('coming')} words={words} />
        </li>
      ))}
    </ol>
    {named.length > 0 && (
      <p className={styles.unestimated}>
        {words.t('noEstimate')}: {words.fmt.list(named.map((c) => words.fmt.countryName(c.country)))}
      </p>
    )}
    </>
  );
}
