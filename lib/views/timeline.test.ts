import { describe, expect, it } from 'vitest';
import { antennas, factories, factory, view, waves } from '../../test/fixtures';
import { say } from '../../test/i18n';
import { timeline, timelineModel } from './timeline';

describe('timeline', () => {
  it('orders selections, antenna announcements and operation dates', () => {
    const events = timeline(factories, waves, antennas);
    expect(events.map((e) => [e.date, e.kind])).toEqual([
      ['2024-12-10', 'selected'],
      ['2025-03-12', 'selected'],
      ['2025-06', 'operational'],
      ['2025-10-13', 'antennas'],
      ['2026', 'operational'],
    ]);
    expect(events[0]?.factoryIds).toEqual(['alpha', 'beta']);
    expect(say(events[0]!.text)).toBe('Wave 1 selected · 2 factories');
    expect(say(events[3]!.text)).toBe('3 AI Factory Antennas announced');
    expect(say(events[2]!.text)).toBe('Leonardo enters operation');
  });
  it('puts a year-only date after the dated events of that year', () => {
    const late = timeline([factory({ id: 'x', wave: 2, supercomputer: { name: 'M', kind: 'new', operationalFrom: '2025' } })], waves);
    expect(late.map((e) => e.date)).toEqual(['2025-03-12', '2025']);
  });
  it('is empty without factories or antennas', () => expect(timeline([], waves)).toEqual([]));
});

describe('timelineModel', () => {
  it('groups the events by year, with the year’s machines in one line', () => {
    const model = timelineModel(view());
    expect(model.years.map((y) => [y.year, y.events.length])).toEqual([
      ['2024', 1],
      ['2025', 3],
      ['2026', 1],
    ]);
    expect(say(model.years[1]!.operational!)).toBe('1 machine due to enter operation: Alpha AI Factory');
    expect(model.years[0]!.operational).toBeNull();
  });
  it('names the factories without a start of operation', () => {
    const { undated } = timelineModel(view());
    expect(undated?.factories.map((f) => f.id)).toEqual(['beta']);
    expect(say(undated!.note)).toBe('Start of operation not disclosed for 1 of 3 factories:');
  });
  it('spans the selections and counts announced operation dates', () => {
    expect(say(timelineModel(view()).takeaway)).toBe(
      '3 factories selected in 2 waves between December 2024 and March 2025. 2 supercomputers have an announced start of operation, the last in 2026.',
    );
    expect(say(timelineModel(view({ waves: [1] })).takeaway)).toBe(
      '2 factories selected in 1 wave, in December 2024. 1 supercomputer has an announced start of operation, in 2025.',
    );
  });
  it('says when nothing matches', () => expect(say(timelineModel(view({ q: 'none' })).takeaway)).toBe('No factory matches the current filters.'));
});
