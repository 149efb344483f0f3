// Plans against delivery: per machine (its entry into operation) and per factory launch, the plan as first
// announced, the plan as it stands, the delivery once reported, and the slip between the first plan and the later
// of the two, in months. Built from the filtered view, so it too is as of the view's month.
import { isOverdue, periodEnd } from '../data/events';
import type { Factory, Plan } from '../data/schema';
import { message, type Message } from '../i18n/message';
import { monthIndex } from '../url/at';
import { dated } from './dated';
import type { FilteredView } from './filtered';
import { factoryShortName } from './names';

/** A plan as the figure shows it: what it said, when, and the sources' links. */
interface PlanPoint {
  date: string;
  announcedOn: string;
  note?: string;
  sources: { id: string; url: string; title: string; lang?: string }[];
}

export interface PlanRow {
  /** `<factory id>:launch` or the machine's id. */
  id: string;
  factoryId: string;
  factory: string;
  /** The machine's name; null for the factory's launch (or a machine without a name). */
  machine: string | null;
  kind: 'operation' | 'launch';
  /** Every announcement, first first: the first plan is `plans[0]`, the current one the last. */
  plans: PlanPoint[];
  /** The reported date; null while it has not happened. */
  delivered: string | null;
  /** Months from the first plan to the delivery, or to the current plan (negative when it moved earlier). */
  slipMonths: number;
  /** Still not reported after the current plan's whole period ended: the slip is at least `slipMonths`. */
  atLeast: boolean;
  /** The current plan's period ended with no report, as of this day. */
  overdueAsOf: string | null;
}

export interface PlansModel {
  rows: PlanRow[];
  /** The rows whose plan moved (slip other than zero). */
  moved: number;
  /** From the earliest plan or delivery to the latest, as `YYYY` years: the drawing's axis. */
  years: { first: number; last: number } | null;
  takeaway: Message[];
}

type Step = Pick<Factory['events'][number], 'date' | 'status' | 'plans'>;

/** Months between two dates, each taken at the end of its period ("2025" is December 2025). */
function monthsBetween(from: string, to: string): number {
  return monthIndex(periodEnd(to)) - monthIndex(periodEnd(from));
}

function points(f: Factory, plans: readonly Plan[]): PlanPoint[] {
  const byId = new Map(f.sources.map((s) => [s.id, s]));
  return plans.map((p) => ({
    date: p.date,
    announcedOn: p.announcedOn,
    ...(p.note ? { note: p.note } : {}),
    sources: p.sources.flatMap((id) => {
      const s = byId.get(id);
      return s ? [{ id, url: s.url, title: s.title, ...(s.lang ? { lang: s.lang } : {}) }] : [];
    }),
  }));
}

function row(f: Factory, step: Step, id: string, machine: string | null, kind: PlanRow['kind']): PlanRow | null {
  if (!step.plans?.length) return null;
  const plans = points(f, step.plans);
  const first = plans[0]!;
  const delivered = step.status === 'reported' ? step.date : null;
  const current = delivered ?? plans.at(-1)!.date;
  const overdue = !delivered && isOverdue({ date: current, status: 'planned' }, f.checkedOn);
  const slip = monthsBetween(first.date, current);
  const late = overdue ? monthsBetween(first.date, f.checkedOn) : slip;
  return {
    id,
    factoryId: f.id,
    factory: factoryShortName(f),
    machine,
    kind,
    plans,
    delivered,
    slipMonths: Math.max(slip, late),
    atLeast: overdue,
    overdueAsOf: overdue ? f.checkedOn : null,
  };
}

/**
 * Each factory's rows: its machines' entries into operation (the factory's own operation step where no machine of it
 * is described with one), then its launch.
 */
function planRows(f: Factory): PlanRow[] {
  const machines = f.machines.flatMap((m) => {
    const step = m.steps.find((s) => s.kind === 'operation');
    return step ? [row(f, step, m.id, m.name, 'operation')] : [];
  });
  const operation = f.events.find((e) => e.kind === 'operation');
  const ownStep = machines.length || !operation ? null : row(f, operation, `${f.id}:operation`, f.supercomputer.name, 'operation');
  const launch = f.events.find((e) => e.kind === 'launch');
  return [...machines, ownStep, launch ? row(f, launch, `${f.id}:launch`, null, 'launch') : null].filter((r): r is PlanRow => r !== null);
}

function label(r: PlanRow): { text: string } {
  return { text: r.machine ? `${r.factory} (${r.machine})` : r.factory };
}

function takeaway(rows: readonly PlanRow[], moved: number): Message[] {
  if (!rows.length) return [message('plansNone')];
  const largest = Math.max(...rows.map((r) => r.slipMonths));
  const summary = message('plansSummary', { count: rows.length, moved });
  if (largest <= 0) return [summary];
  const top = rows.filter((r) => r.slipMonths === largest);
  const values = { names: { list: top.map(label) }, months: largest, tied: top.length };
  return [summary, message(top.some((r) => r.atLeast) ? 'plansLargestAtLeast' : 'plansLargest', values)];
}

/** The plan histories of the shown factories, the largest slip first (ties by name). */
export function plansModel(view: Pick<FilteredView, 'factories'> & Partial<Pick<FilteredView, 'asOf' | 'data'>>): PlansModel {
  const rows = view.factories
    .flatMap(planRows)
    .sort((a, b) => b.slipMonths - a.slipMonths || a.factory.localeCompare(b.factory, 'en') || a.id.localeCompare(b.id, 'en'));
  const moved = rows.filter((r) => r.slipMonths !== 0).length;
  const dates = rows.flatMap((r) => [...r.plans.map((p) => p.date), ...(r.delivered ? [r.delivered] : []), ...(r.overdueAsOf ? [r.overdueAsOf] : [])]);
  const yearsOf = dates.map((d) => Number(d.slice(0, 4))).sort((a, b) => a - b);
  return {
    rows,
    moved,
    years: yearsOf.length ? { first: yearsOf[0]!, last: yearsOf.at(-1)! } : null,
    takeaway: dated(view, takeaway(rows, moved)),
  };
}
