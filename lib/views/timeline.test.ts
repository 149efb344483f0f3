import { describe, expect, it } from 'vitest';
import { antennas, dataset, factories, factory, view, waves } from '../../test/fixtures';
import { say } from '../../test/i18n';
import { timeline, timelineModel } from './timeline';

/** A factory launched (reported) whose machine was planned for 2025 and, checked in November 2026, never reported. */
const late = factory({
  id: 'late',
  name: 'Late AI Factory',
  wave: 2,
  selectedOn: '2025-03-12',
  supercomputer: { name: 'Slowpoke', kind: 'new', operationalFrom: '2025' },
  events: [
    { kind: 'launch', date: '2025-09-05', status: 'reported', sources: ['s1'] },
    { kind: 'operation', date: '2025', status: 'planned', sources: ['s1'] },
  ],
  checkedOn: '2026-11-26',
});

describe('timeline', () => {
  it('orders selections, antenna announcements and the factories’ steps, each step with its status', () => {
    const events = timeline(factories, waves, antennas);
    expect(events.map((e) => [e.date, e.kind, e.status])).toEqual([
      ['2024-12-10', 'selected', undefined],
      ['2025-03-12', 'selected', undefined],
      ['2025-06', 'operation', 'reported'],
      ['2025-10-13', 'antennas', undefined],
      ['2026', 'operation', 'planned'],
    ]);
    expect(events[0]?.factoryIds).toEqual(['alpha', 'beta']);
    expect(say(events[0]!.text)).toBe('Wave 1 selected · 2 factories');
    expect(say(events[3]!.text)).toBe('3 AI Factory Antennas announced');
    expect(say(events[2]!.text)).toBe('Alpha AI Factory: supercomputer enters operation');
  });
  it('tells a launch from its machine’s operation, and a planned date passed before the check from a planned one', () => {
    const events = timeline([late], waves);
    expect(events.map((e) => [e.date, e.kind, e.status, e.checkedOn])).toEqual([
      ['2025-03-12', 'selected', undefined, undefined],
      ['2025-09-05', 'launch', 'reported', undefined],
      ['2025', 'operation', 'overdue', '2026-11-26'],
    ]);
    expect(say(events[1]!.text)).toBe('Late AI Factory starts its services');
  });
  it('keeps a planned year open until it has ended', () => {
    const open = factory({ id: 'open', events: [{ kind: 'operation', date: '2026', status: 'planned', sources: ['s1'] }], checkedOn: '2026-12-31' });
    expect(timeline([open], [])[0]?.status).toBe('planned');
    expect(timeline([{ ...open, checkedOn: '2027-01-01' }], [])[0]?.status).toBe('overdue');
  });
  it('puts a year-only date after the dated events of that year', () => {
    const events = timeline([late], waves);
    expect(events.map((e) => e.date)).toEqual(['2025-03-12', '2025-09-05', '2025']);
  });
  it('is empty without factories or antennas', () => expect(timeline([], waves)).toEqual([]));
});

describe('timelineModel', () => {
  it('groups the events by year, with the year’s steps of one kind and status in one line', () => {
    const model = timelineModel(view());
    expect(model.years.map((y) => [y.year, y.events.length])).toEqual([
      ['2024', 1],
      ['2025', 3],
      ['2026', 1],
    ]);
    expect(model.years[1]!.lines.map((l) => [l.series, l.status, say(l.text)])).toEqual([
      ['selected', null, 'Wave 2 selected · 1 factory'],
      ['antennas', null, '3 AI Factory Antennas announced'],
      ['operational', 'reported', '1 machine in operation: Alpha AI Factory'],
    ]);
    expect(model.years[2]!.lines.map((l) => say(l.text))).toEqual(['1 machine due to enter operation: Gamma']);
  });
  it('puts the overdue steps of a kind in a line of their own', () => {
    const model = timelineModel(view({}, { ...dataset, factories: [late], antennas: [] }));
    expect(model.years.at(-1)!.lines.map((l) => [l.series, l.status, say(l.text)])).toEqual([
      ['selected', null, 'Wave 2 selected · 1 factory'],
      ['launch', 'reported', '1 factory started its services: Late AI Factory'],
      ['operational', 'overdue', '1 planned date passed without a report: Late AI Factory'],
    ]);
  });
  it('lists the kinds and statuses shown, for the legend', () => {
    expect(timelineModel(view())).toMatchObject({ legend: ['selected', 'antennas', 'operational'], statuses: ['reported', 'planned'] });
    expect(timelineModel(view({}, { ...dataset, factories: [late], antennas: [] }))).toMatchObject({
      legend: ['selected', 'launch', 'operational'],
      statuses: ['reported', 'overdue'],
    });
  });
  it('names the factories without a date for their machine', () => {
    const { undated } = timelineModel(view());
    expect(undated?.factories.map((f) => f.id)).toEqual(['beta']);
    expect(say(undated!.note)).toBe('Start of operation not disclosed for 1 of 3 factories:');
  });
  it('spans the selections, counts the machines reported in operation and the planned dates passed unreported', () => {
    expect(say(timelineModel(view()).takeaway)).toBe(
      '3 factories selected in 2 waves between December 2024 and March 2025. 1 supercomputer is reported in operation.',
    );
    expect(say(timelineModel(view({ waves: [1] })).takeaway)).toBe(
      '2 factories selected in 1 wave, in December 2024. 1 supercomputer is reported in operation.',
    );
    expect(say(timelineModel(view({}, { ...dataset, factories: [late], antennas: [] })).takeaway)).toBe(
      '1 factory selected in 1 wave, in March 2025. No supercomputer is reported in operation yet. 1 planned date has passed without a report as of 26 November 2026.',
    );
  });
  it('says when nothing matches', () => expect(say(timelineModel(view({ q: 'none' })).takeaway)).toBe('No factory matches the current filters.'));
});
