'use client';

import { useSyncExternalStore } from 'react';

// The query and hash as they are now. Prerendered pages see neither on the server (nor at hydration), so links
// that must carry them (the language switcher) fill them in once the browser has them, and follow every change.
const EVENTS = ['popstate', 'hashchange', 'aif:urlchange'] as const;

function subscribe(onChange: () => void) {
  for (const e of EVENTS) window.addEventListener(e, onChange);
  return () => {
    for (const e of EVENTS) window.removeEventListener(e, onChange);
  };
}

export function useQueryAndHash(): { search: string; hash: string } {
  const value = useSyncExternalStore(
    subscribe,
    () => `${window.location.search}\u0000${window.location.hash}`,
    () => '\u0000',
  );
  const [search = '', hash = ''] = value.split('\u0000');
  return { search, hash };
}
