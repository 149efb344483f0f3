// "The machine": the plain answer first (serving users now? on what, since when; where its own machine stands), then
// each machine with every figure's numbered sources and its steps, reported, planned or overdue.
import { Fragment } from 'react';
import { EnglishIn } from '@/components/words/english-in';
import { fullStop } from '@/lib/i18n/full-stop';
import type { MachineFacts, StepFact } from '@/lib/views/factory-machines';
import type { FactoryModel } from '@/lib/views/factory';
import type { FactoryWords } from './factory-words';
import { SourceRefs } from './source-refs';
import styles from './factory.module.css';

const COUNT_KEY = { exact: 'countExact', 'at-least': 'countAtLeast', about: 'countAbout', 'up-to': 'countUpTo' } as const;

/** "contracted · operation planned: 2027", the words the compute figure uses. */
function standing(m: MachineFacts, { compute: c, fmt }: FactoryWords): string {
  const op = m.operation;
  const date = op ? fmt.date(op.date) : '';
  const when = op && (op.status === 'reported' ? c('since', { date }) : op.overdue ? c('plannedOverdue', { date, checked: fmt.date(op.checkedOn) }) : c('plannedFor', { date }));
  return [c(m.status), when].filter(Boolean).join(' · ');
}

function StepLine({ step, words }: { step: StepFact; words: FactoryWords }) {
  const { status, fmt, t } = words;
  const date = fmt.date(step.date);
  const line = step.status === 'reported' ? status('reportedLine', { date }) : step.overdue ? status('overdueLine', { date, checked: fmt.date(step.checkedOn) }) : status('plannedLine', { date });
  return (
    <li data-step={step.kind} data-status={step.overdue ? 'overdue' : step.status}>
      {t(`step_${step.kind}`)}: {line}
      <SourceRefs numbers={step.numbers} label={words.reference} />
      {step.note && (
        <span className={styles.eventNote} lang="en">
          {step.note}
        </span>
      )}
    </li>
  );
}

function Machine({ m, words }: { m: MachineFacts; words: FactoryWords }) {
  const { t, compute: c, fmt, href } = words;
  const refs = (numbers: readonly number[]) => <SourceRefs numbers={numbers} label={words.reference} />;
  const fact = (field: MachineFacts['facts'][number]['field'], value: string | number) =>
    field === 'costEur' ? fmt.eur(Number(value)) : field === 'powerMw' ? `${fmt.number(Number(value))} MW` : <span lang="en">{String(value)}</span>;
  return (
    <article className={styles.machineCard} data-machine={m.id} data-status={m.status}>
      <h3>
        {m.name ?? t('unnamedMachine')}
        {m.kind === 'existing' && <span className={styles.derived}> ({c('existing')})</span>}
      </h3>
      <dl className={styles.facts}>
        <dt>{t('mStatus')}</dt>
        <dd>{standing(m, words)}</dd>
        <dt>{t('mEstimate')}</dt>
        <dd data-estimate-scope="">
          {m.estimate ? (
            <>
              <span data-estimate={m.estimate.shown}>{c(m.estimate.atLeast ? 'valueAtLeast' : 'value', { count: m.estimate.shown })}</span> (
              <a href={href('/about#h100-equivalents')}>{c('estimate')}</a>)
            </>
          ) : (
            c(m.accelerators.some((a) => a.count !== null) || m.performance.length || m.hpl ? 'noEstimate' : 'notDisclosed')
          )}
        </dd>
        {m.accelerators.length > 0 && <dt>{t('mAccelerators')}</dt>}
        {m.accelerators.map((a) => (
          <dd key={a.model}>
            {a.count === null ? (
              <>
                <span lang="en">{a.model}</span>: {fmt.notDisclosed}
              </>
            ) : (
              <EnglishIn text={c(COUNT_KEY[a.qualifier], { count: fmt.number(a.count), model: a.model })} names={[a.model]} />
            )}
            {refs(a.numbers)}
          </dd>
        ))}
        {m.performance.length > 0 && <dt>{t('mPerformance')}</dt>}
        {m.performance.map((p) => (
          <dd key={`${p.value}${p.unit}${p.precision}`}>
            {c('performance', { value: fmt.number(p.value), unit: p.unit, precision: p.precision, sparsity: p.sparsity === null ? 'unstated' : p.sparsity ? 'sparse' : 'dense' })}
            {refs(p.numbers)}
          </dd>
        ))}
        {m.hpl && (
          <>
            <dt>{t('mHpl')}</dt>
            <dd>
              {c('hpl', { value: fmt.number(m.hpl.rmaxPflops), list: m.hpl.list, rank: m.hpl.rank })}
              {refs(m.hpl.numbers)}
            </dd>
          </>
        )}
        {m.facts
          .filter((f) => f.value !== null)
          .map((f) => (
            <Fragment key={f.field}>
              <dt>{t(`m${f.field.charAt(0).toUpperCase()}${f.field.slice(1)}`)}</dt>
              <dd>
                {fact(f.field, f.value!)}
                {refs(f.numbers)}
              </dd>
            </Fragment>
          ))}
      </dl>
      {m.steps.length > 0 && (
        <>
          <h4>{t('mSteps')}</h4>
          <ol className={styles.steps}>
            {m.steps.map((s) => (
              <StepLine key={s.kind} step={s} words={words} />
            ))}
          </ol>
        </>
      )}
    </article>
  );
}

export function ComputeSection({ model, words }: { model: FactoryModel; words: FactoryWords }) {
  const { t, fmt } = words;
  const { answer, machines } = model.compute;
  const systems = fmt.list(answer.systems);
  const first =
    answer.status === 'serving'
      ? answer.since
        ? t('answerServingSince', { systems, date: fmt.date(answer.since) })
        : t('answerServing', { systems })
      : t(answer.status === 'not-yet' ? 'answerNotYet' : 'answerNotStated');
  // Bulgarian and Lithuanian dates end in their own stop ("2025 г."): those messages leave the sentence's to fullStop.
  const own = answer.own && t('answerOwn', { standing: standing(answer.own, words) });
  return (
    <section aria-labelledby="the-machine" className={styles.compute}>
      <h2 id="the-machine">{t('theMachine')}</h2>
      <p className={styles.answer} data-serving={answer.status} data-testid="serving-answer">
        {first}
        {fullStop(first)}
        <SourceRefs numbers={answer.numbers} label={words.reference} />
        {own && (
          <>
            {' '}
            {own}
            {fullStop(own)}
          </>
        )}
      </p>
      {machines.length ? machines.map((m) => <Machine key={m.id} m={m} words={words} />) : <p>{t('noMachines')}</p>}
    </section>
  );
}
