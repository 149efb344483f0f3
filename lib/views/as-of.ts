// The network as of a month: what the sources had reported by its end. Every figure is built from a filtered view
// of this dataset, so each one (and any added later) shows the month without knowing about it.
import { periodEnd } from '../data/events';
import { statusFromSteps } from '../data/machines';
import type { Dataset, Factory, Machine, Plan, Programme, Wave } from '../data/schema';
import { monthOf, type MonthSpan } from '../url/at';

type Step = Pick<Factory['events'][number], 'date' | 'status' | 'plans'>;

/** From the first selection's month to the month the last planned step falls in (the data's own month if none). */
export function monthSpan(data: Pick<Dataset, 'asOf' | 'waves' | 'factories'>): MonthSpan {
  const first = monthOf([...data.waves.map((w) => w.selectedOn), ...data.factories.map((f) => f.selectedOn)].sort()[0] ?? data.asOf);
  const planned = data.factories.flatMap((f) => [...f.events, ...f.machines.flatMap((m) => m.steps)]).filter((s) => s.status === 'planned');
  const last = monthOf([data.asOf, ...planned.map((s) => periodEnd(s.date))].sort().at(-1)!);
  return { first, last };
}

/** A plan was known by the month when it was announced in it or before (a year-only announcement counts from its start). */
function knownBy(plan: Plan, end: string): boolean {
  return plan.announcedOn <= end;
}

/**
 * A step as of the month: reported only when it was reported by then; a step reported later was still a plan, for
 * the date it came to happen on (the plan as known now). Plans announced after the month are not yet known.
 */
function stepAsOf<S extends Step>(step: S, end: string): S {
  const plans = step.plans?.filter((p) => knownBy(p, end));
  const status = step.status === 'reported' && step.date <= end ? 'reported' : 'planned';
  return { ...step, status, ...(step.plans ? { plans } : {}) };
}

function machineAsOf(m: Machine, end: string): Machine {
  if (!m.steps.length) return m;
  const steps = m.steps.map((s) => stepAsOf(s, end));
  return { ...m, steps, status: statusFromSteps(steps) };
}

function factoryAsOf(f: Factory, end: string): Factory {
  const events = f.events.map((e) => stepAsOf(e, end));
  const operation = events.find((e) => e.kind === 'operation');
  return {
    ...f,
    events,
    machines: f.machines.map((m) => machineAsOf(m, end)),
    // "Not reported as of" the month: a plan can only be overdue by the time it was looked at.
    checkedOn: f.checkedOn < end ? f.checkedOn : end,
    supercomputer: { ...f.supercomputer, operationalFrom: operation?.date ?? null },
  };
}

/**
 * The commitment as of the month: the programme's figure once it was stated; before that, what the waves selected
 * by then were announced with (a lower bound where one was announced only as "over €X").
 */
function programmeAsOf(programme: Programme, waves: readonly Wave[], end: string): Programme {
  if (programme.statedOn <= end) return programme;
  const exact = waves.every((w) => w.announcedEur !== null);
  const sum = waves.reduce((total, w) => total + (w.announcedEur ?? w.announcedMinEur ?? 0), 0);
  return {
    ...programme,
    committedEur: exact ? sum : null,
    committedMinEur: exact ? undefined : sum,
    statedOn: waves.at(-1)?.selectedOn ?? programme.statedOn,
    note: undefined,
    sources: waves.flatMap((w) => w.sources.slice(0, 1)),
  };
}

/** The dataset as it stood at the end of `month` (`YYYY-MM`). */
export function asOfView(data: Dataset, month: string): Dataset {
  // A date on or before the month's last day happened by then (a year or a month alone counts from its start).
  const end = periodEnd(month);
  const waves = data.waves.filter((w) => w.selectedOn <= end);
  return {
    ...data,
    programme: programmeAsOf(data.programme, waves, end),
    waves,
    factories: data.factories.filter((f) => f.selectedOn <= end).map((f) => factoryAsOf(f, end)),
    antennas: data.antennas.filter((a) => a.announcedOn <= end),
    changes: data.changes.filter((c) => c.date <= end),
    gigafactories: { ...data.gigafactories, events: data.gigafactories.events.filter((e) => e.date <= end) },
  };
}
