import { describe, expect, it } from 'vitest';
import { citationProblems } from './citation-check';
import { factCitation, factValue, isStated } from './cited-facts';
import { withoutOperationalFrom } from './events';
import { factory } from '../../test/fixtures';
import type { FactoryRecord } from './schema';

const sources = [
  { id: 'wave', url: 'https://example.org/wave', title: 'Wave announcement' },
  { id: 'ministry', url: 'https://example.org/ministry', title: 'Ministry release' },
  { id: 'press', url: 'https://example.org/press', title: 'Press report' },
];

/** A record whose total is the sum of its parts and whose national share is half of a stated total. */
function record(overrides: Partial<Omit<FactoryRecord, 'supercomputer'>> = {}): FactoryRecord {
  return withoutOperationalFrom(
    factory({
      id: 'x',
      sources,
      partnerCountries: [],
      sectors: ['health'],
      funding: { totalEur: 100, euEur: 50, nationalEur: 50 },
      cite: {
        selectedOn: ['wave'],
        sectors: ['press', 'ministry'],
        supercomputer: ['wave'],
        'funding.totalEur': { derived: 'sum', of: ['funding.euEur', 'funding.nationalEur'] },
        'funding.euEur': ['ministry'],
        'funding.nationalEur': ['press'],
      },
      ...overrides,
    }),
  );
}

describe('factValue and isStated', () => {
  it('reads nested funding paths and counts null and empty lists as not stated', () => {
    const f = record();
    expect(factValue(f, 'funding.euEur')).toBe(50);
    expect(factValue(f, 'selectedOn')).toBe('2024-12-10');
    expect(isStated(f, 'funding.euEur')).toBe(true);
    expect(isStated(f, 'partnerCountries')).toBe(false);
    expect(isStated(record({ funding: { totalEur: null, euEur: null, nationalEur: null } }), 'funding.totalEur')).toBe(false);
  });
});

describe('factCitation', () => {
  it("numbers a figure's sources by their place in the record's list", () => {
    expect(factCitation(record(), 'sectors')).toEqual({ numbers: [2, 3] });
    expect(factCitation(record(), 'partnerCountries')).toBeUndefined();
  });

  it('gives a sum the sources of its parts and says what it adds up', () => {
    expect(factCitation(record(), 'funding.totalEur')).toEqual({
      numbers: [2, 3],
      derived: { kind: 'sum', of: ['funding.euEur', 'funding.nationalEur'] },
    });
  });

  it('gives a half the sources of the split and of the whole', () => {
    const f = record({
      cite: {
        ...record().cite,
        'funding.totalEur': ['wave'],
        'funding.nationalEur': { derived: 'half', of: ['funding.totalEur'], sources: ['press'] },
      },
    });
    expect(factCitation(f, 'funding.nationalEur')).toEqual({ numbers: [1, 3], derived: { kind: 'half', of: ['funding.totalEur'] } });
  });
});

describe('citationProblems', () => {
  it('accepts a record whose every stated figure names its sources', () => {
    expect(citationProblems(record(), 'factories[0]')).toEqual([]);
  });

  it('names a stated figure without a source by its path', () => {
    const f = record();
    delete f.cite['funding.euEur'];
    expect(citationProblems(f, 'factories[3]')).toEqual(['factories[3].funding.euEur: no source']);
  });

  it('rejects an id that names no source, a duplicate id, and a citation of a figure the record leaves empty', () => {
    const f = record({ sources: [...sources, { ...sources[2]!, url: 'https://example.org/other' }] });
    f.cite.sectors = ['press', 'blog'];
    f.cite.partnerCountries = ['wave'];
    expect(citationProblems(f, 'factories[1]')).toEqual([
      'factories[1].sources[3].id: duplicate id "press"',
      'factories[1].cite.partnerCountries: cites a figure the record does not state; remove it',
      'factories[1].cite.sectors[1]: no source with id "blog"',
    ]);
  });

  it('checks the arithmetic of a sum and of a half', () => {
    expect(citationProblems(record({ funding: { totalEur: 120, euEur: 50, nationalEur: 50 } }), 'factories[0]')).toEqual([
      'factories[0].funding.totalEur: 120 is not the sum of funding.euEur + funding.nationalEur (100)',
    ]);
    const half = record({
      funding: { totalEur: 101, euEur: 50, nationalEur: 40 },
      cite: {
        ...record().cite,
        'funding.totalEur': ['wave'],
        'funding.euEur': { derived: 'half', of: ['funding.totalEur'], sources: ['press'] },
        'funding.nationalEur': { derived: 'half', of: ['funding.totalEur'], sources: ['press'] },
      },
    });
    // 50 is half of 101 to the euro; 40 is not.
    expect(citationProblems(half, 'factories[0]')).toEqual(['factories[0].funding.nationalEur: 40 is not half of funding.totalEur (101)']);
  });

  it('refuses a figure derived from a derived figure, so derivations cannot go round in circles', () => {
    const f = record({
      cite: {
        ...record().cite,
        'funding.euEur': { derived: 'half', of: ['funding.totalEur'], sources: ['ministry'] },
      },
    });
    expect(citationProblems(f, 'factories[0]')).toEqual([
      'factories[0].cite.funding.totalEur.of[0]: funding.euEur is itself derived; derive from figures a source states',
      'factories[0].cite.funding.euEur.of[0]: funding.totalEur is itself derived; derive from figures a source states',
    ]);
  });
});
