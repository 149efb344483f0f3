import { describe, expect, it } from 'vitest';
import { antennas, factories, factory, sectors } from '../../test/fixtures';
import { say } from '../../test/i18n';
import { spotlightModel } from './spotlight';

const words = (m: Parameters<typeof say>[0]) => say(m, 'en', sectors);

describe('spotlightModel', () => {
  it('gives the facts of a factory in reading order, antennas where some link to it', () => {
    const model = spotlightModel(factories[0]!, antennas);
    expect(model.facts.map((f) => [f.term, words(f.value)])).toEqual([
      ['factHost', 'Host centre'],
      ['factSelected', 'Wave 1 · 10 December 2024'],
      ['factMachine', 'Leonardo · in operation since June 2025'],
      ['factInvestment', '€430 m (EU €215 m, national €215 m)'],
      ['factPartners', 'Austria and Slovenia'],
      ['factSectors', '“Health” and “Climate”'],
      ['factAntennas', 'Malta'],
    ]);
    expect(model.antennaIds).toEqual(['antenna-mt']);
    expect(model.roles).toEqual({ MT: 'antenna', AT: 'partner', SI: 'partner', IT: 'host' });
  });
  it('has words of its own for zero partners and undisclosed sectors and money', () => {
    const bare = spotlightModel(factory({ id: 'z', city: 'Ostrava', country: 'CZ' }), []);
    expect(words(bare.takeaway)).toBe('Ostrava, Czechia · no partner country · sectors not disclosed');
    expect(bare.facts.map((f) => words(f.value)).slice(3)).toEqual(['not disclosed', 'none', 'not disclosed']);
    expect(words(spotlightModel(factories[0]!, antennas).takeaway)).toBe('Bologna, Italy · 2 partner countries · 2 sectors');
  });
});
