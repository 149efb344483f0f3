// The timeline: selections, antenna announcements and announced starts of operation. One model for the dashboard's
// timeline, its embed and the timeline slide.
import type { Antenna, Factory, Wave } from '../data/schema';
import type { FilteredView } from './filtered';
import { message, type Message } from '../i18n/message';
import { factoryShortName } from './names';
import type { Series } from './series';

export interface TimelineEvent {
  /** ISO date, possibly only a year or a month. */
  date: string;
  kind: 'selected' | 'operational' | 'antennas';
  /** Unique among the events: a React key and a stable order for events of one date and kind. */
  key: string;
  /** The event in words: "Wave 2 selected · 6 factories". */
  text: Message;
  factoryIds: string[];
}

/** Selections per wave, antenna announcements, and supercomputers entering operation, oldest first. */
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
  for (const f of factories) {
    const from = f.supercomputer.operationalFrom;
    if (from)
      events.push({
        date: from,
        kind: 'operational',
        key: `operational-${f.id}`,
        text: message('eventOperational', { machine: { text: f.supercomputer.name } }),
        factoryIds: [f.id],
      });
  }
  const order = { selected: 0, antennas: 1, operational: 2 };
  return events.sort((a, b) => dateKey(a.date).localeCompare(dateKey(b.date)) || order[a.kind] - order[b.kind] || a.key.localeCompare(b.key));
}

/** A year-only or month-only date sorts after the dated events of its year or month. */
function dateKey(date: string): string {
  return date.length === 4 ? `${date}-99` : date.length === 7 ? `${date}-99` : date;
}

interface TimelineYear {
  year: string;
  events: TimelineEvent[];
  /** The year's machines entering operation in one line, as a screen shows them: "2 machines: LUMI-AI, MareNostrum 5". */
  operational: Message | null;
}

export interface TimelineModel {
  events: TimelineEvent[];
  /** The events by year, oldest first. */
  years: TimelineYear[];
  /** The event kinds shown, for the legend (each kind is a series). */
  legend: Series[];
  /** Shown factories without an announced start of operation, and the note that counts them; null if none. */
  undated: { factories: Pick<Factory, 'id' | 'name'>[]; note: Message } | null;
  takeaway: Message[];
}

function takeaway(events: readonly TimelineEvent[]): Message[] {
  const selections = events.filter((e) => e.kind === 'selected');
  const first = selections[0];
  const last = selections[selections.length - 1];
  if (!first || !last) return [message('noMatch')];
  const selected = { factories: selections.reduce((n, e) => n + e.factoryIds.length, 0), waves: selections.length };
  const operational = events.filter((e) => e.kind === 'operational');
  const latest = operational[operational.length - 1];
  return [
    first.date.slice(0, 7) === last.date.slice(0, 7)
      ? message('timelineSelectedIn', { ...selected, month: { month: first.date } })
      : message('timelineSelectedBetween', { ...selected, first: { month: first.date }, last: { month: last.date } }),
    latest
      ? message('timelineOperational', { count: operational.length, year: { year: latest.date.slice(0, 4) } })
      : message('timelineNoOperational'),
  ];
}

export function timelineModel(view: Pick<FilteredView, 'factories' | 'antennas' | 'data'>): TimelineModel {
  const events = timeline(view.factories, view.data.waves, view.antennas);
  const names = new Map(view.factories.map((f) => [f.id, factoryShortName(f)]));
  const years = [...new Set(events.map((e) => e.date.slice(0, 4)))].map((year) => {
    const inYear = events.filter((e) => e.date.startsWith(year));
    const machines = inYear.filter((e) => e.kind === 'operational').flatMap((e) => e.factoryIds.map((id) => ({ text: names.get(id) ?? id })));
    return {
      year,
      events: inYear,
      operational: machines.length ? message('eventsOperational', { count: machines.length, names: { list: machines } }) : null,
    };
  });
  const undated = view.factories.filter((f) => !f.supercomputer.operationalFrom).map(({ id, name }) => ({ id, name }));
  return {
    events,
    years,
    legend: ['selected', 'antennas', 'operational'],
    undated: undated.length
      ? { factories: undated, note: message('timelineUndated', { count: undated.length, shown: view.factories.length }) }
      : null,
    takeaway: takeaway(events),
  };
}
