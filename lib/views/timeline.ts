// The timeline: selections, antenna announcements, and each factory's dated steps (the start of its services, its
// supercomputer entering operation), every step reported or planned, and a planned one whose date has passed
// without a report marked overdue. One model for the dashboard's timeline, its embed and the timeline slide.
import type { Antenna, Factory, Wave } from '../data/schema';
import { factoryEvents, type EventKind } from '../data/events';
import type { FilteredView } from './filtered';
import { dated } from './dated';
import { message, type Message } from '../i18n/message';
import { factoryShortName } from './names';
import type { Series } from './series';

/** A factory's step as the timeline tells it: a source says it happened, a source announced it, or its date passed unreported. */
type EventStatus = 'reported' | 'planned' | 'overdue';

export interface TimelineEvent {
  /** ISO date, possibly only a year or a month. */
  date: string;
  kind: 'selected' | 'antennas' | EventKind;
  /** Unique among the events: a React key and a stable order for events of one date and kind. */
  key: string;
  /** The event in words: "Wave 2 selected · 6 factories". */
  text: Message;
  factoryIds: string[];
  /** A factory's step only; selections and antenna announcements are facts of the programme. */
  status?: EventStatus;
  /** Overdue only: the day the record was last checked, "not reported as of" that day. */
  checkedOn?: string;
}

const SERIES: Record<TimelineEvent['kind'], Series> = {
  selected: 'selected',
  antennas: 'antennas',
  launch: 'launch',
  operation: 'operational',
};

/** The series an event is drawn in (its colour and legend label). */
export const eventSeries = (e: Pick<TimelineEvent, 'kind'>): Series => SERIES[e.kind];

const ORDER: Record<TimelineEvent['kind'], number> = { selected: 0, antennas: 1, launch: 2, operation: 3 };

/** Selections per wave, antenna announcements, and the factories' launches and machines entering operation, oldest first. */
export function timeline(
  factories: readonly Factory[],
  waves: readonly Wave[],
  antennas: readonly Antenna[] = [],
): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const w of waves) {
    const members = factories.filter((f) => f.wave === w.id);
    if (members.length)
      events.push({
        date: w.selectedOn,
        kind: 'selected',
        key: `selected-${w.id}`,
        text: message('eventSelected', { wave: { num: w.id }, count: members.length }),
        factoryIds: members.map((f) => f.id),
      });
  }
  const announced = new Map<string, number>();
  for (const a of antennas) announced.set(a.announcedOn, (announced.get(a.announcedOn) ?? 0) + 1);
  for (const [date, count] of announced)
    events.push({ date, kind: 'antennas', key: `antennas-${date}`, text: message('eventAntennas', { count }), factoryIds: [] });
  for (const f of factories)
    for (const e of factoryEvents(f))
      events.push({
        date: e.date,
        kind: e.kind,
        key: `${e.kind}-${f.id}`,
        text:
          e.kind === 'launch'
            ? message('eventLaunch', { factory: { text: factoryShortName(f) } })
            : message('eventOperational', { factory: { text: factoryShortName(f) } }),
        factoryIds: [f.id],
        status: e.overdue ? 'overdue' : e.status,
        ...(e.overdue && { checkedOn: e.checkedOn }),
      });
  return events.sort((a, b) => dateKey(a.date).localeCompare(dateKey(b.date)) || ORDER[a.kind] - ORDER[b.kind] || a.key.localeCompare(b.key));
}

/** A year-only or month-only date sorts after the dated events of its year or month. */
function dateKey(date: string): string {
  return date.length === 4 ? `${date}-99` : date.length === 7 ? `${date}-99` : date;
}

/** One line of a year as a screen shows it: a selection, or the year's steps of one kind and status, named together. */
interface TimelineLine {
  key: string;
  series: Series;
  status: EventStatus | null;
  /** Month of a dated programme event; factory steps are grouped for the year. */
  date: string | null;
  text: Message;
}

interface TimelineYear {
  year: string;
  events: TimelineEvent[];
  /** The year read at a distance: "2 machines in operation: LUMI-AI, MareNostrum 5" in one line. */
  lines: TimelineLine[];
}

export interface TimelineModel {
  events: TimelineEvent[];
  /** The events by year, oldest first. */
  years: TimelineYear[];
  /** The event kinds shown, for the legend (each kind is a series). */
  legend: Series[];
  /** The statuses of the shown steps, for the legend's second row: how a planned step is drawn apart from a reported one. */
  statuses: EventStatus[];
  /** Shown factories without a date for their machine's operation, and the note that counts them; null if none. */
  undated: { factories: Pick<Factory, 'id' | 'name'>[]; note: Message } | null;
  takeaway: Message[];
}

/** The message naming a year's steps of one kind and status together. */
const GROUPED: Record<EventKind, Record<EventStatus, string>> = {
  launch: { reported: 'eventsLaunched', planned: 'eventsLaunchPlanned', overdue: 'eventsOverdue' },
  operation: { reported: 'eventsInOperation', planned: 'eventsOperational', overdue: 'eventsOverdue' },
};

function yearLines(events: readonly TimelineEvent[], names: ReadonlyMap<string, string>): TimelineLine[] {
  const lines: TimelineLine[] = events
    .filter((e) => e.kind === 'selected' || e.kind === 'antennas')
    .map((e) => ({ key: e.key, series: eventSeries(e), status: null, date: e.date.length > 4 ? e.date : null, text: e.text }));
  const steps = events.filter((e) => e.status);
  const groups = new Map<string, TimelineEvent[]>();
  for (const e of steps) {
    const group = `${e.kind}-${e.status}`;
    groups.set(group, [...(groups.get(group) ?? []), e]);
  }
  for (const [group, members] of groups) {
    const first = members[0]!;
    const list = members.flatMap((e) => e.factoryIds.map((id) => ({ text: names.get(id) ?? id })));
    lines.push({
      key: group,
      series: eventSeries(first),
      status: first.status!,
      date: null,
      text: message(GROUPED[first.kind as EventKind][first.status!], { count: list.length, names: { list } }),
    });
  }
  return lines;
}

function takeaway(events: readonly TimelineEvent[]): Message[] {
  const selections = events.filter((e) => e.kind === 'selected');
  const first = selections[0];
  const last = selections[selections.length - 1];
  if (!first || !last) return [message('noMatch')];
  const selected = { factories: selections.reduce((n, e) => n + e.factoryIds.length, 0), waves: selections.length };
  const reported = events.filter((e) => e.kind === 'operation' && e.status === 'reported');
  const overdue = events.filter((e) => e.status === 'overdue');
  const checked = overdue.map((e) => e.checkedOn!).sort().at(-1);
  return [
    first.date.slice(0, 7) === last.date.slice(0, 7)
      ? message('timelineSelectedIn', { ...selected, month: { month: first.date } })
      : message('timelineSelectedBetween', { ...selected, first: { month: first.date }, last: { month: last.date } }),
    message('timelineReported', { count: reported.length }),
    ...(checked ? [message('timelineOverdue', { count: overdue.length, date: { date: checked } })] : []),
  ];
}

export function timelineModel(view: Pick<FilteredView, 'factories' | 'antennas' | 'data'> & Partial<Pick<FilteredView, 'asOf'>>): TimelineModel {
  const events = timeline(view.factories, view.data.waves, view.antennas);
  const names = new Map(view.factories.map((f) => [f.id, factoryShortName(f)]));
  const years = [...new Set(events.map((e) => e.date.slice(0, 4)))].map((year) => {
    const inYear = events.filter((e) => e.date.startsWith(year));
    return { year, events: inYear, lines: yearLines(inYear, names) };
  });
  const undated = view.factories.filter((f) => !f.events.some((e) => e.kind === 'operation')).map(({ id, name }) => ({ id, name }));
  const kinds = new Set(events.map(eventSeries));
  const statuses = new Set(events.flatMap((e) => (e.status ? [e.status] : [])));
  return {
    events,
    years,
    legend: (['selected', 'antennas', 'launch', 'operational'] as const).filter((s) => kinds.has(s)),
    statuses: (['reported', 'planned', 'overdue'] as const).filter((s) => statuses.has(s)),
    undated: undated.length
      ? { factories: undated, note: message('timelineUndated', { count: undated.length, shown: view.factories.length }) }
      : null,
    takeaway: dated(view, takeaway(events)),
  };
}
