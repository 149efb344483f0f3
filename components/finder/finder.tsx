'use client';

import { useTranslations } from 'next-intl';
import { useMemo, useRef } from 'react';
import { useLocalePath } from '@/components/words/use-locale-path';
import {
  parseFinderQuery,
  rankFactories,
  serializeFinderQuery,
  type FinderQuery,
  WHEN,
  type Need,
} from '@/lib/views/finder';
import type { FinderAntenna, FinderFactory } from '@/lib/data/browser-dataset';
import type { Sector } from '@/lib/data/schema';
import { useChoicesBeforeHydration } from '@/components/state/early-choices';
import { FinderResults } from './finder-results';
import { useSearchString } from '@/components/state/location';
import { currentParams, setSearch } from '@/components/state/url-state';
import styles from './finder.module.css';

interface CountryGroupOption {
  label: string;
  /** Each country with its name and its capital's, in the page's language. */
  countries: { code: string; name: string; capital: string }[];
}

interface Props {
  factories: FinderFactory[];
  antennas: FinderAntenna[];
  sectors: Sector[];
  needs: Need[];
  countryGroups: CountryGroupOption[];
  /** The programme-wide access routes (EuroHPC's calls), offered under every result. */
  programmeAccess: string[];
  /** The data's date: "within a year" counts from it, not from the reader's clock. */
  asOf: string;
}

/** The form and the ranked list. The state is the URL: /find?country=PT&sector=health&need=training. */
export function FinderIsland({ factories, antennas, sectors, needs, countryGroups, programmeAccess, asOf }: Props) {
  const search = useSearchString();
  const t = useTranslations('finder');
  const href = useLocalePath();
  const domain = useMemo(() => ({ sectors: sectors.map((s) => s.slug), needs: needs.map((n) => n.slug) }), [sectors, needs]);
  const query = useMemo(() => parseFinderQuery(new URLSearchParams(search), domain), [search, domain]);
  const ranked = useMemo(() => rankFactories(factories, antennas, query, asOf), [factories, antennas, query, asOf]);
  const capitals = useMemo(() => Object.fromEntries(countryGroups.flatMap((g) => g.countries.map((c) => [c.code, c.capital]))), [countryGroups]);
  const update = (change: (now: FinderQuery) => Partial<FinderQuery>) => {
    const now = parseFinderQuery(currentParams(), domain);
    setSearch(serializeFinderQuery({ ...now, ...change(now) }));
  };
  // Keep the controlled list's order so that one choice always makes one URL.
  const withSector = (chosen: string[], slug: string, on: boolean) =>
    domain.sectors.filter((s) => (s === slug ? on : chosen.includes(s)));

  const form = useRef<HTMLFormElement>(null);
  // Every early choice in one change: one history entry, one re-rank.
  useChoicesBeforeHydration(form, (changed) =>
    update((now) =>
      changed.reduce<FinderQuery>((query, control) => {
        if (control instanceof HTMLInputElement && control.name === 'sector')
          return { ...query, sectors: withSector(query.sectors, control.value, control.checked) };
        if (control.name === 'country' || control.name === 'need') return { ...query, [control.name]: control.value || null };
        if (control.name === 'when') return { ...query, when: WHEN.find((w) => w === control.value) ?? null };
        return query;
      }, now),
    ),
  );

  return (
    <div className={styles.layout}>
      <a href="#finder-results" className={styles.jump}>
        {t('jump', { count: ranked.length })}
      </a>
      <form
        ref={form}
        method="get"
        action={href('/find')}
        className={styles.form}
        aria-label={t('form')}
        onSubmit={(event) => {
          // With JavaScript the list is already up to date: keep the page, just settle the URL.
          event.preventDefault();
          setSearch(serializeFinderQuery(query), { replace: true });
        }}
      >
        <div className={styles.field}>
          <label htmlFor="finder-country" className={styles.label}>
            {t('country')}
          </label>
          <select
            id="finder-country"
            name="country"
            className={styles.select}
            value={query.country ?? ''}
            onChange={(e) => update(() => ({ country: e.target.value || null }))}
          >
            <option value="">{t('chooseCountry')}</option>
            {countryGroups.map((group) => (
              <optgroup key={group.label} label={group.label}>
                {group.countries.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>

        <fieldset className={styles.sectors}>
          <legend className={styles.label}>{t('sectors')}</legend>
          <p className={styles.hint}>{t('sectorsHint')}</p>
          <ul>
            {sectors.map((s) => (
              <li key={s.slug}>
                <label className={styles.check}>
                  <input
                    type="checkbox"
                    name="sector"
                    value={s.slug}
                    checked={query.sectors.includes(s.slug)}
                    onChange={(e) => update((now) => ({ sectors: withSector(now.sectors, s.slug, e.target.checked) }))}
                  />
                  <span>{s.label}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>

        <div className={styles.field}>
          <label htmlFor="finder-need" className={styles.label}>
            {t('need')} <span className={styles.optional}>{t('optional')}</span>
          </label>
          <select
            id="finder-need"
            name="need"
            className={styles.select}
            value={query.need ?? ''}
            onChange={(e) => update(() => ({ need: e.target.value || null }))}
          >
            <option value="">{t('anything')}</option>
            {needs.map((n) => (
              <option key={n.slug} value={n.slug}>
                {n.label}
              </option>
            ))}
          </select>
        </div>

        <div className={styles.field}>
          <label htmlFor="finder-when" className={styles.label}>
            {t('when')} <span className={styles.optional}>{t('optional')}</span>
          </label>
          <select
            id="finder-when"
            name="when"
            className={styles.select}
            value={query.when ?? ''}
            onChange={(e) => update(() => ({ when: WHEN.find((w) => w === e.target.value) ?? null }))}
          >
            <option value="">{t('whenAny')}</option>
            {WHEN.map((w) => (
              <option key={w} value={w}>
                {t(`when_${w}`)}
              </option>
            ))}
          </select>
        </div>

        <div className={styles.actions}>
          <button type="submit" className={styles.submit}>
            {t('submit')}
          </button>
          <a
            href={href('/find')}
            className={styles.reset}
            onClick={(e) => {
              e.preventDefault();
              setSearch('');
            }}
          >
            {t('reset')}
          </a>
        </div>
      </form>

      <FinderResults ranked={ranked} query={query} sectors={sectors} needs={needs} capitals={capitals} antennas={antennas} programmeAccess={programmeAccess} />
    </div>
  );
}
