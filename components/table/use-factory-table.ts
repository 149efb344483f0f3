'use client';

// The factory table's TanStack instance: its columns in the page's language, its sort read from the URL and written
// back to it.
import { useTranslations } from 'next-intl';
import { functionalUpdate, useTable, type SortingState, type Updater } from '@tanstack/react-table';
import { useMemo } from 'react';
import type { Dataset, Factory } from '@/lib/data/schema';
import { MAX_SORT_KEYS, parseSort, withSort } from '@/lib/url/sort';
import { TABLE_COLUMN_IDS, TABLE_COLUMNS_HIDDEN_BY_DEFAULT, type TableColumnId } from '@/lib/views/table-columns';
import { useFormats } from '@/components/words/use-formats';
import { useLocalePath } from '@/components/words/use-locale-path';
import { setSearch } from '@/components/state/url-state';
import { useComputeWords } from '@/components/words/use-compute-words';
import { factoryColumns, features } from './factory-columns';

export function useFactoryTable({ data, factories, params }: { data: Dataset; factories: Factory[]; params: URLSearchParams }) {
  const t = useTranslations('table');
  const fmt = useFormats();
  const href = useLocalePath();
  const labels = useMemo(
    () => Object.fromEntries(TABLE_COLUMN_IDS.map((id) => [id, t(id)])) as Record<TableColumnId, string>,
    [t],
  );
  const none = t('none');
  const computeWords = useComputeWords();
  const columns = useMemo(() => {
    const sectorLabels = new Map(data.sectors.map((s) => [s.slug, s.label]));
    return factoryColumns((slug) => sectorLabels.get(slug) ?? slug, { labels, none, fmt, href, chips: data.chips, words: computeWords });
    // `href` and `fmt` follow the page's locale, which never changes on a page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data.sectors, data.chips, labels, none]);
  // The sort lives in the URL; the table only reads it and asks for changes.
  const sorting = useMemo<SortingState>(() => parseSort(params.get('sort'), TABLE_COLUMN_IDS), [params]);

  const table = useTable({
    features,
    columns,
    data: factories,
    getRowId: (f) => f.id,
    state: { sorting },
    initialState: { columnVisibility: Object.fromEntries(TABLE_COLUMNS_HIDDEN_BY_DEFAULT.map((id) => [id, false])) },
    onSortingChange: (updater: Updater<SortingState>) =>
      setSearch(withSort(window.location.search, functionalUpdate(updater, sorting))),
    enableMultiSort: true,
    // Ascending first unless a column says otherwise (money and counts start with the largest).
    sortDescFirst: false,
    maxMultiSortColCount: MAX_SORT_KEYS,
  });

  return { table, sorting, labels };
}

export type FactoryTableApi = ReturnType<typeof useFactoryTable>['table'];
