import { describe, expect, it } from 'vitest';
import { filterFactories } from './aggregate';
import { EMPTY_FILTERS, type Filters } from '../url/filters';
import { headlineMoney } from './headline';
import { factories, programme, waves } from '../../test/fixtures';

const headline = (filters: Partial<Filters>) => {
  const f = { ...EMPTY_FILTERS, ...filters };
  return headlineMoney(filterFactories(factories, f), f, waves, programme);
};

describe('headlineMoney', () => {
  it('without filters: the programme commitment, over its stated bound, with the disclosed sum beside it', () => {
    expect(headline({})).toEqual({
      kind: 'programme',
      exactEur: null,
      minEur: 2_600_000_000,
      sources: [programme.sources[0]],
      disclosedEur: 530_000_000,
      disclosedFactories: 2,
      factories: 3,
    });
  });

  it('with only a wave filter: the total announced for that wave, not the disclosed sum', () => {
    const h = headline({ waves: [2] });
    expect(h).toMatchObject({ kind: 'waves', exactEur: 485_000_000, minEur: null, disclosedEur: 0, factories: 1 });
    expect(h.sources).toEqual([waves[1]!.sources[0]]);
  });

  it('with waves announced only as "over €X": a lower bound, never an exact total', () => {
    expect(headline({ waves: [3] })).toMatchObject({ kind: 'waves', exactEur: null, minEur: 500_000_000 });
    expect(headline({ waves: [1, 3] })).toMatchObject({ kind: 'waves', exactEur: null, minEur: 2_000_000_000 });
    expect(headline({ waves: [1, 2] })).toMatchObject({ kind: 'waves', exactEur: 1_985_000_000, minEur: null });
  });

  it('with any other filter: the sum of the disclosed per-factory totals, with its count', () => {
    expect(headline({ sectors: ['health'] })).toEqual({
      kind: 'disclosed',
      exactEur: 530_000_000,
      minEur: null,
      sources: [],
      disclosedEur: 530_000_000,
      disclosedFactories: 2,
      factories: 2,
    });
    expect(headline({ waves: [1], countries: ['SE'] })).toMatchObject({ kind: 'disclosed', exactEur: 100_000_000, disclosedFactories: 1 });
    expect(headline({ q: 'gamma' })).toMatchObject({ kind: 'disclosed', exactEur: 0, disclosedFactories: 0, factories: 1 });
  });

  it('an exact programme figure is shown exactly', () => {
    const exact = { ...programme, committedEur: 2_000_000_000, committedMinEur: undefined };
    expect(headlineMoney(factories, EMPTY_FILTERS, waves, exact)).toMatchObject({ exactEur: 2_000_000_000, minEur: null });
  });
});
