'use client';

import { useTranslations } from 'next-intl';
import { useId, useRef, useState } from 'react';
import { cleanQuery, FILTER_KEYS } from '@/lib/url/filters';
import { useFilteredView } from '@/components/state/filtered-view';
import { useChoicesBeforeHydration } from '@/components/state/early-choices';
import { currentParams, setSearch } from '@/components/state/url-state';
import styles from './factory-table.module.css';

/** Drives the dashboard's `q` filter, so the KPIs, charts and table all follow what is typed. */
export function TableSearch() {
  const { filters } = useFilteredView().view;
  const t = useTranslations('table');
  const id = useId();
  // The box keeps what was typed ("lumi " with its trailing space) while the URL holds the cleaned query.
  const [draft, setDraft] = useState(filters.q);
  const [seen, setSeen] = useState(filters.q);
  if (seen !== filters.q) {
    setSeen(filters.q);
    if (cleanQuery(draft) !== filters.q) setDraft(filters.q);
  }

  function change(value: string) {
    setDraft(value);
    const next = currentParams();
    const q = cleanQuery(value);
    if (q) next.set(FILTER_KEYS.q, q);
    else next.delete(FILTER_KEYS.q);
    setSearch(next, { replace: true });
  }

  const input = useRef<HTMLInputElement>(null);
  useChoicesBeforeHydration(input, ([typed]) => typed && change(typed.value));

  return (
    <form role="search" className={styles.search} onSubmit={(event) => event.preventDefault()}>
      <label htmlFor={id}>{t('search')}</label>
      <input
        className="control"
        ref={input}
        id={id}
        type="search"
        name="q"
        value={draft}
        onChange={(event) => change(event.target.value)}
        placeholder={t('searchPlaceholder')}
        autoComplete="off"
        spellCheck={false}
      />
    </form>
  );
}
