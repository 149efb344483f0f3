'use client';

import { readableQuery } from '@/lib/url/filters';
import { URL_CHANGE } from './location';

// Changes to the query string; the page's location is read through the store in location.ts.

/**
 * The query string as it is now, for a change to start from. Not the rendered one: a choice made before hydration
 * arrives while React still holds the server's empty query.
 */
export function currentParams(): URLSearchParams {
  return new URLSearchParams(window.location.search);
}

/** Updates the query string (a new history entry unless `replace`), keeping the path and hash. */
export function setSearch(params: URLSearchParams | string, { replace = false } = {}) {
  const query = typeof params === 'string' ? params : readableQuery(params);
  const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
  // The same URL again (a restored form re-applying what the URL already says) is no new history entry.
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  if (replace) window.history.replaceState(window.history.state, '', url);
  else window.history.pushState(window.history.state, '', url);
  window.dispatchEvent(new Event(URL_CHANGE));
}
