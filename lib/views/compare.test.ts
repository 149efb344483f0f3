import { describe, expect, it } from 'vitest';
import type { Machine } from '../data/schema';
import { antennas, chips, factories, factory, sectors } from '../../test/fixtures';
import { compareCsvFileName, compareModel } from './compare';

const data = { factories, antennas, sectors, chips };

describe('compareModel', () => {
  it('gives one column per factory, its antennas and its dated events', () => {
    const model = compareModel(data, ['alpha', 'gamma']);
    expect(model.enough).toBe(true);
    expect(model.columns.map((c) => c.factory.id)).toEqual(['alpha', 'gamma']);
    expect(model.columns.map((c) => c.antennas.map((a) => a.id))).toEqual([['antenna-mt'], ['antenna-is']]);
    expect(model.columns[1]!.events).toMatchObject([{ kind: 'operation', date: '2026', status: 'planned', overdue: false }]);
  });
  it('marks a sector shared when another compared factory covers it too', () => {
    const model = compareModel(data, ['alpha', 'beta', 'gamma']);
    expect(model.shared).toEqual(['health']);
    expect(model.columns[0]!.sectors).toEqual([
      { slug: 'health', shared: true },
      { slug: 'climate', shared: false },
    ]);
    expect(model.columns[2]!.sectors).toEqual([{ slug: 'space', shared: false }]);
  });
  it('draws every figure on one scale, the largest disclosed one, and never an undisclosed one as zero', () => {
    const model = compareModel(data, ['alpha', 'beta', 'gamma']);
    expect(model.scale).toBe(430_000_000);
    expect(model.columns[0]!.funding.eu).toEqual({ eur: 215_000_000, share: 0.5 });
    expect(model.columns[1]!.funding.total).toEqual({ eur: 100_000_000, share: 100 / 430 });
    expect(model.columns[1]!.funding.eu).toEqual({ eur: null, share: null });
    expect(model.columns[2]!.funding.total).toEqual({ eur: null, share: null });
  });
  it('has no scale when nobody discloses money', () => {
    const quiet = [factory({ id: 'x' }), factory({ id: 'y' })];
    const model = compareModel({ factories: quiet, antennas: [], sectors, chips }, ['x', 'y']);
    expect(model.scale).toBeNull();
    expect(model.columns.every((c) => c.funding.total.share === null)).toBe(true);
  });
  it('asks for a choice below two known ids, and drops unknown ids and repeats', () => {
    expect(compareModel(data, ['alpha']).enough).toBe(false);
    expect(compareModel(data, ['alpha', 'alpha', 'nope'])).toMatchObject({ enough: false, ids: ['alpha'] });
    expect(compareModel(data, []).columns).toEqual([]);
  });
});

const machine = (id: string, overrides: Partial<Machine>): Machine => ({
  id, name: null, kind: 'new', vendor: null, integrator: null, accelerators: [], aiPerformance: [], hpl: null, powerMw: null, costEur: null, status: 'planned', steps: [], cite: {}, ...overrides,
});

describe('compareModel: the machines', () => {
  const built = factory({
    id: 'built',
    machines: [
      machine('built-m', {
        name: 'Fast',
        status: 'operating',
        accelerators: [
          { model: 'GPU double', chip: 'double', count: 500, countQualifier: 'at-least', sources: ['s1'] },
          { model: 'Mystery GPU', chip: null, count: null, countQualifier: 'exact', sources: ['s1'] },
        ],
        aiPerformance: [{ value: 2, unit: 'EFLOPS', precision: 'FP8', sparsity: false, qualifier: 'exact', sources: ['s1'] }],
        steps: [{ kind: 'operation', date: '2025-03', status: 'reported', sources: ['s1'] }],
      }),
    ],
  });
  const bare = factory({ id: 'bare', machines: [machine('bare-m', { accelerators: [{ model: 'Some GPU', chip: null, count: null, countQualifier: 'exact', sources: ['s1'] }] })] });
  const model = compareModel({ factories: [built, bare, factory({ id: 'none' })], antennas: [], sectors, chips }, ['built', 'bare', 'none']);

  it('gives each machine its models, counts, performance with its precision, estimate, status and date', () => {
    expect(model.columns[0]!.machines).toEqual([
      expect.objectContaining({
        key: 'built-m',
        machine: 'Fast',
        models: ['GPU double', 'Mystery GPU'],
        counts: [{ count: 500, qualifier: 'at-least', model: 'GPU double' }],
        performance: [{ value: 2, unit: 'EFLOPS', precision: 'FP8', sparsity: false, qualifier: 'exact' }],
        status: 'operating',
        operation: { date: '2025-03', status: 'reported', overdue: false, checkedOn: built.checkedOn },
        shown: 1000,
      }),
    ]);
    // A lower-bound count and a part left out (no chip) both make the estimate a floor.
    expect(model.columns[0]!.machines[0]!.estimate).toMatchObject({ value: 1000, lowerBound: true, complete: false });
  });
  it('leaves what no source gives null, never zero, and a factory without a machine without rows', () => {
    expect(model.columns[1]!.machines[0]).toMatchObject({ models: ['Some GPU'], counts: [], performance: [], estimate: null, shown: null, operation: null });
    expect(model.columns[2]!.machines).toEqual([]);
  });
});

describe('compareCsvFileName', () => {
  it('names the factories the file holds', () => {
    expect(compareCsvFileName('2025-10-10', ['alpha', 'beta'])).toBe('ai-factories-2025-10-10-compare-alpha-beta.csv');
  });
});
