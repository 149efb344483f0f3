import { describe, expect, it } from 'vitest';
import type { Machine } from '../data/schema';
import { dataset, factory, view } from '../../test/fixtures';
import { say } from '../../test/i18n';
import { computeModel, computeRows, roundEstimate } from './compute';

function machine(id: string, overrides: Partial<Machine> = {}): Machine {
  return { id, name: null, kind: 'new', vendor: null, integrator: null, accelerators: [], aiPerformance: [], hpl: null, powerMw: null, costEur: null, status: 'planned', steps: [], cite: {}, ...overrides };
}

const gpus = (chip: string | null, count: number | null, countQualifier: 'exact' | 'at-least' | 'about' = 'exact') => ({ model: `GPU ${chip}`, chip, count, countQualifier, sources: ['s1'] });
const step = (kind: 'contract' | 'operation', date: string, status: 'reported' | 'planned') => ({ kind, date, status, sources: ['s1'] });

const factories = [
  factory({ id: 'running', name: 'Running AI Factory', country: 'FI', machines: [machine('running-m', { name: 'Fast', status: 'operating', accelerators: [gpus('nvidia-h100-sxm', 1000)], steps: [step('operation', '2025-03', 'reported')] })] }),
  factory({
    id: 'big',
    name: 'Big AI Factory',
    acronym: 'BIG',
    country: 'IT',
    machines: [
      machine('big-new', { status: 'planned', accelerators: [gpus('double', 8000, 'at-least')], steps: [step('operation', '2026', 'planned')] }),
      machine('big-old', { name: 'Old', kind: 'existing', status: 'operating', hpl: { rmaxPflops: 241.2, list: '2025-06', rank: 9, sources: ['s1'] } }),
    ],
  }),
  factory({ id: 'mid', name: 'Mid', country: 'IT', machines: [machine('mid-m', { status: 'contracted', accelerators: [gpus('eight-bit', 100, 'about')], steps: [step('contract', '2026-01', 'reported')] })] }),
  factory({ id: 'secret', name: 'Secret', country: 'LT', machines: [machine('secret-m', { accelerators: [gpus(null, 2100, 'at-least')] })] }),
  factory({ id: 'blank', name: 'Blank', country: 'LT', machines: [machine('blank-m')] }),
];
const data = { ...dataset, factories };

describe('roundEstimate', () => {
  it('keeps two significant figures', () => {
    expect(roundEstimate(20_216)).toBe(20_000);
    expect(roundEstimate(651)).toBe(650);
    expect(roundEstimate(150)).toBe(150);
    expect(roundEstimate(7.4)).toBe(7);
    expect(roundEstimate(0)).toBe(0);
  });
});

describe('computeRows', () => {
  it('puts the largest estimate first and machines without one last, never as zero', () => {
    const rows = computeRows(view({}, data));
    expect(rows.map((r) => r.key)).toEqual(['big-new', 'running-m', 'mid-m', 'big-old', 'blank-m', 'secret-m']);
    expect(rows[0]).toMatchObject({ factory: 'BIG', shown: 16_000, operation: { date: '2026', status: 'planned', overdue: false, checkedOn: '2026-11-26' } });
    expect(rows.find((r) => r.key === 'running-m')!.operation).toMatchObject({ status: 'reported', overdue: false });
    expect(rows[0]!.estimate).toMatchObject({ value: 16_000, lowerBound: true, basis: ['fp16'] });
    expect(rows[2]!.estimate).toMatchObject({ value: 150, approximate: true, basis: ['fp8'] });
    expect(rows.find((r) => r.key === 'blank-m')).toMatchObject({ estimate: null, shown: null, counts: [], performance: [], hpl: null });
  });
  it('marks a planned entry into operation whose year ended before the record was checked as overdue', () => {
    const late = factory({ id: 'late', machines: [machine('late-m', { steps: [step('operation', '2025', 'planned')] })] });
    expect(computeRows(view({}, { ...dataset, factories: [late] }))[0]!.operation).toEqual({ date: '2025', status: 'planned', overdue: true, checkedOn: '2026-11-26' });
  });
  it('keeps the stated figures beside the estimate, the count without a known chip too', () => {
    const rows = computeRows(view({}, data));
    expect(rows.find((r) => r.key === 'secret-m')).toMatchObject({ estimate: null, counts: [{ count: 2100, qualifier: 'at-least', model: 'GPU null' }] });
    expect(rows.find((r) => r.key === 'big-old')).toMatchObject({ machine: 'Old', kind: 'existing', hpl: { rmaxPflops: 241.2, list: '2025-06', rank: 9 } });
  });
  it('follows the filters', () => {
    expect(computeRows(view({ countries: ['LT'] }, data)).map((r) => r.factoryId)).toEqual(['blank', 'secret']);
  });
});

describe('computeModel', () => {
  it('sums operating and coming machines apart, never together', () => {
    const m = computeModel(view({}, data));
    expect(m.now).toEqual({ shown: 1000, atLeast: false, machines: 2, estimated: 1, factories: 1 });
    expect(m.coming).toEqual({ shown: 16_000, atLeast: true, machines: 4, estimated: 2, factories: 2 });
    expect(m.factories).toBe(5);
    expect(m.legend).toEqual(['operating', 'contracted', 'planned']);
  });
  it('gives each country its two groups, largest in operation first', () => {
    const m = computeModel(view({}, data));
    expect(m.byCountry.map((c) => [c.country, c.now.shown, c.coming.shown])).toEqual([
      ['FI', 1000, 0],
      ['IT', 0, 16_000],
      ['LT', 0, 0],
    ]);
  });
  it('says how many machines run and come, the largest to come and how many have no estimate', () => {
    expect(say(computeModel(view({}, data)).takeaway)).toBe(
      'In operation: 2 machines; planned or under way: 4 machines. Largest to come, by estimate: BIG (2026). No estimate for 3 of 6 machines: their chips or counts are not disclosed.',
    );
    expect(say(computeModel(view({ countries: ['LT'] }, data)).takeaway)).toBe(
      'In operation: no machine; planned or under way: 2 machines. No estimate for 2 of 2 machines: their chips or counts are not disclosed.',
    );
    expect(say(computeModel(view({ countries: ['SE'] }, data)).takeaway)).toBe('No factory matches the current filters.');
    expect(say(computeModel(view()).takeaway)).toBe('In operation: no machine; planned or under way: no machine.');
  });
  it('says that the largest to come is overdue when its planned date has passed', () => {
    const late = factory({ id: 'late', name: 'Late AI Factory', acronym: 'LATE', machines: [machine('late-m', { accelerators: [gpus('nvidia-h100-sxm', 500)], steps: [step('operation', '2025', 'planned')] })] });
    expect(say(computeModel(view({}, { ...dataset, factories: [late] })).takeaway)).toBe(
      'In operation: no machine; planned or under way: 1 machine. Largest to come, by estimate: LATE (operation planned for 2025; not reported as of 26 November 2026).',
    );
  });
});
