// Every sentence the view models build, in every language, for the edge cases a reader meets: 0, 1, 2, 3, 5, 21 and
// 22 factories (Lithuanian "one" also covers 21, Polish "many" starts at 5 and takes 22 back to "few"); hosts in one
// country and in three; tied and untied top sectors; money disclosed by none, one or some. A count must choose its
// plural in every language, no English word may be left in another language, and one factory of one is "the one
// factory shown", never "1 of 1". The key figures' captions and the shared sectors of a comparison are read at the
// same counts.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { localizeSectors } from '@/lib/data/localize';
import type { Dataset, Factory } from '@/lib/data/schema';
import { sectorsSchema } from '@/lib/data/schema';
import { renderMessage } from '@/lib/i18n/render-message';
import { LOCALES } from '@/lib/i18n/locales';
import { CAPITALS } from '@/lib/geo/capitals';
import { placeName } from '@/lib/i18n/place-names';
import { EMPTY_FILTERS } from '@/lib/url/filters';
import { filterCaption } from '@/lib/views/caption';
import { computeModel } from '@/lib/views/compute';
import { countriesModel } from '@/lib/views/countries';
import { filteredView, type FilteredView } from '@/lib/views/filtered';
import { finderDataset } from '@/lib/data/browser-dataset';
import { rankFactories, rankingSummary, reasonsFor, type FinderQuery } from '@/lib/views/finder';
import { fundingModel } from '@/lib/views/funding';
import { kpisModel } from '@/lib/views/kpis';
import { plansModel } from '@/lib/views/plans';
import type { Message } from '@/lib/i18n/message';
import { sectorsModel } from '@/lib/views/sectors';
import { spotlightModel } from '@/lib/views/spotlight';
import { timelineModel } from '@/lib/views/timeline';
import { dataset, factory } from '../test/fixtures';
import { messagesOf, sentencesFor, wordsFor } from '../test/i18n';
import { countsWithoutPlural, englishLeftovers, wordsOf } from '../test/sentence-checks';

const SECTORS = sectorsSchema.parse(JSON.parse(readFileSync(path.join(process.cwd(), 'data', 'sectors.json'), 'utf8')));
const HOSTS = ['DE', 'FR', 'IT'];
const PARTNERS = ['AT', 'PT', 'SI', 'NL'];
type Tie = 'none' | 'two' | 'three' | 'undisclosed';

function sectorsFor(i: number, tie: Tie): string[] {
  if (tie === 'undisclosed') return [];
  if (tie === 'none') return i === 0 ? ['health', 'energy'] : ['health'];
  return tie === 'two' ? ['health', 'manufacturing'] : ['health', 'manufacturing', 'space'];
}

/**
 * None; planned (first for 2025, then 2026: a slip); launched with its machine overdue (planned for 2025, checked in
 * November 2026: a slip of at least); reported.
 */
function eventsFor(i: number): Factory['events'] {
  const step = (kind: 'launch' | 'operation', date: string, status: 'planned' | 'reported', plans?: string[]) => ({
    kind,
    date,
    status,
    sources: ['s1'],
    ...(plans ? { plans: plans.map((d) => ({ date: d, announcedOn: '2024-12', sources: ['s1'] })) } : {}),
  });
  return [
    [],
    [step('operation', '2026', 'planned', ['2025', '2026'])],
    [step('launch', '2025-09-05', 'reported'), step('operation', '2025', 'planned', ['2025'])],
    [step('operation', '2025-06', 'reported')],
  ][i % 4]!;
}

function edgeCase(n: number, hosts: number, tie: Tie): FilteredView {
  const factories: Factory[] = Array.from({ length: n }, (_, i) =>
    factory({
      id: `f${i}`,
      name: `Zeta ${i}`,
      city: 'Qqq',
      country: HOSTS[i % hosts]!,
      wave: (i % 3) + 1,
      selectedOn: ['2024-12-10', '2025-03-12', '2025-10-10'][i % 3]!,
      partnerCountries: PARTNERS.slice(0, i % 3),
      sectors: sectorsFor(i, tie),
      supercomputer: { name: `Mmm ${i}`, kind: i % 2 ? 'new' : 'upgrade', operationalFrom: eventsFor(i).find((e) => e.kind === 'operation')?.date ?? null },
      events: eventsFor(i),
      machines: machinesFor(i),
      funding: i % 3 === 0 ? { totalEur: null, euEur: null, nationalEur: null } : { totalEur: 10_000_000 * (i + 1), euEur: i % 2 ? 5_000_000 * (i + 1) : null, nationalEur: null },
    }),
  );
  const antennas = dataset.antennas.map((a, i) => ({ ...a, factoryIds: n ? [`f${i % n}`] : [] }));
  const data: Dataset = { ...dataset, sectors: SECTORS, factories, antennas };
  return filteredView(data, { ...EMPTY_FILTERS, waves: n === 5 ? [1, 2, 3] : [] });
}

/** None; one planned with an estimate and a date; one operating without a chip; two contracted, one estimated, undated. */
function machinesFor(i: number): Factory['machines'] {
  const machine = (id: string, status: Factory['machines'][number]['status'], chip: string | null, operation?: string): Factory['machines'][number] => ({
    id: `m${i}-${id}`,
    name: null,
    kind: 'new',
    vendor: null,
    integrator: null,
    accelerators: [{ model: 'GPU', chip, count: 100 * (i + 1), countQualifier: 'exact', sources: ['s1'] }],
    aiPerformance: [],
    hpl: null,
    powerMw: null,
    costEur: null,
    status,
    steps: operation ? [{ kind: 'operation', date: operation, status: status === 'operating' ? 'reported' : 'planned', sources: ['s1'] }] : [],
    cite: {},
  });
  return [[], [machine('a', 'planned', 'double', '2027')], [machine('b', 'operating', null, '2025-03')], [machine('c', 'contracted', 'double'), machine('d', 'contracted', null)]][i % 4]!;
}

/** Words a language shares with English, spelt alike: not left untranslated. */
const SHARED_WITH_ENGLISH: Partial<Record<string, string[]>> = {
  fr: ['machines'],
  // German and Dutch write these loanwords' plurals as English does, like "computers".
  de: ['chips'],
  nl: ['supercomputers', 'chips'],
};

const COUNTS = [0, 1, 2, 3, 5, 21, 22];
/** "1 of 1" in the words each language says it with ("1 van de 1", "1 από το 1", "1 tehtaasta 1"). */
const ONE_OF_ONE = /(?<![\d.,])1\s+(?:of|von|der|des|sur|su|delle|dei|de|las|los|z|ze|van|van de|av|από το|από τα|от|от общо|din|din cele|od|iš|\p{L}+sta)\s+1(?![\d.,])/u;
/** The key figures' captions, beside their numbers on the dashboard, in embeds and in screen mode. */
const CAPTIONS = ['factories', 'antennas', 'hostCountries', 'participating', 'sectors'].map((k) => `kpis.${k}`).concat(['kpiFactories', 'kpiHosts', 'kpiTakingPart', 'kpiAntennas', 'kpiSectors'].map((k) => `present.${k}`));
const CASES = COUNTS.flatMap((n) => [1, 3].flatMap((hosts) => (['none', 'two', 'three', 'undisclosed'] as const).map((tie) => ({ n, hosts, tie }))));

/** Every sentence of every model of a view, with the messages namespace it lives in. */
function sentencesOf(view: FilteredView, capitals: Record<string, string>): { ns: string; message: Message }[] {
  // The launch's plan history is what the plans figure reads (it has no machines here); a month past and one ahead.
  const asOf = (month: string) => filteredView(view.data, view.filters, month);
  const models = [kpisModel(view), countriesModel(view), sectorsModel(view), fundingModel(view), computeModel(view), timelineModel(view), plansModel(view), kpisModel(asOf('2025-06')), plansModel(asOf('2028-01'))];
  const found: Message[] = [...models.flatMap((m) => m.takeaway)];
  const kpis = kpisModel(view);
  found.push(kpis.money.note, ...(kpis.money.perFactory ? [kpis.money.perFactory] : []));
  const sectors = sectorsModel(view);
  if (sectors.undisclosed) found.push(sectors.undisclosed);
  const timeline = timelineModel(view);
  if (timeline.undated) found.push(timeline.undated.note);
  found.push(...timeline.events.map((e) => e.text), ...timeline.years.flatMap((y) => y.lines.map((l) => l.text)));
  for (const f of view.factories.slice(0, 3)) {
    const spot = spotlightModel(f, view.antennas);
    found.push(...spot.takeaway, spot.map, ...spot.facts.map((fact) => fact.value));
  }
  for (const filters of [
    { ...EMPTY_FILTERS, waves: [2] },
    { waves: [1, 3], countries: ['IT', 'PT', 'FR'], sectors: ['health', 'manufacturing'], q: 'x' },
  ])
    found.push(filterCaption(filters)!);
  const finder: Message[] = [];
  for (const query of [
    { country: 'AT', sectors: ['health', 'manufacturing'], need: null, when: 'now' },
    { country: null, sectors: ['health'], need: null, when: 'year' },
    { country: null, sectors: [], need: null, when: null },
  ] satisfies FinderQuery[]) {
    finder.push(rankingSummary(view.factories.length, query, { needs: [] }));
    for (const s of rankFactories(finderDataset(view.data).factories, view.antennas, query, view.data.asOf).slice(0, 3)) finder.push(...reasonsFor(s, query, { needs: [], capitals }).map((r) => r.text));
  }
  const nested = (m: Message): Message[] => [m, ...Object.values(m.values ?? {}).flatMap((v) => (typeof v === 'object' && 'message' in v ? nested(v.message) : typeof v === 'object' && 'list' in v ? v.list.flatMap((x) => (typeof x === 'object' && 'message' in x ? nested(x.message) : [])) : typeof v === 'object' && 'parts' in v ? v.parts.flatMap((x) => (typeof x === 'object' && 'message' in x ? nested(x.message) : [])) : []))];
  return [...found.flatMap(nested).map((message) => ({ ns: 'sentences', message })), ...finder.map((message) => ({ ns: 'finder', message }))];
}

/** Words the English sentences use, for spotting one left in another language. */
function englishWords(): Set<string> {
  const en = messagesOf('en');
  return new Set([...Object.values(en.sentences!), ...Object.values(en.finder!), ...Object.values(en.series!)].flatMap(wordsOf).filter((w) => w.length > 2));
}

describe.each(LOCALES)('sentences in %s', (locale) => {
  const messages = messagesOf(locale);
  // The language's own words, from its messages outside the sentences under test: an English word found only in
  // those sentences is one left untranslated.
  const own = new Set([...wordsOf(JSON.stringify({ ...messages, sentences: {}, finder: {}, series: {} })), ...(SHARED_WITH_ENGLISH[locale] ?? [])]);
  const english = englishWords();
  const sectors = localizeSectors(SECTORS, locale);
  const words = { sentences: sentencesFor(locale, sectors), finder: { ...sentencesFor(locale, sectors), t: wordsFor('finder', locale).t } };

  const capitals = Object.fromEntries(CAPITALS.map((c) => [c.code, placeName(c.city, locale)]));

  it.each(CASES)('$n factories, hosts in $hosts, tie $tie', ({ n, hosts, tie }) => {
    const view = edgeCase(n, hosts, tie);
    for (const { ns, message } of sentencesOf(view, capitals)) {
      const icu = (messages[ns] as Record<string, string>)[message.key];
      expect(icu, `${locale} ${ns}.${message.key}`).toBeTypeOf('string');
      const counts = Object.entries(message.values ?? {})
        .filter(([, v]) => typeof v === 'number')
        .map(([name]) => name);
      expect(countsWithoutPlural(icu!, counts), `${locale} ${ns}.${message.key}: a count without a plural`).toEqual([]);
      const text = renderMessage(message, words[ns as 'sentences' | 'finder']);
      expect(text, `${locale} ${ns}.${message.key}`).not.toMatch(/[{}]|undefined|NaN/);
      // A date whose format ends in a full stop ("5 декември 2026 г.") must not close a sentence that adds its own.
      expect(text, `${locale} ${ns}.${message.key}: a doubled full stop`).not.toMatch(/(?<!\.)\.\.(?!\.)/);
      // "1 of 1", "1 des 1", "1 z 1", "1 van de 1": a sentence about the one factory shown says so.
      expect(text, `${locale} ${ns}.${message.key}: one of one`).not.toMatch(ONE_OF_ONE);
      if (locale !== 'en') {
        const verbatim = new Set(wordsOf(JSON.stringify(message.values ?? {})));
        expect(englishLeftovers(text, english, own, verbatim), `${locale} ${ns}.${message.key}: "${text}"`).toEqual([]);
      }
    }
  });

  // A caption stands beside its number ("21 de țări participante"): it needs a form for every whole-number category
  // of the language, or the count falls back to `other` ("5 fabryki" for "5 fabryk").
  const categories = (new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[]).filter((c) => COUNTS.some((n) => new Intl.PluralRules(locale).select(n) === c));
  it.each(CAPTIONS)('caption %s has a form for every count', (key) => {
    const [ns, name] = key.split('.') as [string, string];
    const icu = (messages[ns] as Record<string, string>)[name]!;
    for (const category of categories) expect(icu, `${locale} ${key}: no "${category}" form`).toMatch(new RegExp(`(^|[\\s{])${category} \\{`));
    const t = wordsFor(ns, locale).t;
    for (const count of COUNTS) expect(t(name, { count }), `${locale} ${key} at ${count}`).not.toMatch(/[{}#]|undefined/);
  });

  it.each([1, 2, 3, 5, 21])('the shared sectors of a comparison, %i of them', (count) => {
    const t = wordsFor('compare', locale).t;
    const text = t('sharedSome', { count, sectors: 'X' });
    expect(text).not.toMatch(/[{}]|undefined/);
    if (count === 1 && locale !== 'en') expect(text, `${locale}: one shared sector reads as one`).not.toBe(t('sharedSome', { count: 2, sectors: 'X' }).replace('2', '1'));
  });
});
