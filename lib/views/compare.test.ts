import { describe, expect, it } from 'vitest';
import { antennas, factories, factory, sectors } from '../../test/fixtures';
import { compareCsvFileName, compareModel } from './compare';

const data = { factories, antennas, sectors };

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
    const model = compareModel({ factories: quiet, antennas: [], sectors }, ['x', 'y']);
    expect(model.scale).toBeNull();
    expect(model.columns.every((c) => c.funding.total.share === null)).toBe(true);
  });
  it('asks for a choice below two known ids, and drops unknown ids and repeats', () => {
    expect(compareModel(data, ['alpha']).enough).toBe(false);
    expect(compareModel(data, ['alpha', 'alpha', 'nope'])).toMatchObject({ enough: false, ids: ['alpha'] });
    expect(compareModel(data, []).columns).toEqual([]);
  });
});

describe('compareCsvFileName', () => {
  it('names the factories the file holds', () => {
    expect(compareCsvFileName('2025-10-10', ['alpha', 'beta'])).toBe('ai-factories-2025-10-10-compare-alpha-beta.csv');
  });
});
