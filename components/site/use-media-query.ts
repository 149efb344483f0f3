'use client';

import { useSyncExternalStore } from 'react';

// One MediaQueryList per query for the whole page, however many islands follow it: reduced motion (screen mode),
// a narrow screen (the dashboard's charts), the system's dark theme (the theme toggle).
const lists = new Map<string, MediaQueryList>();

function mediaList(query: string): MediaQueryList {
  let list = lists.get(query);
  if (!list) lists.set(query, (list = window.matchMedia(query)));
  return list;
}

/** Whether the query matches now. */
export function mediaMatches(query: string): boolean {
  return mediaList(query).matches;
}

/** Calls `onChange` when the query's answer changes; returns the unsubscribe. */
export function onMediaChange(query: string, onChange: () => void): () => void {
  const list = mediaList(query);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

/** The query's answer, following it; `false` on the server and at hydration. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => onMediaChange(query, onChange),
    () => mediaMatches(query),
    () => false,
  );
}
