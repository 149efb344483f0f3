import { describe, expect, it } from 'vitest';
import { fundingByFactory, fundingByWave, kpis, sectorCoverage } from './aggregate';
import { timeline } from './timeline';
import { EMPTY_FILTERS } from '../url/filters';
import {
  buildSlides,
  filterCaption,
  fundingTakeaway,
  kpiTakeaway,
  mapTakeaway,
  parseInterval,
  parsePoll,
  parseTheme,
  sectorTakeaway,
  shortName,
  sourceLine,
  spotlightOf,
  spotlightTakeaway,
  timelineByYear,
  timelineTakeaway,
} from './present';
import { antennas, factories, factory, sectors, waves } from '../../test/fixtures';
import { wordsFor } from '../../test/i18n';

const words = wordsFor('present');

describe('parseInterval', () => {
  it('accepts seconds from 3 to 3600', () => {
    expect(parseInterval('3')).toBe(3);
    expect(parseInterval('20')).toBe(20);
    expect(parseInterval(' 45 ')).toBe(45);
    expect(parseInterval('7.5')).toBe(7.5);
    expect(parseInterval('3600')).toBe(3600);
  });
  it('falls back to 20 for anything else', () => {
    for (const bad of ['', '-5', '0', '2', '3601', 'abc', '20s', '1e3', 'NaN', 'Infinity', '<script>', '99999999'])
      expect(parseInterval(bad), bad).toBe(20);
  });
});

describe('parsePoll and parseTheme', () => {
  it('poll defaults to 60 s', () => {
    expect(parsePoll('')).toBe(60);
    expect(parsePoll('2')).toBe(2);
    expect(parsePoll('0')).toBe(60);
  });
  it('theme is dark unless light is asked', () => {
    expect(parseTheme('')).toBe('dark');
    expect(parseTheme('purple')).toBe('dark');
    expect(parseTheme('light')).toBe('light');
    expect(parseTheme('LIGHT')).toBe('light');
    expect(parseTheme('dark')).toBe('dark');
  });
});

describe('buildSlides', () => {
  const ids = ['alpha', 'beta', 'gamma'];
  it('shows everything by default, spotlights last', () => {
    expect(buildSlides('', ids)).toEqual([
      'kpis',
      'map',
      'sectors',
      'funding',
      'timeline',
      'spotlight-alpha',
      'spotlight-beta',
      'spotlight-gamma',
    ]);
  });
  it('keeps the order asked and drops unknown ids and duplicates', () => {
    expect(buildSlides('map,SECTORS, nope,<script>,map', ids)).toEqual(['map', 'sectors']);
  });
  it('expands factories and accepts a single spotlight', () => {
    expect(buildSlides('factories,kpis', ids)).toEqual(['spotlight-alpha', 'spotlight-beta', 'spotlight-gamma', 'kpis']);
    expect(buildSlides('spotlight-beta', ids)).toEqual(['spotlight-beta']);
  });
  it('leaves out spotlights of hidden factories, and falls back when nothing valid is left', () => {
    expect(buildSlides('factories', ['gamma'])).toEqual(['spotlight-gamma']);
    expect(buildSlides('spotlight-alpha', ['gamma'])).toEqual(['kpis', 'map', 'sectors', 'funding', 'timeline', 'spotlight-gamma']);
    expect(buildSlides('<script>,nope', ids)).toHaveLength(8);
  });
  it('shows a single empty slide when no factory is shown', () => {
    expect(buildSlides('map', [])).toEqual(['empty']);
  });
  it('spotlightOf reads the factory id back', () => {
    expect(spotlightOf('spotlight-lumi-aif')).toBe('lumi-aif');
    expect(spotlightOf('map')).toBeNull();
  });
});

describe('captions', () => {
  it('names every filter', () => {
    expect(filterCaption(EMPTY_FILTERS, sectors, words)).toBe('');
    expect(filterCaption({ ...EMPTY_FILTERS, waves: [2] }, sectors, words)).toBe('Filtered: wave 2');
    expect(filterCaption({ waves: [1, 2], countries: ['IT'], sectors: ['health'], q: 'lumi' }, sectors, words)).toBe(
      'Filtered: wave 1 and 2 · Italy · Health · “lumi”',
    );
  });
  it('dates the source', () => {
    expect(sourceLine('2026-07-02', words)).toBe('Source: EuroHPC JU, host centres · data as of 2 July 2026');
  });
});

describe('takeaways', () => {
  const k = kpis(factories, antennas);
  it('sum up the key figures', () => {
    expect(kpiTakeaway(k, words)).toMatch(/^3 AI Factories in \d+ countr/);
  });
  it('count the map roles', () => {
    expect(mapTakeaway({ IT: 'host', FI: 'host', NO: 'partner', MT: 'antenna', CY: 'antenna' }, words)).toBe(
      '2 countries host a factory, 1 more joins as partner, 2 more hold antennas',
    );
    expect(mapTakeaway({ IT: 'host' }, words)).toBe('1 country hosts a factory');
  });
  it('name the best-covered sector', () => {
    const coverage = sectorCoverage(factories, sectors);
    expect(sectorTakeaway(coverage, factories.length, words)).toBe(`${coverage[0]!.label} is covered by ${coverage[0]!.count} of 3 factories`);
    expect(sectorTakeaway([], 0, words)).toMatch(/No sector/);
  });
  it('state the disclosed money', () => {
    const one = [factory({ id: 'x', name: 'Big – The Factory', funding: { totalEur: 2e8, euEur: 1e8, nationalEur: 1e8 } }), factory({ id: 'y' })];
    expect(fundingTakeaway(kpis(one, []), fundingByFactory(one), words)).toBe('€200 m disclosed for 1 of 2 factories');
    expect(fundingTakeaway(kpis([factory({ id: 'y' })], []), fundingByFactory([factory({ id: 'y' })]), words)).toMatch(/No investment figure/);
  });
  it('trace the waves', () => {
    expect(timelineTakeaway(fundingByWave(factories, waves), words)).toMatch(/^From \d+ factor(y|ies) in December 2024 to 3 by /);
  });
  it('place a factory', () => {
    const f = factory({ id: 'z', city: 'Kajaani', country: 'FI', partnerCountries: ['SE', 'NO'], sectors: ['health'], wave: 2 });
    expect(spotlightTakeaway(f, words)).toBe('Kajaani, Finland, with 2 partner countries, serving 1 sector');
  });
  it('shorten long names', () => {
    expect(shortName('Mimer – The Swedish AI Innovation Factory')).toBe('Mimer');
    expect(shortName('Dutch AI Factory (AI-fabriek Groningen)')).toBe('Dutch AI Factory');
    expect(shortName('LUMI AI Factory')).toBe('LUMI AI Factory');
  });
});

describe('timelineByYear', () => {
  it('groups by year and counts machines entering operation', () => {
    const list = [
      factory({ id: 'a', acronym: 'A', supercomputer: { name: 'M1', kind: 'new', operationalFrom: '2026' } }),
      factory({ id: 'b', name: 'Bee – long', supercomputer: { name: 'M2', kind: 'new', operationalFrom: '2026-03' } }),
    ];
    // Bee's March date comes before A's year-only date.
    const years = timelineByYear(timeline(list, waves, []), list, words);
    expect(years.map((y) => y.year)).toEqual(['2024', '2026']);
    expect(years[0]!.items[0]).toEqual({ kind: 'selected', when: 'Dec', text: 'Wave 1 selected · 2 factories' });
    expect(years[1]!.items).toEqual([{ kind: 'operational', when: '', text: '2 machines due to enter operation: Bee and A' }]);
  });
});
