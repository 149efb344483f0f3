// Every sentence the view models build, in every language, for the edge cases a reader meets: 0, 1, 2, 5 and 22
// factories; hosts in one country and in three; tied and untied top sectors; money disclosed by none, one or some.
// A count must choose its plural in every language, and no English word may be left in another language.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { localizeSectors } from '@/lib/data/localize';
import type { Dataset, Factory } from '@/lib/data/schema';
import { sectorsSchema } from '@/lib/data/schema';
import { renderMessage } from '@/lib/i18n/render-message';
import { LOCALES } from '@/lib/i18n/locales';
import { EMPTY_FILTERS } from '@/lib/url/filters';
import { filterCaption } from '@/lib/views/caption';
import { countriesModel } from '@/lib/views/countries';
import { filteredView, type FilteredView } from '@/lib/views/filtered';
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
      funding: i % 3 === 0 ? { totalEur: null, euEur: null, nationalEur: null } : { totalEur: 10_000_000 * (i + 1), euEur: i % 2 ? 5_000_000 * (i + 1) : null, nationalEur: null },
    }),
  );
  const antennas = dataset.antennas.map((a, i) => ({ ...a, factoryIds: n ? [`f${i % n}`] : [] }));
  const data: Dataset = { ...dataset, sectors: SECTORS, factories, antennas };
  return filteredView(data, { ...EMPTY_FILTERS, waves: n === 5 ? [1, 2, 3] : [] });
}

/** Words a language shares with English, spelt alike: not left untranslated. */
const SHARED_WITH_ENGLISH: Partial<Record<string, string[]>> = {
  fr: ['machines'],
  // Dutch writes the plural of this loanword as English does, like "computers".
  nl: ['supercomputers'],
};

const CASES = [0, 1, 2, 5, 22].flatMap((n) => [1, 3].flatMap((hosts) => (['none', 'two', 'three', 'undisclosed'] as const).map((tie) => ({ n, hosts, tie }))));

/** Every sentence of every model of a view, with the messages namespace it lives in. */
function sentencesOf(view: FilteredView): { ns: string; message: Message }[] {
  // The launch's plan history is what the plans figure reads (it has no machines here); a month past and one ahead.
  const asOf = (month: string) => filteredView(view.data, view.filters, month);
  const models = [kpisModel(view), countriesModel(view), sectorsModel(view), fundingModel(view), timelineModel(view), plansModel(view), kpisModel(asOf('2025-06')), plansModel(asOf('2028-01'))];
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
    { country: 'AT', sectors: ['health', 'manufacturing'], need: null },
    { country: null, sectors: ['health'], need: null },
    { country: null, sectors: [], need: null },
  ] satisfies FinderQuery[]) {
    finder.push(rankingSummary(view.factories.length, query, { needs: [] }));
    for (const s of rankFactories(view.factories, view.antennas, query).slice(0, 3)) finder.push(...reasonsFor(s, query, { needs: [] }).map((r) => r.text));
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

  it.each(CASES)('$n factories, hosts in $hosts, tie $tie', ({ n, hosts, tie }) => {
    const view = edgeCase(n, hosts, tie);
    for (const { ns, message } of sentencesOf(view)) {
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
      if (locale !== 'en') {
        const verbatim = new Set(wordsOf(JSON.stringify(message.values ?? {})));
        expect(englishLeftovers(text, english, own, verbatim), `${locale} ${ns}.${message.key}: "${text}"`).toEqual([]);
      }
    }
  });
});
