'use client';

import { useSyncExternalStore } from 'react';
import { readableQuery } from '@/lib/url/filters';

// Filters live in the URL. Pages are prerendered, so the server (and hydration) sees no query string;
// the browser then reads location.search and re-renders with the filtered set.
const EVENT = 'aif:urlchange';

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  window.addEventListener(EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(EVENT, onChange);
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
