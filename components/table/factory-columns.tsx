'use client';

import Link from 'next/link';
import { createColumnHelper, rowSortingFeature, columnVisibilityFeature, createSortedRowModel, tableFeatures, type SortFn } from '@tanstack/react-table';
import type { Formats } from '@/lib/i18n/format';
import type { Factory } from '@/lib/data/schema';
import type { TableColumnId } from '@/lib/views/table-columns';

export const features = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  sortedRowModel: createSortedRowModel(),
});

type Features = typeof features;

// Comparators return the ascending order; the table reverses them for "desc".
// The collator is built on the first sort, not on load: the first Intl object costs Chromium 20 to 40 ms of main thread.
const collators = new Map<string, Intl.Collator>();
const byText =
  (locale: string): SortFn<Features, Factory> =>
  (a, b, id) => {
    let collator = collators.get(locale);
    if (!collator) collators.set(locale, (collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true })));
    return collator.compare(String(a.getValue(id)), String(b.getValue(id)));
  };
const byNumber: SortFn<Features, Factory> = (a, b, id) => Number(a.getValue(id)) - Number(b.getValue(id));

const helper = createColumnHelper<Features, Factory>();


/** Undisclosed money is `undefined` to the table so `sortUndefined: 'last'` keeps it at the end both ways. */
function money(value: number | null): number | undefined {
  return value ?? undefined;
}

interface ColumnWords {
  labels: Record<TableColumnId, string>;
  none: string;
  fmt: Formats;
  href: (path: string) => string;
}

export function factoryColumns(sectorLabel: (slug: string) => string, { labels, none, fmt, href }: ColumnWords) {
  const text = byText(fmt.locale);
  const names = (codes: readonly string[]) => codes.map(fmt.countryName).join(', ');
  return helper.columns([
    helper.accessor('name', {
      id: 'name',
      header: labels.name,
      sortFn: text,
      enableHiding: false,
      cell: ({ row }) => (
        <Link href={href(`/factories/${row.original.id}`)} prefetch={false}>
          {row.original.name}
        </Link>
      ),
    }),
    helper.accessor('host', { id: 'host', header: labels.host, sortFn: text }),
    helper.accessor('city', { id: 'city', header: labels.city, sortFn: text }),
    helper.accessor((f) => fmt.countryName(f.country), { id: 'country', header: labels.country, sortFn: text }),
    helper.accessor('wave', { id: 'wave', header: labels.wave, sortFn: byNumber }),
    helper.accessor('selectedOn', {
      id: 'selected',
      header: labels.selected,
      sortFn: text, // ISO dates sort as text
      cell: ({ getValue }) => <time dateTime={getValue()}>{fmt.date(getValue())}</time>,
    }),
    // Lists sort by how many entries they have: "most partners first" is the question a reader asks.
    helper.accessor((f) => f.partnerCountries.length, {
      id: 'partners',
      header: labels.partners,
      sortFn: byNumber,
      sortDescFirst: true,
      cell: ({ row }) => names(row.original.partnerCountries) || <span className="muted">{none}</span>,
    }),
    helper.accessor((f) => f.sectors.length, {
      id: 'sectors',
      header: labels.sectors,
      sortFn: byNumber,
      sortDescFirst: true,
      cell: ({ row }) => row.original.sectors.map(sectorLabel).join(', ') || <span className="muted">{fmt.notDisclosed}</span>,
    }),
    // The records describe their machines in English ("New AI-optimised system at HLRS"): marked for screen readers.
    helper.accessor((f) => f.supercomputer.name, { id: 'supercomputer', header: labels.supercomputer, sortFn: text, cell: ({ getValue }) => <span lang="en">{getValue()}</span> }),
    ...(
      [
        ['funding', 'totalEur'],
        ['eu', 'euEur'],
        ['national', 'nationalEur'],
      ] as const
    ).map(([id, key]) =>
      helper.accessor((f) => money(f.funding[key]), {
        id,
        header: labels[id],
        sortFn: byNumber,
        sortUndefined: 'last', // default is false: undefined would sort as NaN
        sortDescFirst: true,
        cell: ({ getValue }) => {
          const value = getValue();
          return value === undefined ? <span className="muted">{fmt.notDisclosed}</span> : fmt.eur(value);
        },
      }),
    ),
  ]);
}
