'use client';

import { useState } from 'react';
import { useSearchString } from '@/components/state/location';
import { ADOPT, useServerHtml } from '@/components/site/static-html';

/**
 * Keeps the server's HTML of its children as it is, not hydrated, until the URL first carries a query string
 * (filters or a sort): before that the page shows the unfiltered dataset, which is exactly what the server drew.
 * For what only reads (a chart's table twin, behind a closed <details>): it costs no render at load.
 * Links in it stay plain links (a full page load instead of a client navigation). After a client navigation to the
 * page there is no server HTML to keep, so it draws its children at once.
 */
export function ServerHtmlUntilQuery({ className, children }: { className?: string; children: React.ReactNode }) {
  const search = useSearchString();
  const { id, adopt } = useServerHtml();
  const [live, setLive] = useState(false);
  // Once live, stays live: clearing the filters must redraw the unfiltered view, not bring back the stale HTML.
  if (search && !live) setLive(true);
  if (live || !adopt) {
    return (
      <div key="live" data-server-html={id} className={className}>
        {children}
      </div>
    );
  }
  // Hydration matches this element to the server's and does not descend into it; the key change on going live
  // replaces it with a React-rendered one.
  return <div key="server" data-server-html={id} className={className} dangerouslySetInnerHTML={ADOPT} suppressHydrationWarning />;
}
