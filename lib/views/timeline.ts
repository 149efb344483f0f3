// The timeline: selections, antenna announcements and announced starts of operation.
import type { Antenna, Factory, Wave } from '../data/schema';

export interface TimelineEvent {
  /** ISO date, possibly only a year or a month. */
  date: string;
  kind: 'selected' | 'operational' | 'antennas';
  /** English, for sorting and tests; pages word the event from `wave`, `count` and `machine` in their language. */
  label: string;
  factoryIds: string[];
  wave?: number;
  count?: number;
  machine?: string;
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
      events.push({ date: w.selectedOn, kind: 'selected', label: `${w.label} selected`, factoryIds: members.map((f) => f.id), wave: w.id });
  }
  const announced = new Map<string, number>();
  for (const a of antennas) announced.set(a.announcedOn, (announced.get(a.announcedOn) ?? 0) + 1);
  for (const [date, count] of announced)
    events.push({ date, kind: 'antennas', label: `${count} AI Factory Antenna${count === 1 ? '' : 's'} announced`, factoryIds: [], count });
  for (const f of factories) {
    const from = f.supercomputer.operationalFrom;
    if (from)
      events.push({ date: from, kind: 'operational', label: `${f.supercomputer.name} enters operation`, factoryIds: [f.id], machine: f.supercomputer.name });
  }
  const order = { selected: 0, antennas: 1, operational: 2 };
  return events.sort((a, b) => dateKey(a.date).localeCompare(dateKey(b.date)) || order[a.kind] - order[b.kind] || a.label.localeCompare(b.label));
}

/** A year-only or month-only date sorts after the dated events of its year or month. */
function dateKey(date: string): string {
  return date.length === 4 ? `${date}-99` : date.length === 7 ? `${date}-99` : date;
}
