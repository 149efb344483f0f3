'use client';

import { useState } from 'react';
import { useSearchString } from '@/components/state/location';

/** What the browser keeps inside the box until it goes live: React leaves an element's inner HTML alone. */
const SERVER_HTML = { __html: '' };

/**
 * Keeps the server's HTML of its children as it is, not hydrated, until the URL first carries a query string
 * (filters or a sort): before that the page shows the unfiltered dataset, which is exactly what the server drew.
 * For what only reads (a chart's table twin, behind a closed <details>): it costs no render at load.
 * Links in it stay plain links (a full page load instead of a client navigation).
 */
export function ServerHtmlUntilQuery({ className, children }: { className?: string; children: React.ReactNode }) {
  const search = useSearchString();
  const [live, setLive] = useState(false);
  // Once live, stays live: clearing the filters must redraw the unfiltered view, not bring back the stale HTML.
  if (search && !live) setLive(true);
  if (live || typeof window === 'undefined') {
    return (
      <div key="live" className={className}>
        {children}
      </div>
    );
  }
  // Hydration matches this element to the server's and does not descend into it; the key change on going live
  // replaces it with a React-rendered one.
  return <div key="server" className={className} dangerouslySetInnerHTML={SERVER_HTML} suppressHydrationWarning />;
}
