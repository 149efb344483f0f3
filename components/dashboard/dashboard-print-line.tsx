'use client';

import { filterQuery } from '@/lib/url/embed';
import { PrintLine } from '@/components/site/print-line';
import { useFilteredView } from '@/components/state/filtered-view';

/** The dashboard's print line: its address with the filters and the month in effect. */
export function DashboardPrintLine({ asOf }: { asOf: string }) {
  const { filters, asOf: at } = useFilteredView().view;
  return <PrintLine asOf={asOf} query={filterQuery({ ...filters, at })} />;
}
