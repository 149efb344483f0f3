import { describe, expect, it } from 'vitest';
import { monthFromIndex, monthIndex, monthOf, monthsOf, parseAt } from './at';

const span = { first: '2024-12', last: '2028-12' };

describe('parseAt', () => {
  it('reads a month within the span as it is', () => {
    expect(parseAt('2025-06', span)).toBe('2025-06');
    expect(parseAt(' 2024-12 ', span)).toBe('2024-12');
    expect(parseAt('2028-12', span)).toBe('2028-12');
  });

  it('clamps a month before the first selection or after the last planned step to that end', () => {
    expect(parseAt('2024-11', span)).toBe('2024-12');
    expect(parseAt('1999-01', span)).toBe('2024-12');
    expect(parseAt('2029-01', span)).toBe('2028-12');
    expect(parseAt('9999-12', span)).toBe('2028-12');
  });

  it('ignores what is not a month, never throws', () => {
    for (const raw of ['', null, undefined, '2025', '2025-6', '2025-13', '2025-00', '2025-06-01', 'june', '2025-06x', '<script>', '２０２５-０６', '2025-06,2026-01'])
      expect(parseAt(raw, span)).toBeNull();
  });
});

describe('months', () => {
  it('counts months across years both ways', () => {
    expect(monthIndex('2025-01') - monthIndex('2024-12')).toBe(1);
    expect(monthFromIndex(monthIndex('2024-12') + 1)).toBe('2025-01');
    expect(monthOf('2026')).toBe('2026-01');
    expect(monthOf('2025-09-05')).toBe('2025-09');
  });

  it('lists every month of the span, ends included', () => {
    const months = monthsOf(span);
    expect(months).toHaveLength(49);
    expect(months[0]).toBe('2024-12');
    expect(months[1]).toBe('2025-01');
    expect(months.at(-1)).toBe('2028-12');
  });
});
