// Property tests for everything that reads a URL: whatever string a link holds, the parsers return a state and never
// throw; and every state a page can be in survives being written to its address and read back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../data/dataset';
import { TABLE_COLUMN_IDS } from '../views/table-columns';
import { compareQuery, COMPARE_MAX, parseCompareIds } from './compare';
import { EMBED_VIEWS, isEmbedView, isFilterEmbedView, stateQuery } from './embed';
import { cleanQuery, filterDomain, parseFilters, serializeFilters, type Filters } from './filters';
import { BASE_SLIDES, buildSlides, parseInterval, parsePoll, parseTheme, type SlideId } from './present';
import { MAX_SORT_KEYS, parseSort, serializeSort } from './sort';

const data = loadDataset();
const domain = filterDomain(data);
const factoryIds = data.factories.map((f) => f.id);

/** Any text, including lone surrogates, control characters and the URL's own separators. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: fc.constantFrom(',', ':', '&', '=', '%', '+', ' ', '\u0000', '\ud800', 'a', '1', 'IT', 'health', 'desc'), maxLength: 40 }),
);
/** A query string: random keys of ours with random values, or any text at all. */
const anyQuery = fc.oneof(
  anyText,
  fc
    .array(fc.tuple(fc.constantFrom('wave', 'country', 'sector', 'q', 'ids', 'sort', 'slides', 'theme', 'interval', 'poll', '__proto__'), anyText), { maxLength: 6 })
    .map((pairs) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(v.replace(/[\ud800-\udfff]/g, ''))}`).join('&')),
);

/** A subset of `values`, kept in their order: what a parser gives back. */
const subsetOf = <T>(values: readonly T[]) => fc.subarray([...values]);

/** Every filter state a page can be in: known values in the domain's order, a search already cleaned. */
const validFilters: fc.Arbitrary<Filters> = fc.record({
  waves: subsetOf(domain.waves),
  countries: subsetOf(domain.countries),
  sectors: subsetOf(domain.sectors),
  // What a URL can hold (well-formed text: the URL's encoding replaces a lone surrogate), long enough to be cut.
  q: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 160 }), fc.string({ unit: fc.constantFrom(' ', 'a', '😀', '\t'), minLength: 90, maxLength: 110 })).map(cleanQuery),
});

describe('the URL parsers never throw, whatever the string', () => {
  it('filters, from a query string and from a Next searchParams object', () => {
    fc.assert(
      fc.property(anyQuery, fc.dictionary(anyText, fc.oneof(anyText, fc.array(anyText, { maxLength: 3 }))), (query, record) => {
        const filters = parseFilters(new URLSearchParams(query), domain);
        parseFilters(record, domain);
        expect(Array.from(filters.q).length).toBeLessThanOrEqual(100);
        expect(filters.waves.every((w) => domain.waves.includes(w))).toBe(true);
      }),
    );
  });
  it('sort keys', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const keys = parseSort(raw, TABLE_COLUMN_IDS);
        expect(keys.length).toBeLessThanOrEqual(MAX_SORT_KEYS);
        expect(new Set(keys.map((k) => k.id)).size).toBe(keys.length);
      }),
    );
  });
  it('compare ids', () => {
    fc.assert(
      fc.property(anyQuery, (query) => {
        const ids = parseCompareIds(new URLSearchParams(query), factoryIds);
        expect(ids.length).toBeLessThanOrEqual(COMPARE_MAX);
        expect(ids.every((id) => factoryIds.includes(id))).toBe(true);
      }),
    );
  });
  it('screen mode: interval, poll, theme and slides', () => {
    fc.assert(
      fc.property(anyText, subsetOf(factoryIds), (raw, shown) => {
        expect(parseInterval(raw)).toBeGreaterThanOrEqual(3);
        expect(parsePoll(raw)).toBeGreaterThanOrEqual(1);
        expect(['dark', 'light']).toContain(parseTheme(raw));
        expect(buildSlides(raw, shown).length).toBeGreaterThan(0);
      }),
    );
  });
  it('embed views', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        expect(isEmbedView(raw)).toBe((EMBED_VIEWS as readonly string[]).includes(raw));
        if (isFilterEmbedView(raw)) expect(isEmbedView(raw)).toBe(true);
      }),
    );
  });
});

describe('parse ∘ serialize is the identity on every valid state', () => {
  it('filters', () => {
    fc.assert(
      fc.property(validFilters, (filters) => {
        expect(parseFilters(new URLSearchParams(serializeFilters(filters)), domain)).toEqual(filters);
      }),
    );
  });
  it('an embed’s filters and a comparison’s ids, through the embed’s query string', () => {
    fc.assert(
      fc.property(validFilters, fc.shuffledSubarray(factoryIds, { maxLength: COMPARE_MAX }), (filters, ids) => {
        expect(parseFilters(new URLSearchParams(stateQuery(filters)), domain)).toEqual(filters);
        expect(parseCompareIds(new URLSearchParams(stateQuery({ ids })), factoryIds)).toEqual(ids);
        expect(parseCompareIds(new URLSearchParams(compareQuery(ids)), factoryIds)).toEqual(ids);
      }),
    );
  });
  it('sort keys', () => {
    const keys = fc
      .shuffledSubarray([...TABLE_COLUMN_IDS], { maxLength: MAX_SORT_KEYS })
      .chain((ids) => fc.tuple(...ids.map((id) => fc.boolean().map((desc) => ({ id, desc })))));
    fc.assert(
      fc.property(keys, (sort) => {
        expect(parseSort(serializeSort(sort), TABLE_COLUMN_IDS)).toEqual(sort);
      }),
    );
  });
  it('screen mode', () => {
    const slides = fc.shuffledSubarray(factoryIds, { minLength: 1 }).chain((shown) =>
      fc.tuple(
        fc.constant(shown),
        fc.shuffledSubarray<SlideId>([...BASE_SLIDES, ...shown.map((id): SlideId => `spotlight-${id}`)], { minLength: 1 }),
      ),
    );
    fc.assert(
      fc.property(slides, fc.integer({ min: 3, max: 3600 }), fc.integer({ min: 1, max: 3600 }), fc.constantFrom('dark', 'light'), ([shown, asked], interval, poll, theme) => {
        expect(buildSlides(asked.join(','), shown)).toEqual(asked);
        expect(parseInterval(String(interval))).toBe(interval);
        expect(parsePoll(String(poll))).toBe(poll);
        expect(parseTheme(theme)).toBe(theme);
      }),
    );
  });
});
