// oEmbed (oembed.com): what WordPress, Ghost and other editors read to turn a pasted link into an embed. Each embed
// page names its response in a <link rel="alternate" type="application/json+oembed">, and the response is a static
// file per view and language, written at build time, so nginx serving out/ answers it as well as `next start`.
import { embedCode, embedInfo, type EmbedView } from './embed';
import { EMPTY_FILTERS } from './filters';
import { DEFAULT_LOCALE, type PageLocale } from '../i18n/locales';

export const OEMBED_TYPE = 'application/json+oembed';

/** The width, in pixels, at which the embeds' starting heights were measured; the iframe itself fills its column. */
const OEMBED_WIDTH = 700;

/**
 * How long a consumer may keep a response, in seconds: a day. The response only names the iframe, whose address
 * does not change; the chart inside is loaded from our site each time, so new data shows without a new response.
 */
const OEMBED_CACHE_AGE = 86_400;

/** The language's path prefix: "/de", nothing for English. */
function prefixOf(locale: PageLocale): string {
  return locale === DEFAULT_LOCALE ? '' : `/${locale}`;
}

/** `/oembed/map.json`, `/de/oembed/map.json`: one response per view and language. */
export function oembedPath(view: EmbedView, locale: PageLocale): string {
  return `${prefixOf(locale)}/oembed/${view}.json`;
}

/** A `rich` response, with the fields oEmbed 1.0 requires of that type and the ones consumers show. */
export interface OembedRich {
  version: '1.0';
  type: 'rich';
  title: string;
  html: string;
  width: number;
  height: number;
  provider_name: string;
  provider_url: string;
  cache_age: number;
}

/**
 * The response for one view, unfiltered: a static file cannot read the `url` a consumer appends to the endpoint,
 * so `/embed/funding?wave=2` pasted into an editor gives the whole funding view (docs/open-data.md says why).
 */
export function oembedResponse(origin: string, view: EmbedView, locale: PageLocale, words: { title: string; provider: string }): OembedRich {
  const prefix = prefixOf(locale);
  return {
    version: '1.0',
    type: 'rich',
    title: words.title,
    html: embedCode(origin, view, EMPTY_FILTERS, { prefix, title: words.title }),
    width: OEMBED_WIDTH,
    height: embedInfo(view).height,
    provider_name: words.provider,
    provider_url: `${origin}${prefix || '/'}`,
    cache_age: OEMBED_CACHE_AGE,
  };
}

/** The discovery link, as Next's `alternates.types` takes it (the path is made absolute by `metadataBase`). */
export function oembedAlternate(view: EmbedView, locale: PageLocale, title: string) {
  return { [OEMBED_TYPE]: [{ url: oembedPath(view, locale), title }] };
}
