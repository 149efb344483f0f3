import { describe, expect, it } from 'vitest';
import { eventOf, factoryEvents, isOverdue, periodEnd, withOperationalFrom, withoutOperationalFrom } from './events';
import { factory } from '../../test/fixtures';

describe('periodEnd', () => {
  it('ends a year on 31 December, a month on its last day, and leaves a day as it is', () => {
    expect(periodEnd('2026')).toBe('2026-12-31');
    expect(periodEnd('2026-06')).toBe('2026-06-30');
    expect(periodEnd('2028-02')).toBe('2028-02-29');
    expect(periodEnd('2027-02')).toBe('2027-02-28');
    expect(periodEnd('2025-09-05')).toBe('2025-09-05');
  });
});

describe('isOverdue', () => {
  it('flags a planned date only once its whole period has passed before the check', () => {
    expect(isOverdue({ status: 'planned', date: '2026' }, '2026-12-04')).toBe(false);
    expect(isOverdue({ status: 'planned', date: '2026' }, '2027-01-01')).toBe(true);
    expect(isOverdue({ status: 'planned', date: '2026-06' }, '2026-12-04')).toBe(true);
    expect(isOverdue({ status: 'planned', date: '2026-12-04' }, '2026-12-04')).toBe(false);
    expect(isOverdue({ status: 'planned', date: '2026-12-03' }, '2026-12-04')).toBe(true);
  });

  it('never flags a reported event', () => {
    expect(isOverdue({ status: 'reported', date: '2020' }, '2026-12-04')).toBe(false);
  });
});

describe('factoryEvents', () => {
  const f = factory({
    id: 'x',
    checkedOn: '2026-12-04',
    events: [
      { kind: 'operation', date: '2026-06', status: 'planned', sources: ['s1'] },
      { kind: 'launch', date: '2025-09-05', status: 'reported', sources: ['s1'] },
    ],
  });

  it('lists the launch before the operation, each with its status, overdue flag and check date', () => {
    expect(factoryEvents(f)).toEqual([
      { kind: 'launch', date: '2025-09-05', status: 'reported', sources: ['s1'], overdue: false, checkedOn: '2026-12-04' },
      { kind: 'operation', date: '2026-06', status: 'planned', sources: ['s1'], overdue: true, checkedOn: '2026-12-04' },
    ]);
    expect(eventOf(f, 'operation')?.overdue).toBe(true);
    expect(eventOf(factory({ id: 'y' }), 'launch')).toBeUndefined();
  });

  it('gives the views the operation date as operationalFrom, and takes it off again for the data file', () => {
    const record = withoutOperationalFrom(f);
    expect('operationalFrom' in record.supercomputer).toBe(false);
    expect(withOperationalFrom(record).supercomputer.operationalFrom).toBe('2026-06');
    expect(withOperationalFrom(withoutOperationalFrom(factory({ id: 'z' }))).supercomputer.operationalFrom).toBeNull();
  });
});
