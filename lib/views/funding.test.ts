import { describe, expect, it } from 'vitest';
import { factories, factory, view, waves } from '../../test/fixtures';
import { say } from '../../test/i18n';
import { disclosedInvestment, factoryFunding, fundingModel, waveFunding } from './funding';

describe('factoryFunding', () => {
  it('sorts disclosed totals first and keeps unknowns as null, never zero', () => {
    const rows = factoryFunding(factories);
    expect(rows.map((r) => r.id)).toEqual(['alpha', 'beta', 'gamma']);
    expect(rows[0]).toMatchObject({ euEur: 215_000_000, nationalEur: 215_000_000, unsplitEur: 0 });
    expect(rows[1]).toMatchObject({ totalEur: 100_000_000, euEur: null, unsplitEur: 100_000_000 });
    expect(rows[2]).toMatchObject({ totalEur: null, unsplitEur: null });
  });
  it('puts a larger disclosed total first', () => {
    const rows = factoryFunding([
      factory({ id: 'a', funding: { totalEur: 1, euEur: null, nationalEur: null } }),
      factory({ id: 'b', funding: { totalEur: null, euEur: null, nationalEur: null } }),
      factory({ id: 'c', funding: { totalEur: 5, euEur: null, nationalEur: null } }),
    ]);
    expect(rows.map((r) => r.id)).toEqual(['c', 'a', 'b']);
  });
  it('gives each factory a short name for tight places', () => {
    expect(factoryFunding([factory({ id: 'm', name: 'Mimer – The Swedish AI Innovation Factory' })])[0]?.short).toBe('Mimer');
    expect(factoryFunding([factory({ id: 'i', name: 'IT4LIA AI Factory', acronym: 'IT4LIA' })])[0]?.short).toBe('IT4LIA');
  });
});

describe('waveFunding', () => {
  it('gives the announced total, its EU part and the rest, for waves with shown factories', () => {
    expect(waveFunding(factories, waves)).toEqual([
      { id: 1, label: 'Wave 1', selectedOn: '2024-12-10', factories: 2, announcedEur: 1_500_000_000, announcedMinEur: null, announcedEuEur: 750_000_000, restEur: 750_000_000 },
      { id: 2, label: 'Wave 2', selectedOn: '2025-03-12', factories: 1, announcedEur: 485_000_000, announcedMinEur: null, announcedEuEur: null, restEur: 485_000_000 },
    ]);
  });
  it('drops waves with no shown factory', () => expect(waveFunding([], waves)).toEqual([]));
  it('carries the lower bound of a wave announced only as "over €X"', () => {
    const [wave3] = waveFunding([factory({ id: 'gamma', wave: 3 })], waves);
    expect(wave3).toMatchObject({ id: 3, announcedEur: null, announcedMinEur: 500_000_000, restEur: null });
  });
});

describe('disclosedInvestment', () => {
  it('sums only what is disclosed and says how many', () => {
    expect(disclosedInvestment(factories)).toEqual({ eur: 530_000_000, factories: 2 });
    expect(disclosedInvestment([])).toEqual({ eur: 0, factories: 0 });
  });
});

describe('fundingModel', () => {
  it('draws undisclosed totals as null, never as a zero bar', () => {
    const { factoryBars } = fundingModel(view());
    expect(factoryBars.legend).toEqual(['eu', 'national', 'unsplit']);
    expect(factoryBars.rows.find((r) => r.key === 'gamma')).toMatchObject({ total: null });
  });
  it('draws a wave announced only as a lower bound as that bound, marked', () => {
    const { waveBars } = fundingModel({ ...view(), factories: [factory({ id: 'g', wave: 3 })] });
    expect(waveBars.rows).toEqual([
      { key: '3', label: { text: 'Wave 3' }, total: 500_000_000, atLeast: true, segments: [{ series: 'eu', value: 0 }, { series: 'rest', value: 500_000_000 }] },
    ]);
  });
  it('sums what is disclosed and names the largest', () => {
    expect(say(fundingModel(view()).takeaway)).toBe(
      'Investment disclosed for 2 factories of 3: €530 m in all; the largest is Alpha AI Factory, at €430 m.',
    );
    const one = { ...view(), factories: [factories[0]!, factories[2]!] };
    expect(say(fundingModel(one).takeaway)).toBe('Investment disclosed for 1 factory of 2: Alpha AI Factory, €430 m.');
  });
  it('gives each chart its own legend, so the two greys (a factory’s unsplit total, a wave’s rest) never meet in one', () => {
    const { factoryBars, waveBars } = fundingModel(view());
    expect(factoryBars.legend).not.toContain('rest');
    expect(waveBars.legend).toEqual(['eu', 'rest']);
    expect(fundingModel(view())).not.toHaveProperty('legend');
  });
  it('says the wave bars are whole waves when the view is filtered', () => {
    expect(fundingModel(view()).wavesWhole).toBe(false);
    expect(fundingModel(view({ countries: ['IT'] })).wavesWhole).toBe(true);
  });
  it('never turns undisclosed into zero', () => {
    expect(say(fundingModel({ ...view(), factories: [factories[2]!] }).takeaway)).toBe('Investment not disclosed for the factory shown.');
    expect(say(fundingModel({ ...view(), factories: [] }).takeaway)).toBe('No factory matches the current filters.');
  });
});
