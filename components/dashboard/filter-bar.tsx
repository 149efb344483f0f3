'use client';

import { useTranslations } from 'next-intl';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useFormats } from '@/components/words/use-formats';
import { EMPTY_FILTERS, type FilterKind } from '@/lib/url/filters';
import { useFilteredView } from '@/components/state/filtered-view';
import { useChoicesBeforeHydration } from '@/components/state/early-choices';
import styles from './filter-bar.module.css';

export function FilterBar() {
  const {
    view: { data, filters, filtered, factories },
    setFilters,
    toggle,
  } = useFilteredView();
  const t = useTranslations('filters');
  const tc = useTranslations('common');
  const fmt = useFormats();
  const sectorLabel = new Map(data.sectors.map((s) => [s.slug, s.label]));
  const countries = [...new Set(data.factories.flatMap((f) => [f.country, ...f.partnerCountries]))]
    .map((code) => ({ code, name: fmt.countryName(code) }))
    .sort((a, b) => fmt.compare(a.name, b.name));
  const usedSectors = data.sectors.filter((s) => data.factories.some((f) => f.sectors.includes(s.slug)));

  const chips: { kind: FilterKind; value: string | number; label: string }[] = [
    ...filters.waves.map((w) => ({ kind: 'waves' as const, value: w, label: tc('wave', { wave: w }) })),
    ...filters.countries.map((c) => ({ kind: 'countries' as const, value: c, label: fmt.countryName(c) })),
    ...filters.sectors.map((s) => ({ kind: 'sectors' as const, value: s, label: sectorLabel.get(s) ?? s })),
  ];

  return (
    <div className={styles.bar} role="search" aria-label={t('label')} data-print="hide">
      <div className={styles.controls}>
        <fieldset className={styles.waves}>
          <legend className={styles.legend}>{t('wave')}</legend>
          {data.waves.map((w) => (
            <button
              key={w.id}
              type="button"
              className={`control ${styles.toggle}`}
              aria-pressed={filters.waves.includes(w.id)}
              onClick={() => toggle('waves', w.id)}
            >
              {w.label} <span className={styles.when}>{fmt.month(w.selectedOn)}</span>
            </button>
          ))}
        </fieldset>
        <AddPicker
          label={t('country')}
          placeholder={t('addCountry')}
          options={countries.map((c) => ({ value: c.code, label: c.name }))}
          chosen={filters.countries}
          onAdd={(code) => toggle('countries', code, true)}
        />
        <AddPicker
          label={t('sector')}
          placeholder={t('addSector')}
          options={usedSectors.map((s) => ({ value: s.slug, label: s.label }))}
          chosen={filters.sectors}
          onAdd={(slug) => toggle('sectors', slug, true)}
        />
      </div>
      <div className={styles.status}>
        <p className={styles.count} role="status" aria-live="polite" data-testid="result-count">
          {filtered
            ? t('showingSome', { count: factories.length, total: data.factories.length })
            : t('showingAll', { count: factories.length })}
        </p>
        {chips.length > 0 && (
          <ul className={styles.chips} aria-label={t('active')}>
            {chips.map((chip) => (
              <li key={`${chip.kind}-${chip.value}`}>
                <button
                  type="button"
                  className={styles.chip}
                  aria-label={t('remove', { label: chip.label })}
                  onClick={() => toggle(chip.kind, chip.value as never)}
                >
                  {chip.label} <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        {filters.q && (
          <span className={styles.query}>
            {t('matching', { query: filters.q })}{' '}
            <button type="button" className={styles.chip} aria-label={t('clearSearch')} onClick={() => setFilters({ ...filters, q: '' })}>
              ×
            </button>
          </span>
        )}
        {filtered && (
          <button type="button" className={styles.reset} onClick={() => setFilters(EMPTY_FILTERS)}>
            {t('reset')}
          </button>
        )}
      </div>
    </div>
  );
}

interface AddPickerProps {
  label: string;
  placeholder: string;
  options: { value: string; label: string }[];
  chosen: string[];
  onAdd: (value: string) => void;
}

/** Keys that move a closed select's value in Chromium (and fire `change`): arrows, paging, typing a name. */
function browses(event: KeyboardEvent): boolean {
  if (event.altKey || event.key === ' ' || event.key === 'F4') return false; // these open the list; its change is a choice
  return event.key.length === 1 || /^(Arrow|Page)|^(Home|End)$/.test(event.key);
}

/**
 * A select that adds one value to a filter and resets itself; chosen values show as chips instead. A pick with the
 * mouse or from the open list applies at once; moving through the closed select with the keyboard only shows the
 * value reached, and Enter (or leaving the select) adds it, so a keyboard reader need not filter by every country
 * on the way.
 */
function AddPicker({ label, placeholder, options, chosen, onAdd }: AddPickerProps) {
  const select = useRef<HTMLSelectElement>(null);
  const keyed = useRef(false);
  const [reached, setReached] = useState('');
  const add = (value: string) => {
    keyed.current = false;
    setReached('');
    if (value) onAdd(value);
  };
  useChoicesBeforeHydration(select, (changed) => {
    for (const picked of changed) {
      const value = picked.value;
      picked.value = '';
      if (value) onAdd(value);
    }
  });
  return (
    <label className={styles.field}>
      <span className={styles.legend}>{label}</span>
      <select
        className="control"
        ref={select}
        value={reached}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && reached) {
            e.preventDefault();
            add(reached);
          } else keyed.current = browses(e);
        }}
        onPointerDown={() => (keyed.current = false)}
        onChange={(e) => (keyed.current ? setReached(e.target.value) : add(e.target.value))}
        onBlur={() => reached && add(reached)}
      >
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={chosen.includes(o.value)}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
