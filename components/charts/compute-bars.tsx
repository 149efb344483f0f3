'use client';
// The compute model (lib/views/compute.ts) drawn as plain HTML, for the dashboard, the embed, the slide and paper
// alike: one bar per machine on one scale of estimated H100-equivalents, its status as a fill pattern and a word;
// the figures the sources state beside it; a machine with no estimate gets words, never a zero bar. The per-country
// view is compute-by-country.tsx. Every estimate sits inside a `data-estimate-scope` that says "estimate" and links
// to the method (e2e/estimate-words.spec.ts).
import { Fragment } from 'react';
import { EnglishIn } from '@/components/words/english-in';
import type { MachineStatus } from '@/lib/data/schema';
import type { ComputeModel, ComputeRow } from '@/lib/views/compute';
import type { ComputeWords as Words } from '@/components/words/use-compute-words';
import { useLocalePath } from '@/components/words/use-locale-path';
import { ESTIMATE_METHOD_PATH } from './estimate-link';
import styles from './compute-bars.module.css';
import legendStyles from './legend.module.css';

/** "Capacity in H100-equivalents: an estimate …" and the link to the method: the scope every estimate sits in. */
export function EstimateNote({ words }: { words: Words }) {
  const href = useLocalePath();
  return (
    <p className={styles.note}>
      {words.t('scope')} <a href={href(ESTIMATE_METHOD_PATH)}>{words.t('method')}</a>
    </p>
  );
}

export function StatusLegend({ statuses, words }: { statuses: readonly MachineStatus[]; words: Words }) {
  return (
    <ul className={legendStyles.legend}>
      {statuses.map((s) => (
        <li key={s}>
          <span className={styles.swatch} data-status={s} aria-hidden="true" />
          {words.status(s)}
        </li>
      ))}
    </ul>
  );
}

function MachineBar({ row, max, words }: { row: ComputeRow; max: number; words: Words }) {
  const stated = words.stated(row);
  return (
    <li className={styles.row} data-machine={row.key} data-status={row.status}>
      <span className={styles.label}>
        {row.factory}
        {row.machine && <span className={styles.machine}> · {row.machine}</span>}
        {row.kind === 'existing' && <span className={styles.machine}> ({words.t('existing')})</span>}
      </span>
      <span className={styles.standing}>{words.standing(row)}</span>
      {row.shown !== null ? (
        <span className={styles.track}>
          <span className={styles.fill} data-status={row.status} style={{ width: `calc((100% - var(--value-room)) * ${row.shown / max})` }} />
          <span className={`${styles.value} num`} data-estimate={row.shown}>
            {words.estimate(row.shown, row.estimate!.lowerBound || !row.estimate!.complete)}
          </span>
        </span>
      ) : (
        <span className={styles.missing} data-missing="">
          {stated.length ? words.t('noEstimate') : words.t('notDisclosed')}
        </span>
      )}
      {stated.length > 0 && (
        <span className={styles.stated}>
          {stated.map((line, i) => (
            <Fragment key={i}>
              {i > 0 && ' · '}
              <EnglishIn text={line} names={row.counts.map((c) => c.model)} />
            </Fragment>
          ))}
        </span>
      )}
    </li>
  );
}

/** Each machine by its estimated capacity; `compact` (a slide) names the machines without an estimate in one line. */
export function ComputeBars({ model, words, label, compact }: { model: ComputeModel; words: Words; label: string; compact?: boolean }) {
  const max = Math.max(1, ...model.rows.map((r) => r.shown ?? 0));
  const drawn = compact ? model.rows.filter((r) => r.shown !== null) : model.rows;
  const named = compact ? model.rows.filter((r) => r.shown === null) : [];
  return (
    <>
      <ol className={styles.rows} aria-label={label} data-testid="compute-bars">
        {drawn.map((row) => (
          <MachineBar key={row.key} row={row} max={max} words={words} />
        ))}
      </ol>
      {named.length > 0 && (
        <p className={styles.unestimated} data-testid="compute-unestimated">
          {words.t('noEstimate')}: {words.fmt.list(named.map((r) => (r.machine ? `${r.factory} · ${r.machine}` : r.factory)))}
        </p>
      )}
    </>
  );
}
