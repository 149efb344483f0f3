// Screen mode (/present): URL parameters, the slide list, and the one-line takeaway each slide shows.
// Pure and total: whatever the URL holds, a screen in a lobby must come up with something sensible.
import type { CountryRole, FactoryFunding, Kpis, SectorCount, WaveFunding } from './aggregate';
import type { TimelineEvent } from './timeline';
import type { Filters } from '../url/filters';
import type { Formats } from '../i18n/format';
import type { Factory, Sector } from '../data/schema';
import type { Translate } from '../i18n/translate';

export const BASE_SLIDES = ['kpis', 'map', 'sectors', 'funding', 'timeline'] as const;
export type BaseSlide = (typeof BASE_SLIDES)[number];
/** `empty` is shown alone when the filters match no factory. */
export type SlideId = BaseSlide | `spotlight-${string}` | 'empty';

export const SPOTLIGHT = 'spotlight-';
export const DEFAULT_INTERVAL = 20;
export const INTERVAL_RANGE = [3, 3600] as const;
export const DEFAULT_POLL = 60;
export const POLL_RANGE = [1, 3600] as const;
export type Theme = 'dark' | 'light';

/** A number of seconds within [min, max]; anything else (empty, negative, "20s", NaN) gives the default. */
export function parseSeconds(raw: string, fallback: number, [min, max]: readonly [number, number]): number {
  const text = raw.trim();
  if (!/^\d{1,5}(\.\d{1,3})?$/.test(text)) return fallback;
  const value = Number(text);
  return value >= min && value <= max ? value : fallback;
}

/** `?interval=` seconds per slide, 3–3600, default 20. */
export function parseInterval(raw: string): number {
  return parseSeconds(raw, DEFAULT_INTERVAL, INTERVAL_RANGE);
}

/** `?poll=` seconds between version checks, 1–3600, default 60 (tests shorten it). */
export function parsePoll(raw: string): number {
  return parseSeconds(raw, DEFAULT_POLL, POLL_RANGE);
}

/** `?theme=light` or dark, the default for a screen in a dim room. */
export function parseTheme(raw: string): Theme {
  return raw.trim().toLowerCase() === 'light' ? 'light' : 'dark';
}

/**
 * The slides to show, in the order asked: `?slides=map,sectors,factories,spotlight-lumi-aif`.
 * `factories` stands for every shown factory's spotlight; unknown ids are dropped; a spotlight of a
 * factory the filters hide is left out. Nothing valid left → every slide. No factory shown → `empty`.
 */
export function buildSlides(raw: string, shownFactoryIds: readonly string[]): SlideId[] {
  if (!shownFactoryIds.length) return ['empty'];
  const spotlights = shownFactoryIds.map((id): SlideId => `${SPOTLIGHT}${id}`);
  const shown = new Set(spotlights);
  const slides: SlideId[] = [];
  for (const token of raw.split(',').map((s) => s.trim().toLowerCase())) {
    if ((BASE_SLIDES as readonly string[]).includes(token)) slides.push(token as BaseSlide);
    else if (token === 'factories') slides.push(...spotlights);
    else if (shown.has(token as SlideId)) slides.push(token as SlideId);
  }
  const unique = [...new Set(slides)];
  return unique.length ? unique : [...BASE_SLIDES, ...spotlights];
}

/** The factory id of a spotlight slide, else null. */
export function spotlightOf(slide: SlideId): string | null {
  return slide.startsWith(SPOTLIGHT) ? slide.slice(SPOTLIGHT.length) : null;
}

/** The `present` messages and formatters of the page's language. */
export interface PresentWords {
  t: Translate;
  fmt: Formats;
}

/** "Filtered: wave 2 · Italy · Health & life sciences" — empty when nothing is filtered. */
export function filterCaption(filters: Filters, sectors: readonly Sector[], { t, fmt }: PresentWords): string {
  const parts: string[] = [];
  if (filters.waves.length) parts.push(t('filterWave', { count: filters.waves.length, waves: fmt.list(filters.waves.map(String)) }));
  if (filters.countries.length) parts.push(fmt.list(filters.countries.map(fmt.countryName)));
  if (filters.sectors.length)
    parts.push(fmt.list(filters.sectors.map((s) => sectors.find((x) => x.slug === s)?.label ?? s)));
  if (filters.q) parts.push(`“${filters.q}”`);
  return parts.length ? t('filtered', { parts: parts.join(' · ') }) : '';
}

export function sourceLine(asOf: string, { t, fmt }: PresentWords): string {
  return t('source', { date: fmt.date(asOf) });
}

// ---- Takeaways: one sentence each, computed from the shown factories. ----

export function kpiTakeaway(k: Kpis, { t }: PresentWords): string {
  return t('kpiTakeaway', { factories: k.factories, hosts: k.hostCountries, countries: k.participatingCountries });
}

export function mapTakeaway(roles: Record<string, CountryRole>, { t, fmt }: PresentWords): string {
  const count = (role: CountryRole) => Object.values(roles).filter((r) => r === role).length;
  const hosts = count('host');
  const partners = count('partner');
  const antennas = count('antenna');
  const parts = [t('mapHosts', { count: hosts })];
  if (partners) parts.push(t('mapPartners', { count: partners }));
  if (antennas) parts.push(t('mapAntennas', { count: antennas }));
  return parts.length === 3 ? parts.join(', ') : fmt.list(parts);
}

export function sectorTakeaway(coverage: readonly SectorCount[], factories: number, { t }: PresentWords): string {
  const top = coverage[0];
  if (!top) return t('noSector');
  return t('sectorTop', { label: top.label, count: top.count, factories });
}

export function fundingTakeaway(k: Kpis, byFactory: readonly FactoryFunding[], { t, fmt }: PresentWords): string {
  const top = byFactory[0];
  if (!k.investmentDisclosed || !top || top.totalEur === null) return t('noFunding', { factories: k.factories });
  const share = t('fundingShare', { total: fmt.eur(k.investmentEur), disclosed: k.investmentDisclosed, factories: k.factories });
  return k.investmentDisclosed === 1 ? share : t('fundingLargest', { share, top: shortName(top.name), topTotal: fmt.eur(top.totalEur) });
}

export function timelineTakeaway(waves: readonly WaveFunding[], { t, fmt }: PresentWords): string {
  const first = waves[0];
  const last = waves[waves.length - 1];
  if (!first || !last) return t('noSelection');
  const month = (iso: string) => fmt.date(iso.slice(0, 7));
  if (first === last) return t('timelineOne', { factories: first.factories, month: month(first.selectedOn) });
  const total = waves.reduce((n, w) => n + w.factories, 0);
  return t('timelineMany', { first: first.factories, firstMonth: month(first.selectedOn), total, lastMonth: month(last.selectedOn) });
}

export function spotlightTakeaway(f: Factory, { t, fmt }: PresentWords): string {
  return t('spotlightTakeaway', {
    city: f.city,
    country: fmt.countryName(f.country),
    partners: f.partnerCountries.length,
    sectors: f.sectors.length,
  });
}

/** "IT4LIA AI Factory" stays; "Mimer – The Swedish AI Innovation Factory" → "Mimer". */
export function shortName(name: string): string {
  return name.split(/ [–—(] ?/)[0] ?? name;
}

// ---- Timeline grouped by year, so it reads at a distance. ----

export interface YearItem {
  kind: TimelineEvent['kind'];
  /** "Dec" or "" when only the year is known. */
  when: string;
  text: string;
}

export interface TimelineYear {
  year: string;
  items: YearItem[];
}

/** Selections and announcements one by one; machines entering operation counted per year. */
export function timelineByYear(events: readonly TimelineEvent[], factories: readonly Factory[], { t, fmt }: PresentWords): TimelineYear[] {
  const years = new Map<string, YearItem[]>();
  const add = (year: string, item: YearItem) => years.set(year, [...(years.get(year) ?? []), item]);
  const operational = new Map<string, string[]>();
  for (const e of events) {
    const year = e.date.slice(0, 4);
    if (e.kind === 'operational') {
      const names = e.factoryIds.map((id) => factories.find((f) => f.id === id)).map((f) => f?.acronym ?? shortName(f?.name ?? ''));
      operational.set(year, [...(operational.get(year) ?? []), ...names]);
      if (!years.has(year)) years.set(year, []);
    } else {
      const text =
        e.kind === 'selected'
          ? t('timelineSelected', { wave: e.wave ?? '', count: e.factoryIds.length })
          : t('timelineAntennas', { count: e.count ?? 0 });
      add(year, { kind: e.kind, when: e.date.length > 4 ? fmt.monthShort(e.date) : '', text });
    }
  }
  for (const [year, names] of operational)
    add(year, { kind: 'operational', when: '', text: t('timelineOperational', { count: names.length, names: fmt.list(names) }) });
  return [...years.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([year, items]) => ({ year, items }));
}
