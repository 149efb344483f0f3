'use client';

import Link from 'next/link';
import { createColumnHelper, rowSortingFeature, columnVisibilityFeature, createSortedRowModel, tableFeatures, type SortFn } from '@tanstack/react-table';
import { countryName, formatDate, formatEur } from '@/lib/format';
import type { Factory } from '@/lib/schema';
import { TABLE_COLUMN_LABELS } from '@/lib/table-columns';

export const features = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  sortedRowModel: createSortedRowModel(),
});

type Features = typeof features;

// Built on the first sort, not on load: the first Intl object costs Chromium 20 to 40 ms of main thread.
let collator: Intl.Collator | undefined;

// Comparators return the ascending order; the table reverses them for "desc".
const byText: SortFn<Features, Factory> = (a, b, id) => {
  collator ??= new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  return collator.compare(String(a.getValue(id)), String(b.getValue(id)));
};
const byNumber: SortFn<Features, Factory> = (a, b, id) => Number(a.getValue(id)) - Number(b.getValue(id));

const helper = createColumnHelper<Features, Factory>();

function names(codes: readonly string[]): string {
  return codes.map(countryName).join(', ');
}

/** Undisclosed money is `undefined` to the table so `sortUndefined: 'last'` keeps it at the end both ways. */
function money(value: number | null): number | undefined {
  return value ?? undefined;
}

export function factoryColumns(sectorLabel: (slug: string) => string) {
  return helper.columns([
    helper.accessor('name', {
      id: 'name',
      header: TABLE_COLUMN_LABELS.name,
      sortFn: byText,
      enableHiding: false,
      cell: ({ row }) => (
        <Link href={`/factories/${row.original.id}`} prefetch={false}>
          {row.original.name}
        </Link>
      ),
    }),
    helper.accessor('host', { id: 'host', header: TABLE_COLUMN_LABELS.host, sortFn: byText }),
    helper.accessor('city', { id: 'city', header: TABLE_COLUMN_LABELS.city, sortFn: byText }),
    helper.accessor((f) => countryName(f.country), { id: 'country', header: TABLE_COLUMN_LABELS.country, sortFn: byText }),
    helper.accessor('wave', { id: 'wave', header: TABLE_COLUMN_LABELS.wave, sortFn: byNumber }),
    helper.accessor('selectedOn', {
      id: 'selected',
      header: TABLE_COLUMN_LABELS.selected,
      sortFn: byText, // ISO dates sort as text
      cell: ({ getValue }) => <time dateTime={getValue()}>{formatDate(getValue())}</time>,
    }),
    // Lists sort by how many entries they have: "most partners first" is the question a reader asks.
    helper.accessor((f) => f.partnerCountries.length, {
      id: 'partners',
      header: TABLE_COLUMN_LABELS.partners,
      sortFn: byNumber,
      sortDescFirst: true,
      cell: ({ row }) => names(row.original.partnerCountries) || <span className="muted">none</span>,
    }),
    helper.accessor((f) => f.sectors.length, {
      id: 'sectors',
      header: TABLE_COLUMN_LABELS.sectors,
      sortFn: byNumber,
      sortDescFirst: true,
      cell: ({ row }) => row.original.sectors.map(sectorLabel).join(', '),
    }),
    helper.accessor((f) => f.supercomputer.name, { id: 'supercomputer', header: TABLE_COLUMN_LABELS.supercomputer, sortFn: byText }),
    ...(
      [
        ['funding', 'totalEur'],
        ['eu', 'euEur'],
        ['national', 'nationalEur'],
      ] as const
    ).map(([id, key]) =>
      helper.accessor((f) => money(f.funding[key]), {
        id,
        header: TABLE_COLUMN_LABELS[id],
        sortFn: byNumber,
        sortUndefined: 'last', // default is false: undefined would sort as NaN
        sortDescFirst: true,
        cell: ({ getValue }) => {
          const value = getValue();
          return value === undefined ? <span className="muted">{formatEur(null)}</span> : formatEur(value);
        },
      }),
    ),
  ]);
}
