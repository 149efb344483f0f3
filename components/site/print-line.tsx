'use client';

import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/** Printed at the end of a page only: where the view lives (with its filters) and how fresh its data is. */
export function PrintLine({ asOf }: { asOf: string }) {
  // The address as the reader has it (filters included); the prerendered HTML knows only the path.
  const url = useSyncExternalStore(noSubscription, () => window.location.href, () => '');
  return (
    <p className="print-only" data-testid="print-line">
      {url ? `Printed from ${url}` : 'EU AI Factories dashboard'} · data as of {asOf}
    </p>
  );
}
