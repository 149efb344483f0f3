'use client';

import { createContext, useCallback, useContext, useMemo } from 'react';
import { filterAntennas, filterFactories } from '@/lib/views/aggregate';
import { filterDomain, isFiltered, parseFilters, serializeFilters, toggleFilter, type FilterKind, type Filters } from '@/lib/url/filters';
import type { Antenna, Dataset, Factory } from '@/lib/data/schema';
import { currentParams, setSearch, useSearchString } from '@/components/site/url-state';

interface DashboardState {
  data: Dataset;
  filters: Filters;
  filtered: boolean;
  /** The factories and antennas that every view on the page shows. */
  factories: Factory[];
  antennas: Antenna[];
  /** Search params that are not filters (the table's sort), kept when filters change. */
  params: URLSearchParams;
  setFilters: (next: Filters) => void;
  toggle: <K extends FilterKind>(kind: K, value: Filters[K][number], on?: boolean) => void;
}

const DashboardContext = createContext<DashboardState | null>(null);

const FILTER_KEYS = ['wave', 'country', 'sector', 'q'];

export function DashboardProvider({ data, children }: { data: Dataset; children: React.ReactNode }) {
  const search = useSearchString();
  const domain = useMemo(() => filterDomain(data), [data]);
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const filters = useMemo(() => parseFilters(params, domain), [params, domain]);

  const setFilters = useCallback((next: Filters) => {
    const rest = [...currentParams()].filter(([key]) => !FILTER_KEYS.includes(key));
    setSearch(serializeFilters(next, Object.fromEntries(rest)));
  }, []);
  const toggle = useCallback(
    <K extends FilterKind>(kind: K, value: Filters[K][number], on?: boolean) =>
      setFilters(toggleFilter(parseFilters(currentParams(), domain), kind, value, on)),
    [domain, setFilters],
  );

  const state = useMemo<DashboardState>(() => {
    const filtered = isFiltered(filters);
    const factories = filterFactories(data.factories, filters);
    return {
      data,
      filters,
      filtered,
      factories,
      antennas: filterAntennas(data.antennas, factories, filters, filtered),
      params,
      setFilters,
      toggle,
    };
  }, [data, filters, params, setFilters, toggle]);

  return <DashboardContext.Provider value={state}>{children}</DashboardContext.Provider>;
}

export function useDashboard(): DashboardState {
  const state = useContext(DashboardContext);
  if (!state) throw new Error('useDashboard must be used inside <DashboardProvider>');
  return state;
}
