'use client';

import { useSyncExternalStore } from 'react';

// The one store of the page's location, free of any parsing so the chrome (the language switcher) carries no
// filter code. Filters live in the URL; pages are prerendered, so the server (and
// hydration) sees no query string: the browser then reads location.search and re-renders with the filtered set.
/** What setSearch (url-state.ts) dispatches after it changes the URL. */
export const URL_CHANGE = 'aif:urlchange';
/** Back and forward, a new hash, and our own changes (setSearch). */
const EVENTS = ['popstate', 'hashchange', URL_CHANGE] as const;

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

