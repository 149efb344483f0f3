'use client';

import Link from 'next/link';
import { createColumnHelper, rowSortingFeature, columnVisibilityFeature, createSortedRowModel, tableFeatures, type SortFn } from '@tanstack/react-table';
import type { Formats } from '@/lib/i18n/format';
import type { ChipTable, Factory } from '@/lib/data/schema';
import { ESTIMATE_METHOD_PATH } from '@/components/charts/estimate-link';
import type { ComputeWords } from '@/components/words/use-compute-words';
import { machineRow, type ComputeRow } from '@/lib/views/compute';
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
  chips: ChipTable;
  words: ComputeWords;
}

export function factoryColumns(sectorLabel: (slug: string) => string, { labels, none, fmt, href, chips, words }: ColumnWords) {
  const machines = (f: Factory) => f.machines.map((m) => machineRow(f, m, chips));
  // One line per machine, named when there are several; never a sum across machines.
  const perMachine = (f: Factory, line: (r: ComputeRow, m: Factory['machines'][number]) => React.ReactNode) => {
    const rows = machines(f);
    if (!rows.length) return <span className="muted">{fmt.notDisclosed}</span>;
    return rows.map((r, i) => (
      <div key={r.key}>
        {rows.length > 1 && <span lang="en">{r.machine ?? r.key}: </span>}
        {line(r, f.machines[i]!) ?? <span className="muted">{fmt.notDisclosed}</span>}
      </div>
    ));
  };
  const joined = (items: string[]) => (items.length ? items.join('; ') : null);
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
    helper.accessor((f) => f.machines.flatMap((m) => m.accelerators.map((a) => a.model)).join('; '), {
      id: 'machineModel',
      header: labels.machineModel,
      sortFn: text,
      cell: ({ row }) => perMachine(row.original, (_, m) => joined(m.accelerators.map((a) => a.model)) && <span lang="en">{joined(m.accelerators.map((a) => a.model))}</span>),
    }),
    helper.accessor((f) => money(Math.max(0, ...f.machines.flatMap((m) => m.accelerators.map((a) => a.count ?? 0))) || null), {
      id: 'machineCount',
      header: labels.machineCount,
      sortFn: byNumber,
      sortUndefined: 'last',
      sortDescFirst: true,
      cell: ({ row }) => perMachine(row.original, (r) => joined(words.stated({ counts: r.counts, performance: [], hpl: null }))),
    }),
    // Sorted by the factory's largest machine: machines at different stages are never added up.
    helper.accessor((f) => money(Math.max(0, ...machines(f).map((r) => r.shown ?? 0)) || null), {
      id: 'machineEstimate',
      header: labels.machineEstimate,
      sortFn: byNumber,
      sortUndefined: 'last',
      sortDescFirst: true,
      cell: ({ row }) =>
        perMachine(row.original, (r) =>
          r.shown === null ? null : (
            <span data-estimate-scope="">
              <span data-estimate={r.shown}>{words.estimate(r.shown, r.estimate!.lowerBound || !r.estimate!.complete)}</span> (
              <a href={href(ESTIMATE_METHOD_PATH)}>{words.t('estimate')}</a>)
            </span>
          ),
        ),
    }),
    helper.accessor((f) => f.machines.map((m) => m.status).join('; '), {
      id: 'machineStatus',
      header: labels.machineStatus,
      sortFn: text,
      cell: ({ row }) => perMachine(row.original, (r) => words.standing(r)),
    }),
  ]);
}
