// Screen mode's URL: `?interval=20&poll=60&theme=light&slides=map,sectors,spotlight-lumi-aif`. Pure and total:
// whatever the URL holds, a screen in a lobby must come up with something sensible.

import { SLIDE_FIGURES, type SlideFigure } from '../figures/registry';

/** The figures' slides, in the registry's order (lib/figures/registry.ts). */
export const BASE_SLIDES = SLIDE_FIGURES;
type BaseSlide = SlideFigure;
/** `empty` is shown alone when the filters match no factory. */
export type SlideId = BaseSlide | `spotlight-${string}` | 'empty';

const SPOTLIGHT = 'spotlight-';
const DEFAULT_INTERVAL = 20;
const INTERVAL_RANGE = [3, 3600] as const;
const DEFAULT_POLL = 60;
const POLL_RANGE = [1, 3600] as const;
export type Theme = 'dark' | 'light';

/** A number of seconds within [min, max]; anything else (empty, negative, "20s", NaN) gives the default. */
function parseSeconds(raw: string, fallback: number, [min, max]: readonly [number, number]): number {
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
