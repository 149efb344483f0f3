'use client';

import { useTranslations } from 'next-intl';
import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * Printed at the end of a page only: the address of the view and how fresh its data is. `query` is what the page
 * knows to be valid (the dashboard's parsed filters), never the raw query string: unknown values are not echoed.
 */
export function PrintLine({ asOf, query = '' }: { asOf: string; query?: string }) {
  // The origin and path as the reader has them; the prerendered HTML has neither.
  const t = useTranslations('print');
  const here = useSyncExternalStore(noSubscription, () => `${window.location.origin}${window.location.pathname}`, () => '');
  return (
    <p className="print-only" data-testid="print-line">
      {here ? t('from', { address: `${here}${query}` }) : t('site')} · {t('asOf', { date: asOf })}
    </p>
  );
}
