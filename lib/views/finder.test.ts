import { describe, expect, it } from 'vitest';
import { loadDataset } from '../data/dataset';
import {
  roundedKm,
  needLabel,
  needSlug,
  needsOf,
  parseFinderQuery,
  rankFactories,
  rankingSummary,
  reasonsFor,
  serializeFinderQuery,
  type FinderQuery,
} from './finder';
import { antennas, dataset, factories, factory, sectors } from '../../test/fixtures';
import { finderDataset } from '../data/browser-dataset';
import type { Factory } from '../data/schema';
import { sentencesFor, wordsFor } from '../../test/i18n';
import { renderMessage } from '../i18n/render-message';
import type { Message } from '../i18n/message';

const words = { ...sentencesFor('en', sectors), t: wordsFor('finder').t };
const say = (m: Message) => renderMessage(m, words);

const q = (country: string | null, sectorList: string[] = [], need: string | null = null, when: FinderQuery['when'] = null): FinderQuery => ({
  country,
  sectors: sectorList,
  need,
  when,
});
/** The finder's cut of records, as the page hands them over. */
const cut = (list: Factory[]) => finderDataset({ ...dataset, factories: list }).factories;
const ASOF = '2026-07-02';
const ids = (list: { factory: { id: string } }[]) => list.map((s) => s.factory.id);

describe('needs', () => {
  it('turns a service into a URL slug and a label', () => {
    expect(needSlug('start-up & sme support')).toBe('start-up-sme-support');
    expect(needSlug('computing time')).toBe('computing-time');
    expect(needLabel('start-up & sme support')).toBe('Start-up & SME support');
  });

  it('offers the services in the data, most common first', () => {
    const list = [
      factory({ id: 'a', services: ['training', 'computing time'] }),
      factory({ id: 'b', services: ['computing time'] }),
    ];
    expect(needsOf(list).map((n) => n.slug)).toEqual(['computing-time', 'training']);
  });
});

describe('parseFinderQuery', () => {
  const domain = { sectors: sectors.map((s) => s.slug), needs: ['training', 'computing-time'] };

  it('reads country, sectors and need, in a fixed order', () => {
    const params = new URLSearchParams('country=pt&sector=space,health&need=training');
    expect(parseFinderQuery(params, domain)).toEqual({ country: 'PT', sectors: ['health', 'space'], need: 'training', when: null });
  });

  it('drops what it does not know and never throws', () => {
    expect(parseFinderQuery(new URLSearchParams('country=US&sector=cooking&need=<b>'), domain)).toEqual(q(null));
    expect(parseFinderQuery({ country: ['XK', 'IT'], sector: undefined }, domain)).toEqual(q('XK'));
    expect(parseFinderQuery({}, domain)).toEqual(q(null));
  });

  it('writes the query back in the same shape', () => {
    expect(serializeFinderQuery(q('PT', ['health', 'space'], 'training'))).toBe('country=PT&sector=health,space&need=training');
    expect(serializeFinderQuery(q(null))).toBe('');
  });
});

describe('roundedKm', () => {
  it('is the great-circle distance, rounded to 10 km', () => {
    // Lisbon to Madrid is about 503 km.
    expect(roundedKm({ lat: 38.72, lon: -9.14 }, { lat: 40.42, lon: -3.7 })).toBe(500);
    expect(roundedKm({ lat: 50, lon: 10 }, { lat: 50, lon: 10 })).toBe(0);
  });
});

describe('rankFactories on the fixture', () => {
  it('puts the host first, then partners, then factories an antenna links to', () => {
    expect(ids(rankFactories(cut(factories), antennas, q('IT'), ASOF))).toEqual(['alpha', 'gamma', 'beta']);
    expect(ids(rankFactories(cut(factories), antennas, q('NO'), ASOF))).toEqual(['gamma', 'alpha', 'beta']);
    expect(ids(rankFactories(cut(factories), antennas, q('MT'), ASOF))).toEqual(['alpha', 'beta', 'gamma']);
    expect(rankFactories(cut(factories), antennas, q('IS'), ASOF).map((s) => s.involvement)).toEqual(['antenna', 'none', 'none']);
  });

  it('then counts sector matches, then the need, then distance', () => {
    const near = { lat: 48.2, lon: 16.4 };
    const far = { lat: 60, lon: 25 };
    const list = [
      factory({ id: 'far-two', location: far, sectors: ['health', 'space'] }),
      factory({ id: 'far-one-need', location: far, sectors: ['health'], services: ['training'] }),
      factory({ id: 'near-one', location: near, sectors: ['health'] }),
      factory({ id: 'near-none', location: near }),
      factory({ id: 'far-none', location: far }),
    ];
    const ranked = rankFactories(cut(list), [], q('AT', ['health', 'space'], 'training'), ASOF);
    expect(ids(ranked)).toEqual(['far-two', 'far-one-need', 'near-one', 'near-none', 'far-none']);
    expect(ranked[2]!.distanceKm).toBe(0);
  });

  it('without a country ranks by sectors and need, then by name, with no distance', () => {
    const ranked = rankFactories(cut(factories), antennas, q(null, ['space']), ASOF);
    expect(ids(ranked)).toEqual(['gamma', 'alpha', 'beta']);
    expect(ranked.every((s) => s.distanceKm === null && s.involvement === 'none')).toBe(true);
  });

  it('explains each place in plain words, every name after a colon or in brackets', () => {
    const query = q('AT', ['health', 'climate'], 'training');
    const needs = [{ slug: 'training', label: 'Training', term: 'training', service: 'training' }];
    const alpha = factory({ ...factories[0]!, services: ['training'], location: { lat: 44.52, lon: 11.37 } });
    const [first] = rankFactories(cut([alpha]), antennas, query, ASOF);
    const reasons = reasonsFor(first!, query, { needs, capitals: {} });
    expect(reasons.map((r) => r.kind)).toEqual(['partner', 'sector', 'need', 'distance']);
    expect(reasons.map((r) => say(r.text))).toEqual([
      'Consortium partner: Austria',
      'Covers: “Health” and “Climate”',
      'Offers: training',
      '560 km from the capital (Vienna)',
    ]);
    const [mt] = rankFactories(cut(factories), antennas, q('MT'), ASOF);
    expect(say(reasonsFor(mt!, q('MT'), { needs, capitals: {} })[0]!.text)).toBe('Linked AI Factory Antenna: Malta');
    expect(say(rankingSummary(3, q('PT'), { needs }))).toBe('3 factories ranked for: Portugal');
    expect(say(rankingSummary(1, q(null, ['health']), { needs }))).toBe('1 factory ranked for: “Health”; pick your country to rank them by distance');
    expect(say(rankingSummary(19, q(null), { needs }))).toBe('19 factories in alphabetical order; pick your country to rank them');
  });
});

describe('rankFactories by when you need compute', () => {
  const serving = { status: 'serving' as const, systems: [{ name: 'LUMI' }], sources: ['s1'] };
  const list = [
    factory({ id: 'home', country: 'LT' }),
    factory({ id: 'soon', country: 'FI', events: [{ kind: 'launch', date: '2027-03', status: 'planned', sources: ['s1'] }] }),
    factory({ id: 'late', country: 'FI', events: [{ kind: 'launch', date: '2028', status: 'planned', sources: ['s1'] }] }),
    factory({ id: 'running', country: 'FI', serving, events: [{ kind: 'launch', date: '2025-03', status: 'reported', sources: ['s1'] }] }),
  ];
  const rank = (when: FinderQuery['when']) => rankFactories(cut(list), [], q('LT', [], null, when), ASOF);

  it('with "now", puts a factory serving users today above your own country’s undated one', () => {
    expect(ids(rank(null))[0]).toBe('home');
    expect(ids(rank('now'))).toEqual(['running', 'home', 'late', 'soon']);
    expect(rank('now').map((s) => s.readiness)).toEqual(['now', 'undated', 'later', 'year']);
  });
  it('with "within a year", those serving and those starting within a year of the data’s date come first', () => {
    expect(ids(rank('year'))).toEqual(['running', 'soon', 'home', 'late']);
    expect(ids(rank('later'))).toEqual(ids(rank(null)));
  });
  it('says for every result whether it serves users now, and on what', () => {
    const query = q('LT', [], null, 'now');
    const reasons = rank('now').map((s) => reasonsFor(s, query, { needs: [], capitals: {} }).filter((r) => r.kind === 'serving').map((r) => say(r.text)));
    expect(reasons).toEqual([
      ['Serving users now, on: LUMI'],
      ['Sources do not say it serves users yet; no date for its services'],
      ['Sources do not say it serves users yet; services planned: 2028'],
      ['Sources do not say it serves users yet; services planned: March 2027'],
    ]);
    expect(reasonsFor(rank(null)[0]!, q('LT'), { needs: [], capitals: {} }).some((r) => r.kind === 'serving')).toBe(false);
  });
  it('reads and writes when in the URL', () => {
    const domain = { sectors: [], needs: [] };
    expect(parseFinderQuery(new URLSearchParams('when=now'), domain).when).toBe('now');
    expect(parseFinderQuery(new URLSearchParams('when=yesterday'), domain).when).toBeNull();
    expect(serializeFinderQuery(q('LT', [], null, 'year'))).toBe('country=LT&when=year');
  });
});

describe('rankFactories on the real dataset', () => {
  const data = loadDataset();
  const top = (query: FinderQuery, n = 3) => ids(rankFactories(finderDataset(data).factories, data.antennas, query, data.asOf)).slice(0, n);

  it('never leaves anyone empty-handed: every factory, ranked, for every country', () => {
    for (const c of ['IT', 'PT', 'IS', 'UA', 'MT', 'IE', 'XK', 'GE', null])
      expect(rankFactories(finderDataset(data).factories, data.antennas, q(c), data.asOf)).toHaveLength(data.factories.length);
  });

  it('Italy: its own factory first, then the nearest', () => {
    // BSC AIF no longer lists agrifood (no source names it): the next agrifood factories are Sofia and Poznań.
    expect(top(q('IT', ['agrifood']))).toEqual(['it4lia', 'brain-plus-plus', 'piast-ai']);
    expect(top(q('IT'))).toEqual(['it4lia', 'slaif', 'ai-at']);
  });

  it('Portugal: the Spanish factory it is a partner of, then health factories by distance', () => {
    expect(top(q('PT', ['health']), 4)).toEqual(['bsc-aif', '1healthai', 'ai2f', 'jaif']);
  });

  it('Iceland: LUMI through its antenna, then the nearest', () => {
    expect(top(q('IS'))).toEqual(['lumi-aif', 'nlaif', 'mimer']);
  });

  it('Ukraine: no involvement, so the nearest first', () => {
    expect(top(q('UA'))).toEqual(['litai', 'ro-aif', 'gaia-aif']);
  });

  it('Malta: Pharos through its antenna, then the nearest', () => {
    expect(top(q('MT'))).toEqual(['pharos', 'it4lia', 'brain-plus-plus']);
  });

  it('partner countries see their consortia above the rest', () => {
    expect(top(q('AT'), 2)).toEqual(['ai-at', 'it4lia']);
    expect(top(q('NO'), 2)).toEqual(['lumi-aif', 'mimer']);
  });
});
