'use client';
// The compute model (lib/views/compute.ts) drawn as plain HTML, for the dashboard, the embed, the slide and paper
// alike: one bar per machine on one scale of estimated H100-equivalents, its status as a fill pattern and a word;
// the figures the sources state beside it; a machine with no estimate gets words, never a zero bar. The per-country
// view draws each country's machines in operation and those still to come as two bars, never one sum. Every estimate
// sits inside a `data-estimate-scope` that says "estimate" and links to the method (e2e/estimate-words.spec.ts).
import { Fragment } from 'react';
import { useTranslations } from 'next-intl';
import { EnglishIn } from '@/components/words/english-in';
import type { MachineStatus } from '@/lib/data/schema';
import type { ComputeModel, ComputeRow, GroupSum } from '@/lib/views/compute';
import { useFormats } from '@/components/words/use-formats';
import { useLocalePath } from '@/components/words/use-locale-path';
import styles from './compute-bars.module.css';
import legendStyles from './legend.module.css';

/** Where /about explains the H100-equivalent estimate and holds the chip table. */
export const ESTIMATE_METHOD_PATH = '/about#h100-equivalents';

const COUNT_KEY = { exact: 'countExact', 'at-least': 'countAtLeast', about: 'countAbout', 'up-to': 'countUpTo' } as const;

type Words = ReturnType<typeof useComputeWords>;

/** The compute figure's words in the page's language: estimates, stated figures, statuses. */
export function useComputeWords() {
  const t = useTranslations('compute');
  const fmt = useFormats();
  return {
    t,
    estimate: (shown: number, atLeast: boolean) => t(atLeast ? 'valueAtLeast' : 'value', { count: shown }),
    status: (status: MachineStatus) => t(status),
    /** "in operation since March 2025", "planned · operation planned: 2027". */
    standing: (row: Pick<ComputeRow, 'status' | 'operation'>) => {
      const op = row.operation;
      const date = op ? fmt.date(op.date) : '';
      const when = op && (op.status === 'reported' ? t('since', { date }) : op.overdue ? t('plannedOverdue', { date, checked: fmt.date(op.checkedOn) }) : t('plannedFor', { date }));
      return [t(row.status), when].filter(Boolean).join(' · ');
    },
    /** What the sources state, each figure as written: counts, AI performance with its precision, HPL. */
    stated: (row: Pick<ComputeRow, 'counts' | 'performance' | 'hpl'>) => [
      ...row.counts.map((c) => t(COUNT_KEY[c.qualifier], { count: fmt.number(c.count), model: c.model })),
      ...row.performance.map((p) =>
        t('performance', { value: fmt.number(p.value), unit: p.unit, precision: p.precision, sparsity: p.sparsity === null ? 'unstated' : p.sparsity ? 'sparse' : 'dense' }),
      ),
      ...(row.hpl ? [t('hpl', { value: fmt.number(row.hpl.rmaxPflops), list: row.hpl.list, rank: row.hpl.rank })] : []),
    ],
    /** A key figure: "≈ 20,000", "≥ 20,000" when some part is a lower bound, or "not disclosed". */
    total: (sum: GroupSum) => (sum.estimated ? `${sum.atLeast ? '≥' : '≈'} ${fmt.number(sum.shown)}` : fmt.notDisclosed),
    /** "from 3 of 19 factories". */
    coverage: (sum: GroupSum, factories: number) => t('kpiCoverage', { covered: sum.factories, total: factories }),
    fmt,
  };
}

/** The word "estimate", linked to how it is made: beside every key figure in H100-equivalents. */
export function EstimateLink({ words }: { words: Words }) {
  const href = useLocalePath();
  return <a href={href(ESTIMATE_METHOD_PATH)}>{words.t('estimate')}</a>;
}

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
