'use client';

// The one place the browser filters the dataset: the dashboard, its embeds and screen mode read the filters from
// the URL and build their figures from this view (lib/views/*), so they show the same thing for the same link.
import { createContext, useCallback, useContext, useMemo } from 'react';
import type { Dataset } from '@/lib/data/schema';
import { filterDomain, isFilterKey, parseFilters, serializeFilters, toggleFilter, type FilterKind, type Filters } from '@/lib/url/filters';
import { filteredView, type FilteredView } from '@/lib/views/filtered';
import { useSearchString } from './location';
import { currentParams, setSearch } from './url-state';

interface FilteredViewState {
  view: FilteredView;
  /** Search params that are not filters (the table's sort, screen mode's settings), kept when filters change. */
  params: URLSearchParams;
  setFilters: (next: Filters) => void;
  toggle: <K extends FilterKind>(kind: K, value: Filters[K][number], on?: boolean) => void;
}

const FilteredViewContext = createContext<FilteredViewState | null>(null);

export function FilteredViewProvider({ data, children }: { data: Dataset; children: React.ReactNode }) {
  const search = useSearchString();
  const domain = useMemo(() => filterDomain(data), [data]);
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const filters = useMemo(() => parseFilters(params, domain), [params, domain]);

  const setFilters = useCallback((next: Filters) => {
    const rest = [...currentParams()].filter(([key]) => !isFilterKey(key));
    setSearch(serializeFilters(next, Object.fromEntries(rest)));
  }, []);
  const toggle = useCallback(
    <K extends FilterKind>(kind: K, value: Filters[K][number], on?: boolean) =>
      setFilters(toggleFilter(parseFilters(currentParams(), domain), kind, value, on)),
    [domain, setFilters],
  );

  const state = useMemo<FilteredViewState>(
    () => ({ view: filteredView(data, filters), params, setFilters, toggle }),
    [data, filters, params, setFilters, toggle],
  );
  return <FilteredViewContext.Provider value={state}>{children}</FilteredViewContext.Provider>;
}

export function useFilteredView(): FilteredViewState {
  const state = useContext(FilteredViewContext);
  if (!state) throw new Error('useFilteredView must be used inside <FilteredViewProvider>');
  return state;
}
