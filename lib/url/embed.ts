// The embeddable views: their titles, the dashboard section each comes from, and the links and code to share them.
import { serializeFilters, type Filters } from './filters';
import { compareQuery } from './compare';

/** The dashboard's views: each follows the filters in its address. */
export const FILTER_EMBED_VIEWS = ['kpis', 'map', 'countries', 'sectors', 'funding', 'timeline', 'table'] as const;
/** `compare` shows the factories its address names (`?ids=a,b`) instead. */
export const EMBED_VIEWS = [...FILTER_EMBED_VIEWS, 'compare'] as const;
export type EmbedView = (typeof EMBED_VIEWS)[number];
export type FilterEmbedView = (typeof FILTER_EMBED_VIEWS)[number];

/** What an embed's address carries: the dashboard's filters, or the factories a comparison shows. */
export type EmbedState = Filters | { ids: readonly string[] };

/** The message an embed posts to its parent page, and `/embed.js` listens for. */
export const HEIGHT_MESSAGE = 'eu-ai-factories:height';

interface ViewInfo {
  title: string;
  /** The id of the dashboard section the view comes from (the anchor of its link). */
  section: string;
  /** A starting height for the iframe, in pixels, near the view's height at 700 px wide; embed.js corrects it. */
  height: number;
}

export const EMBED_INFO: Record<EmbedView, ViewInfo> = {
  kpis: { title: 'EU AI Factories: key figures', section: 'main', height: 420 },
  map: { title: 'Where the EU AI Factories are', section: 'country-spread', height: 720 },
  countries: { title: 'EU AI Factories per country', section: 'country-spread', height: 900 },
  sectors: { title: 'Sectors the EU AI Factories serve', section: 'sector-coverage', height: 760 },
  funding: { title: 'Announced investment per EU AI Factory', section: 'funding', height: 900 },
  timeline: { title: 'EU AI Factories: timeline', section: 'timeline', height: 1100 },
  table: { title: 'All EU AI Factories', section: 'all-factories', height: 900 },
  compare: { title: 'EU AI Factories side by side', section: 'main', height: 1400 },
};

export function isEmbedView(value: string): value is EmbedView {
  return (EMBED_VIEWS as readonly string[]).includes(value);
}

export function isFilterEmbedView(value: string): value is FilterEmbedView {
  return (FILTER_EMBED_VIEWS as readonly string[]).includes(value);
}

/** The query string (with its "?", or empty) that carries the filters from one view to another. */
export function filterQuery(filters: Filters): string {
  const query = serializeFilters(filters);
  return query ? `?${query}` : '';
}

/** The query string (with its "?", or empty) of an embed's state. */
export function stateQuery(state: EmbedState): string {
  return 'ids' in state ? (state.ids.length ? `?${compareQuery(state.ids)}` : '') : filterQuery(state);
}

/** The dashboard with these filters, scrolled to the view's section. */
export function dashboardUrl(origin: string, view: EmbedView, filters: Filters): string {
  return `${origin}/${filterQuery(filters)}#${EMBED_INFO[view].section}`;
}

/**
 * The embed's colours: light or dark whatever the reader's system says (an article is usually white), or `auto`,
 * the reader's system scheme. app/theme-init.ts reads `?theme=` on an embed.
 */
export const EMBED_THEMES = ['light', 'dark', 'auto'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/** `prefix`: the language's path prefix ("/de"), empty for English. */
export function embedUrl(origin: string, view: EmbedView, state: EmbedState, prefix = '', theme: EmbedTheme = 'auto'): string {
  const query = stateQuery(state);
  const themed = theme === 'auto' ? query : `${query ? `${query}&` : '?'}theme=${theme}`;
  return `${origin}${prefix}/embed/${view}${themed}`;
}

const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * What a newsroom pastes once per chart: the iframe, and the script that sizes it to its content. `language` gives
 * the embed's path prefix and its title in the page's language (English by default); `theme` its colours.
 */
export function embedCode(
  origin: string,
  view: EmbedView,
  state: EmbedState,
  language: { prefix: string; title: string } = { prefix: '', title: EMBED_INFO[view].title },
  theme: EmbedTheme = 'auto',
): string {
  const { height } = EMBED_INFO[view];
  return (
    `<iframe src="${attr(embedUrl(origin, view, state, language.prefix, theme))}" title="${attr(language.title)}" width="100%" height="${height}" ` +
    `loading="lazy" style="border:0;width:100%;max-width:100%"></iframe>\n` +
    `<script src="${attr(origin)}/embed.js" async></script>`
  );
}
