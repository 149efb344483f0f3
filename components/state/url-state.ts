'use client';

import { useSyncExternalStore } from 'react';
import { readableQuery } from '@/lib/url/filters';

// The one store of the page's location. Filters live in the URL; pages are prerendered, so the server (and
// hydration) sees no query string: the browser then reads location.search and re-renders with the filtered set.
const EVENT = 'aif:urlchange';
/** Back and forward, a new hash, and our own changes (setSearch). */
const EVENTS = ['popstate', 'hashchange', EVENT] as const;

function subscribe(onChange: () => void) {
  for (const e of EVENTS) window.addEventListener(e, onChange);
  return () => {
    for (const e of EVENTS) window.removeEventListener(e, onChange);
  };
}

export function useSearchString(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.search,
    () => '',
  );
}

/**
 * The query and hash as they are now: links that must carry them (the language switcher) fill them in once the
 * browser has them, and follow every change.
 */
export function useQueryAndHash(): { search: string; hash: string } {
  const value = useSyncExternalStore(
    subscribe,
    () => `${window.location.search}\u0000${window.location.hash}`,
    () => '\u0000',
  );
  const [search = '', hash = ''] = value.split('\u0000');
  return { search, hash };
}

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
  window.dispatchEvent(new Event(EVENT));
}
