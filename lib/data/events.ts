// A factory's dated steps, each planned or reported, and whether a planned one has passed without a report.
import type { Factory, FactoryEvent, FactoryRecord } from './schema';

export type EventKind = FactoryEvent['kind'];

export interface DatedEvent extends FactoryEvent {
  /**
   * Planned, and the whole announced period (the year of "2026", the month of "2026-06") ended before the record
   * was last checked, with no source reporting it: a claim the data can no longer back.
   */
  overdue: boolean;
  /** The day the record was last checked: "not reported as of" that day. */
  checkedOn: string;
}

const KIND_ORDER: readonly EventKind[] = ['launch', 'operation'];

/** The last day of a YYYY, YYYY-MM or YYYY-MM-DD period, as YYYY-MM-DD. */
export function periodEnd(date: string): string {
  const [year, month, day] = date.split('-');
  if (day) return date;
  if (!month) return `${year}-12-31`;
  // Day 0 of the next month is the last of this one; UTC so no time zone moves it.
  const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  return `${year}-${month}-${String(last).padStart(2, '0')}`;
}

/** A planned event whose whole period ended before `checkedOn`. */
export function isOverdue(event: Pick<FactoryEvent, 'date' | 'status'>, checkedOn: string): boolean {
  return event.status === 'planned' && periodEnd(event.date) < checkedOn;
}

/** The record's events, launch first, each with its overdue flag computed against the record's check date. */
export function factoryEvents(f: Pick<FactoryRecord, 'events' | 'checkedOn'>): DatedEvent[] {
  return [...f.events]
    .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind))
    .map((e) => ({ ...e, overdue: isOverdue(e, f.checkedOn), checkedOn: f.checkedOn }));
}

/** The record's event of one kind (a record holds at most one of each), or undefined. */
export function eventOf(f: Pick<FactoryRecord, 'events' | 'checkedOn'>, kind: EventKind): DatedEvent | undefined {
  return factoryEvents(f).find((e) => e.kind === kind);
}

/**
 * The factory as the views get it: `supercomputer.operationalFrom` holds the operation event's date, planned or
 * reported alike, as the field did before events had a status. Views moving to events drop the need for it.
 */
export function withOperationalFrom(f: FactoryRecord): Factory {
  return { ...f, supercomputer: { ...f.supercomputer, operationalFrom: eventOf(f, 'operation')?.date ?? null } };
}

/** The factory as the data file holds it: without the derived `operationalFrom`. */
export function withoutOperationalFrom(f: Factory): FactoryRecord {
  const { name, kind } = f.supercomputer;
  return { ...f, supercomputer: { name, kind } };
}
