import { describe, expect, it } from 'vitest';
import { antennas, factories, factory, waves } from '../../test/fixtures';
import { timeline } from './timeline';

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
    expect(events[3]?.label).toBe('3 AI Factory Antennas announced');
    expect(events[2]?.label).toBe('Leonardo enters operation');
  });
  it('puts a year-only date after the dated events of that year', () => {
    const late = timeline([factory({ id: 'x', wave: 2, supercomputer: { name: 'M', kind: 'new', operationalFrom: '2025' } })], waves);
    expect(late.map((e) => e.date)).toEqual(['2025-03-12', '2025']);
  });
  it('is empty without factories or antennas', () => expect(timeline([], waves)).toEqual([]));
});
