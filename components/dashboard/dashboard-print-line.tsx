'use client';

import { filterQuery } from '@/lib/url/embed';
import { PrintLine } from '@/components/site/print-line';
import { useDashboard } from './dashboard-context';

/** The dashboard's print line: its address with the filters in effect. */
export function DashboardPrintLine({ asOf }: { asOf: string }) {
  const { filters } = useDashboard();
  return <PrintLine asOf={asOf} query={filterQuery(filters)} />;
}
