'use client';

// The one place the browser filters the dataset: the dashboard, its embeds and screen mode read the filters from
// the URL and build their figures from this view (lib/views/*), so they show the same thing for the same link.
import { createContext, useCallback, useContext, useDeferredValue, useMemo } from 'react';
import type { Dataset } from '@/lib/data/schema';
import { filterDomain, isFilterKey, parseFilters, serializeFilters, toggleFilter, type FilterKind, type Filters } from '@/lib/url/filters';
import { AT_KEY, parseAt, type MonthSpan } from '@/lib/url/at';
import { monthSpan } from '@/lib/views/as-of';
import { filteredView, type FilteredView } from '@/lib/views/filtered';
import { useSearchString } from './location';
import { currentParams, setSearch } from './url-state';

interface FilteredViewState {
  view: FilteredView;
  /** The dataset as the page got it, today's: what a view of another month is built from. */
  source: Dataset;
  /** Search params that are not filters (the table's sort, screen mode's settings), kept when filters change; not `at`. */
  params: URLSearchParams;
  setFilters: (next: Filters) => void;
  toggle: <K extends FilterKind>(kind: K, value: Filters[K][number], on?: boolean) => void;
  /** The months the view can be as of. */
  span: MonthSpan;
  /** Shows the network as of a month (`YYYY-MM`), or today's with null; `replace` while it plays, so one press is one entry. */
  setAt: (month: string | null, options?: { replace?: boolean }) => void;
}

const FilteredViewContext = createContext<FilteredViewState | null>(null);

export function FilteredViewProvider({ data, children }: { data: Dataset; children: React.ReactNode }) {
  const search = useSearchString();
  const domain = useMemo(() => filterDomain(data), [data]);
  const span = useMemo(() => monthSpan(data), [data]);
  // The month apart from the rest: a step of the time control changes `at` alone, and the figures follow it in a
  // deferred render that React slices and may interrupt, so the slider answers at once while it plays.
  const { rest, month } = useMemo(() => {
    const all = new URLSearchParams(search);
    const raw = all.get(AT_KEY);
    all.delete(AT_KEY);
    return { rest: all.toString(), month: parseAt(raw, span) };
  }, [search, span]);
  const params = useMemo(() => new URLSearchParams(rest), [rest]);
  const filters = useMemo(() => parseFilters(params, domain), [params, domain]);
  const at = useDeferredValue(month);

  const setFilters = useCallback((next: Filters) => {
    const rest = [...currentParams()].filter(([key]) => !isFilterKey(key));
    setSearch(serializeFilters(next, Object.fromEntries(rest)));
  }, []);
  const toggle = useCallback(
    <K extends FilterKind>(kind: K, value: Filters[K][number], on?: boolean) =>
      setFilters(toggleFilter(parseFilters(currentParams(), domain), kind, value, on)),
    [domain, setFilters],
  );

  const setAt = useCallback((month: string | null, options?: { replace?: boolean }) => {
    const next = currentParams();
    if (month) next.set(AT_KEY, month);
    else next.delete(AT_KEY);
    setSearch(next, options);
  }, []);

  const state = useMemo<FilteredViewState>(
    () => ({ view: filteredView(data, filters, at), source: data, params, setFilters, toggle, span, setAt }),
    [data, filters, at, params, setFilters, toggle, span, setAt],
  );
  return <FilteredViewContext.Provider value={state}>{children}</FilteredViewContext.Provider>;
}

export function useFilteredView(): FilteredViewState {
  const state = useContext(FilteredViewContext);
  if (!state) throw new Error('useFilteredView must be used inside <FilteredViewProvider>');
  return state;
}
