import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, type Filters } from '../url/filters';
import { dataset, factory, programme, view, waves } from '../../test/fixtures';
import { say } from '../../test/i18n';
import { headlineMoney, kpisModel } from './kpis';

const headline = (filters: Partial<Filters>) => headlineMoney(view(filters), waves, programme);

describe('kpisModel', () => {
  it('counts factories, antennas, countries and sectors of the view', () => {
    expect(kpisModel(view())).toMatchObject({ factories: 3, antennas: 3, hostCountries: 3, participatingCountries: 6, sectors: 3 });
    expect(kpisModel(view({ waves: [2] }))).toMatchObject({ factories: 1, antennas: 1, hostCountries: 1, participatingCountries: 3, sectors: 1 });
  });
  it('gives the estimated compute in operation and to come apart, with the factories each covers', () => {
    const gpus = (count: number) => [{ model: 'H100', chip: 'nvidia-h100-sxm', count, countQualifier: 'exact' as const, sources: ['s1'] }];
    const machine = { name: null, kind: 'new' as const, vendor: null, integrator: null, aiPerformance: [], hpl: null, powerMw: null, costEur: null, steps: [], cite: {} };
    const factories = [
      factory({ id: 'a', machines: [{ ...machine, id: 'a-m', status: 'operating', accelerators: gpus(1200) }] }),
      factory({ id: 'b', machines: [{ ...machine, id: 'b-m', status: 'planned', accelerators: gpus(3000) }, { ...machine, id: 'b-n', status: 'contracted', accelerators: gpus(500) }] }),
      factory({ id: 'c', machines: [{ ...machine, id: 'c-m', status: 'planned', accelerators: [] }] }),
    ];
    const { compute } = kpisModel(view({}, { ...dataset, factories }));
    expect(compute.now).toMatchObject({ shown: 1200, factories: 1 });
    expect(compute.coming).toMatchObject({ shown: 3500, factories: 1, machines: 3, estimated: 2 });
    expect(compute.factories).toBe(3);
  });
  it('says it in one sentence, with a plural on every count', () => {
    expect(say(kpisModel(view()).takeaway)).toBe('3 AI Factories in 3 host countries, with 6 countries taking part.');
    expect(say(kpisModel(view({ waves: [2] })).takeaway)).toBe('1 AI Factory in 1 host country, with 3 countries taking part.');
    expect(say(kpisModel(view({ q: 'nothing' })).takeaway)).toBe('No factory matches the current filters.');
  });
});

describe('headlineMoney', () => {
  it('without filters: the programme commitment, over its stated bound, with the disclosed sum beside it', () => {
    const h = headline({});
    expect(h).toMatchObject({ kind: 'programme', exactEur: null, minEur: 2_600_000_000, sources: [programme.sources[0]], disclosedEur: 530_000_000, disclosedFactories: 2, factories: 3 });
    expect(say(h.note)).toBe('EU and participating states, European Commission, 10 October 2025');
    expect(say(h.perFactory!)).toBe('per-factory figures add up to €530 m for 2 of 3');
  });

  it('with only a wave filter: the total announced for that wave, not the disclosed sum', () => {
    const h = headline({ waves: [2] });
    expect(h).toMatchObject({ kind: 'waves', exactEur: 485_000_000, minEur: null, disclosedEur: 0, factories: 1 });
    expect(h.sources).toEqual([waves[1]!.sources[0]]);
    expect(say(h.note)).toBe('EU and national, as announced at selection');
  });

  it('with waves announced only as "over €X": a lower bound, never an exact total', () => {
    expect(headline({ waves: [3] })).toMatchObject({ kind: 'waves', exactEur: null, minEur: 500_000_000 });
    expect(headline({ waves: [1, 3] })).toMatchObject({ kind: 'waves', exactEur: null, minEur: 2_000_000_000 });
    expect(headline({ waves: [1, 2] })).toMatchObject({ kind: 'waves', exactEur: 1_985_000_000, minEur: null });
  });

  it('with any other filter: the sum of the disclosed per-factory totals, with its count', () => {
    const h = headline({ sectors: ['health'] });
    expect(h).toMatchObject({ kind: 'disclosed', exactEur: 530_000_000, minEur: null, sources: [], disclosedFactories: 2, factories: 2, perFactory: null });
    expect(say(h.note)).toBe('sum of the totals disclosed for 2 of 2 factories shown; not a programme total');
    expect(headline({ waves: [1], countries: ['SE'] })).toMatchObject({ kind: 'disclosed', exactEur: 100_000_000, disclosedFactories: 1 });
    expect(headline({ q: 'gamma' })).toMatchObject({ kind: 'disclosed', exactEur: 0, disclosedFactories: 0, factories: 1 });
  });

  it('an exact programme figure is shown exactly', () => {
    const exact = { ...programme, committedEur: 2_000_000_000, committedMinEur: undefined };
    expect(headlineMoney(view(EMPTY_FILTERS), waves, exact)).toMatchObject({ exactEur: 2_000_000_000, minEur: null });
  });
});
