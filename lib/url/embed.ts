// The embeddable views: their titles, the dashboard section each comes from, and the links and code to share them.
import { AT_KEY } from './at';
import { dashboardHref, serializeFilters, type ViewState } from './filters';
import { compareQuery } from './compare';
import { EMBED_FIGURES, figureEntry, type EmbedFigure } from '../figures/registry';

/** The dashboard's views: each follows the filters in its address (the figures with an embed, lib/figures/registry.ts). */
export const FILTER_EMBED_VIEWS = EMBED_FIGURES;
export type FilterEmbedView = EmbedFigure;
/** `compare` shows the factories its address names (`?ids=a,b`) instead, on a route of its own. */
const COMPARE = 'compare';
export type EmbedView = FilterEmbedView | typeof COMPARE;
export const EMBED_VIEWS: readonly EmbedView[] = [...FILTER_EMBED_VIEWS, COMPARE];

/** What an embed's address carries: the dashboard's filters, or the factories a comparison shows. */
export type EmbedState = ViewState | { ids: readonly string[] };

/** `?slider=1` on an embed's address shows the time control above its view (the dashboard always has one). */
export const SLIDER_KEY = 'slider';

/** The message an embed posts to its parent page, and `/embed.js` listens for. */
export const HEIGHT_MESSAGE = 'eu-ai-factories:height';

interface ViewInfo {
  /** The id of the dashboard section the view comes from (the anchor of its link). */
  section: string;
  /** A starting height for the iframe, in pixels, near the view's height at 700 px wide; embed.js corrects it. */
  height: number;
}

/** Each embed's dashboard section and its starting height. */
export function embedInfo(view: EmbedView): ViewInfo {
  if (view === COMPARE) return { section: 'main', height: 1400 };
  const { embed, section } = figureEntry(view);
  return { ...embed!, section };
}

export function isEmbedView(value: string): value is EmbedView {
  return (EMBED_VIEWS as readonly string[]).includes(value);
}

export function isFilterEmbedView(value: string): value is FilterEmbedView {
  return (FILTER_EMBED_VIEWS as readonly string[]).includes(value);
}

/** The query string (with its "?", or empty) that carries the filters and the month from one view to another. */
export function filterQuery(state: ViewState): string {
  const query = serializeFilters(state, state.at ? { [AT_KEY]: state.at } : {});
  return query ? `?${query}` : '';
}

/** The query string (with its "?", or empty) of an embed's state. */
export function stateQuery(state: EmbedState): string {
  return 'ids' in state ? (state.ids.length ? `?${compareQuery(state.ids)}` : '') : filterQuery(state);
}

/** The dashboard with these filters, scrolled to the view's section. */
export function dashboardUrl(origin: string, view: EmbedView, filters: ViewState): string {
  return `${origin}${dashboardHref(filters, embedInfo(view).section)}`;
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
 * the embed's path prefix and its title in the page's language (the message `embed.title_<view>`); `theme` its colours.
 */
export function embedCode(
  origin: string,
  view: EmbedView,
  state: EmbedState,
  language: { prefix: string; title: string },
  theme: EmbedTheme = 'auto',
): string {
  const { height } = embedInfo(view);
  return (
    `<iframe src="${attr(embedUrl(origin, view, state, language.prefix, theme))}" title="${attr(language.title)}" width="100%" height="${height}" ` +
    `loading="lazy" style="border:0;width:100%;max-width:100%"></iframe>\n` +
    `<script src="${attr(origin)}/embed.js" async></script>`
  );
}
