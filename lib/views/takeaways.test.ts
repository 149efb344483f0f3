import { describe, expect, it } from 'vitest';
import { countrySpread, fundingByFactory, sectorCoverage } from './aggregate';
import { timeline } from './timeline';
import { countryTakeaway, fundingTakeaway, sectorTakeaway, timelineTakeaway } from './takeaways';
import { antennas, factories, factory, sectors, waves } from '../../test/fixtures';
import { wordsFor } from '../../test/i18n';

const words = wordsFor('takeaways');

describe('countryTakeaway', () => {
  it('counts hosts, partners and antenna-only countries', () => {
    expect(countryTakeaway(countrySpread(factories, antennas), words)).toBe(
      '3 countries host a factory, 3 more join as consortium partners and 3 take part through an antenna.',
    );
  });
  it('names the countries hosting more than one', () => {
    const two = [...factories, factory({ id: 'delta', country: 'IT' })];
    expect(countryTakeaway(countrySpread(two, []), words)).toMatch(/Italy host 2 each\.$/);
  });
  it('says when nothing matches', () => expect(countryTakeaway([], words)).toBe('No factory matches the current filters.'));
});

describe('sectorTakeaway', () => {
  it('names the most covered sector with its count', () => {
    expect(sectorTakeaway(sectorCoverage(factories, sectors), 3, words)).toBe(
      'Health is covered by 2 of 3 factories, more than any other sector.',
    );
  });
  it('handles ties and no sectors', () => {
    expect(sectorTakeaway(sectorCoverage([factories[1]!], sectors), 1, words)).toBe('Health is covered by 1 of 1 factory.');
    expect(sectorTakeaway([], 2, words)).toBe('No sector focus is disclosed for the factories shown.');
  });
});

describe('fundingTakeaway', () => {
  it('sums what is disclosed and names the largest', () => {
    expect(fundingTakeaway(fundingByFactory(factories), words)).toBe(
      '2 of 3 factories disclose a total investment, €530 m together; the largest is Alpha AI Factory at €430 m.',
    );
  });
  it('never turns undisclosed into zero', () => {
    expect(fundingTakeaway(fundingByFactory([factories[2]!]), words)).toBe('None of the 1 factory shown discloses its investment.');
  });
});

describe('timelineTakeaway', () => {
  it('spans the selections and counts announced operation dates', () => {
    expect(timelineTakeaway(timeline(factories, waves, antennas), words)).toBe(
      '3 factories selected in 2 waves between Dec 2024 and Mar 2025. 2 supercomputers have an announced start of operation, the last in 2026.',
    );
  });
  it('says when nothing matches', () => expect(timelineTakeaway([], words)).toBe('No factory matches the current filters.'));
});
