// "Which AI Factory is for me?": ranks every factory for a country, some sectors and a need.
import { capitalOf, type Capital } from '../geo/capitals';
import { distanceKm } from '../geo/distance';
import { getParam, readableQuery, type ParamSource } from '../url/filters';
import type { FinderAntenna, FinderFactory } from '../data/browser-dataset';
import type { Factory } from '../data/schema';
import { periodEnd } from '../data/events';
import { message, type Message, type MessageValue } from '../i18n/message';


export interface FinderQuery {
  /** A country the finder knows a capital for, or null. */
  country: string | null;
  /** Sector slugs, in the order of the controlled list. */
  sectors: string[];
  /** A need slug (see `needSlug`), or null. */
  need: string | null;
  /** When you need compute: now, within a year, later; null when you do not say. */
  when: When | null;
}

export const WHEN = ['now', 'year', 'later'] as const;
type When = (typeof WHEN)[number];

/**
 * When a factory can be used, as its sources date it: `now` (a source says it serves users), `year` (its services
 * are planned to start within a year of the data's date), `later` (planned after that), `undated` (no source says).
 */
type Readiness = 'now' | 'year' | 'later' | 'undated';

export interface Need {
  slug: string;
  /** As a list offers it: "Technical support". */
  label: string;
  /** As a sentence holds it: "technical support". */
  term: string;
  /** The service as the data spells it. */
  service: string;
}

/** How the chosen country takes part, strongest first; `none` when it does not. */
type Involvement = 'host' | 'partner' | 'antenna' | 'none';

const INVOLVEMENT_WEIGHT: Record<Involvement, number> = { host: 3, partner: 2, antenna: 1, none: 0 };

export interface Suggestion {
  factory: FinderFactory;
  involvement: Involvement;
  /** The chosen sectors the factory covers. */
  sectorMatches: string[];
  needMatch: boolean;
  /** Great-circle distance from the capital, rounded to 10 km; null without a country. */
  distanceKm: number | null;
  readiness: Readiness;
}

/** "start-up & sme support" → "start-up-sme-support": a need as it appears in the URL. */
export function needSlug(service: string): string {
  return service
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** "start-up & sme support" → "Start-up & SME support". */
export function needLabel(service: string): string {
  const text = service.replace(/\bsme\b/gi, 'SME');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The services named in the data, most common first: the needs the finder can honestly match. */
export function needsOf(factories: readonly Pick<Factory, 'services'>[]): Need[] {
  const counts = new Map<string, number>();
  for (const f of factories) for (const s of new Set(f.services)) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts]
    .sort(([a, n], [b, m]) => m - n || a.localeCompare(b))
    .map(([service]) => ({ slug: needSlug(service), label: needLabel(service), term: service, service }));
}

/** Reads `?country=PT&sector=health,energy&need=training&when=now`; anything unknown is dropped, nothing throws. */
export function parseFinderQuery(
  params: ParamSource,
  domain: { sectors: readonly string[]; needs: readonly string[] },
): FinderQuery {
  const country = getParam(params, 'country').split(',')[0]!.trim().toUpperCase();
  const sectors = new Set(
    getParam(params, 'sector')
      .split(',')
      .map((s) => s.trim().toLowerCase()),
  );
  const need = getParam(params, 'need').split(',')[0]!.trim().toLowerCase();
  const when = getParam(params, 'when').split(',')[0]!.trim().toLowerCase();
  return {
    country: capitalOf(country) ? country : null,
    sectors: domain.sectors.filter((s) => sectors.has(s)),
    need: domain.needs.includes(need) ? need : null,
    when: (WHEN as readonly string[]).includes(when) ? (when as When) : null,
  };
}

/** Query string without "?", in a fixed key order; empty parts left out. */
export function serializeFinderQuery(query: FinderQuery): string {
  const params = new URLSearchParams();
  if (query.country) params.set('country', query.country);
  if (query.sectors.length) params.set('sector', query.sectors.join(','));
  if (query.need) params.set('need', query.need);
  if (query.when) params.set('when', query.when);
  return readableQuery(params);
}

/** The distance a reason states: to the nearest 10 km, as "about 500 km" reads. */
export function roundedKm(from: Pick<Capital, 'lat' | 'lon'>, to: { lat: number; lon: number }): number {
  return Math.round(distanceKm(from, to) / 10) * 10;
}

/** A year after `asOf`, as YYYY-MM-DD. */
function yearAfter(asOf: string): string {
  return `${Number(asOf.slice(0, 4)) + 1}${asOf.slice(4)}`;
}

function readinessOf(f: Pick<FinderFactory, 'serving' | 'launch'>, asOf: string): Readiness {
  if (f.serving.status === 'serving') return 'now';
  // A launch reported without a statement that it serves users says nothing of access: the sources are silent.
  if (!f.launch || f.launch.status === 'reported') return 'undated';
  return periodEnd(f.launch.date) <= yearAfter(asOf) ? 'year' : 'later';
}

/** How well a factory's readiness meets the chosen time: serving now first for "now", within a year for "year". */
function readinessWeight(r: Readiness, when: When | null): number {
  if (when === 'now') return r === 'now' ? 1 : 0;
  if (when === 'year') return r === 'now' || r === 'year' ? 1 : 0;
  return 0;
}

function involvementOf(f: FinderFactory, country: string | null, antennas: readonly FinderAntenna[]): Involvement {
  if (!country) return 'none';
  if (f.country === country) return 'host';
  if (f.partnerCountries.includes(country)) return 'partner';
  if (antennas.some((a) => a.country === country && a.factoryIds.includes(f.id))) return 'antenna';
  return 'none';
}

/**
 * Every factory, best first. The rule, in order of precedence:
 * 0. with "now", the factories a source says serve users today; with "within a year", those too and those whose
 *    services are planned to start within a year of the data's date (`asOf`); with "later" or no answer, none first;
 * 1. how your country takes part: it hosts the factory, then it is a partner in its consortium, then an
 *    AI Factory Antenna in your country links to it, then no involvement;
 * 2. how many of your sectors the factory covers (more first);
 * 3. whether it offers your need;
 * 4. great-circle distance from your capital to the factory's site (nearer first), rounded to 10 km;
 * 5. the factory's name, so that equal factories keep a stable, alphabetical order.
 * Without a country, 1 and 4 do not apply: the order is by sectors, need, then name.
 * Nothing is filtered out: a factory with no match still appears, further down.
 */
export function rankFactories(
  factories: readonly FinderFactory[],
  antennas: readonly FinderAntenna[],
  query: FinderQuery,
  asOf: string,
): Suggestion[] {
  const capital = query.country ? capitalOf(query.country) : undefined;
  const need = query.need;
  const suggestions = factories.map<Suggestion>((factory) => ({
    factory,
    involvement: involvementOf(factory, capital ? query.country : null, antennas),
    sectorMatches: query.sectors.filter((s) => factory.sectors.includes(s)),
    needMatch: need !== null && factory.services.some((s) => needSlug(s) === need),
    distanceKm: capital ? roundedKm(capital, factory.location) : null,
    readiness: readinessOf(factory, asOf),
  }));
  return suggestions.sort(
    (a, b) =>
      readinessWeight(b.readiness, query.when) - readinessWeight(a.readiness, query.when) ||
      INVOLVEMENT_WEIGHT[b.involvement] - INVOLVEMENT_WEIGHT[a.involvement] ||
      b.sectorMatches.length - a.sectorMatches.length ||
      Number(b.needMatch) - Number(a.needMatch) ||
      (a.distanceKm ?? 0) - (b.distanceKm ?? 0) ||
      a.factory.name.localeCompare(b.factory.name, 'en'),
  );
}

export interface ReasonLabels {
  needs: readonly Need[];
  /** Each capital's name in the page's language (lib/geo/place-names.ts), by country code. */
  capitals: Readonly<Record<string, string>>;
}

type ReasonKind = Involvement | 'sector' | 'need' | 'distance' | 'serving';

export interface Reason {
  kind: ReasonKind;
  text: Message;
}

/**
 * Why a factory stands where it does: "Consortium partner: Austria", "Covers: “Health”", "560 km from the capital
 * (Vienna)". Names follow a colon or stand in brackets, so no language needs an article or a case for them.
 */
export function reasonsFor(s: Suggestion, query: FinderQuery, { needs, capitals }: ReasonLabels): Reason[] {
  const reasons: Reason[] = [];
  // Once you say when you need compute, every result says whether it serves users now, and on what.
  if (query.when) reasons.push({ kind: 'serving', text: servingReason(s) });
  const country = { country: query.country ?? '' };
  if (s.involvement === 'host') reasons.push({ kind: 'host', text: message('reasonHost', { country }) });
  if (s.involvement === 'partner') reasons.push({ kind: 'partner', text: message('reasonPartner', { country }) });
  if (s.involvement === 'antenna') reasons.push({ kind: 'antenna', text: message('reasonAntenna', { country }) });
  if (s.sectorMatches.length)
    reasons.push({ kind: 'sector', text: message('reasonSectors', { sectors: { list: s.sectorMatches.map((sector) => ({ sector })) } }) });
  if (s.needMatch) {
    const need = needs.find((n) => n.slug === query.need);
    reasons.push({ kind: 'need', text: message('reasonNeed', { need: { text: need?.term ?? query.need ?? '' } }) });
  }
  const capital = query.country ? capitalOf(query.country) : undefined;
  if (s.distanceKm !== null && capital) {
    // The capital's name in the page's language, in brackets: no language has to inflect it.
    const city = { text: capitals[capital.code] ?? capital.city };
    reasons.push({
      kind: 'distance',
      text: s.distanceKm < 10 ? message('reasonIn', { city }) : message('reasonDistance', { km: { num: s.distanceKm }, city }),
    });
  }
  return reasons;
}

function servingReason(s: Suggestion): Message {
  const { serving, launch } = s.factory;
  if (serving.status === 'serving')
    return serving.systems.length ? message('reasonServing', { systems: { list: serving.systems.map((text) => ({ text })) } }) : message('reasonServingUnnamed');
  const planned = launch?.status === 'planned' ? { date: { date: launch.date } } : null;
  if (serving.status === 'not-yet') return planned ? message('reasonNotYetPlanned', planned) : message('reasonNotYet');
  return planned ? message('reasonNotStatedPlanned', planned) : message('reasonNotStated');
}

/** "19 factories ranked for: Portugal", read out by the page's live region. */
export function rankingSummary(count: number, query: FinderQuery, { needs }: Pick<ReasonLabels, 'needs'>): Message {
  if (query.country) return message('summaryCountry', { count, country: { country: query.country } });
  const choices: MessageValue[] = query.sectors.map((sector) => ({ sector }));
  const need = needs.find((n) => n.slug === query.need);
  if (need) choices.push({ text: need.term });
  if (choices.length) return message('summaryChoices', { count, choices: { list: choices } });
  return message('summaryNone', { count });
}
