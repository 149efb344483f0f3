import { describe, expect, it } from 'vitest';
import { daysBetween, isStale } from './freshness';

describe('freshness', () => {
  it('counts whole days across months and leap years', () => {
    expect(daysBetween('2026-11-26', '2026-12-04')).toBe(8);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-12-04', '2026-12-04')).toBe(0);
  });

  it('flags a record only after more than 90 days', () => {
    expect(isStale('2026-09-05', '2026-12-04')).toBe(false);
    expect(isStale('2026-09-04', '2026-12-04')).toBe(true);
  });
});
