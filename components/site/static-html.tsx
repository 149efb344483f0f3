'use client';

import { useId, useState } from 'react';

/** What the browser keeps inside the element: React leaves an element's inner HTML alone. */
export const ADOPT = { __html: '' };

/**
 * Whether this element's server HTML is in the document to be adopted (the page's first load) rather than drawn
 * (a client navigation to the page, which brings no HTML): `id` marks the element, `adopt` says which.
 */
export function useServerHtml(): { id: string; adopt: boolean } {
  const id = useId();
  const [adopt] = useState(() => typeof document !== 'undefined' && document.querySelector(`[data-server-html="${CSS.escape(id)}"]`) !== null);
  return { id, adopt };
}

/**
 * Server HTML that never changes in the browser (the method page's lists of changes and sources), adopted as it is:
 * hydration matches the element and does not descend into it, where it would otherwise visit every node (1,250 of
 * the method page's 1,580). Drawn as usual after a client navigation.
 */
export function StaticHtml({ className, children }: { className?: string; children: React.ReactNode }) {
  const { id, adopt } = useServerHtml();
  if (adopt) return <div data-server-html={id} className={className} dangerouslySetInnerHTML={ADOPT} suppressHydrationWarning />;
  return (
    <div data-server-html={id} className={className}>
      {children}
    </div>
  );
}
