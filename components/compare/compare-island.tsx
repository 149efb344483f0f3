'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { CsvDownload } from '@/components/table/csv-download';
import { PrintLine } from '@/components/site/print-line';
import { SharePanel } from '@/components/site/share-panel';
import { useSearchString } from '@/components/state/location';
import { setSearch } from '@/components/state/url-state';
import { useFormats } from '@/components/words/use-formats';
import { useLocalePath } from '@/components/words/use-locale-path';
import { DEFAULT_LOCALE } from '@/lib/i18n/locales';
import type { Antenna, ChipTable, Factory, Sector } from '@/lib/data/schema';
import { embedCode } from '@/lib/url/embed';
import { compareCsvFileName, compareModel } from '@/lib/views/compare';
import { compareQuery, parseCompareIds } from '@/lib/url/compare';
import { CompareChooser } from './compare-chooser';
import { CompareTable } from './compare-table';
import styles from './compare.module.css';

export interface CompareData {
  asOf: string;
  factories: Factory[];
  antennas: Antenna[];
  /** In the page's language. */
  sectors: Sector[];
  /** For the machines' H100-equivalent estimate. */
  chips: ChipTable;
}

/**
 * The comparison the URL names (`?ids=a,b,c`). Pages are prerendered, so the server HTML holds the chooser and the
 * browser, reading the address, draws the model lib/views/compare.ts computes. `embed`: inside an iframe, no share
 * or chooser, the factory links open outside.
 */
export function CompareIsland({ data, embed = false }: { data: CompareData; embed?: boolean }) {
  const search = useSearchString();
  const t = useTranslations('compare');
  const e = useTranslations('embed');
  const fmt = useFormats();
  const href = useLocalePath();
  const locale = useLocale();
  const known = useMemo(() => data.factories.map((f) => f.id), [data.factories]);
  const ids = useMemo(() => parseCompareIds(new URLSearchParams(search), known), [search, known]);
  const model = useMemo(() => compareModel(data, ids), [data, ids]);
  const labels = useMemo(() => new Map(data.sectors.map((s) => [s.slug, s.label])), [data.sectors]);
  const sectorLabel = (slug: string) => labels.get(slug) ?? slug;
  const page = href(embed ? '/embed/compare' : '/compare');
  const link = (next: readonly string[]) => (next.length ? `${page}?${compareQuery(next)}` : page);
  const choose = (next: string[]) => setSearch(next.length ? compareQuery(next) : '');
  const prefix = locale === DEFAULT_LOCALE ? '' : `/${locale}`;

  // Keyed by the URL's choice: a new link (or the URL read after hydration) starts the ticks afresh.
  const chooser = <CompareChooser key={ids.join(',')} factories={data.factories} chosen={ids} action={page} onChange={choose} />;
  if (!model.enough)
    return (
      <div className={styles.island} data-compare="choose">
        <p className={styles.note} role="status">
          {ids.length ? t('tooFew') : t('pick')}
        </p>
        <noscript>
          <p className={styles.note}>{t('noscript')}</p>
        </noscript>
        {chooser}
      </div>
    );

  // Quoted: a label such as "Climate, environment & sustainability" holds commas of its own.
  const sharedNames = fmt.list(model.shared.map((s) => fmt.quote(sectorLabel(s))));
  return (
    <div className={styles.island} data-compare={model.ids.join(',')}>
      <p className={styles.note} role="status">
        {model.shared.length ? t('sharedSome', { count: model.shared.length, sectors: sharedNames }) : t('sharedNone')}{' '}
        {model.scale !== null ? t('scale', { amount: fmt.eur(model.scale) }) : t('noMoney')}
      </p>
      {!embed && (
        <div className={styles.toolbar} data-print="hide">
          <CsvDownload className={`control ${styles.button}`} csv={async () => (await import('@/lib/export/csv-columns')).factoriesCsv(model.columns.map((c) => c.factory), data.sectors)} fileName={compareCsvFileName(data.asOf, model.ids)}>
            {t('csv')}
          </CsvDownload>
          <SharePanel
            name="compare"
            label={t('title')}
            items={(theme) => {
              const origin = window.location.origin;
              return [
                { id: 'link', label: e('link'), text: `${origin}${link(model.ids)}`, done: e('linkCopied') },
                { id: 'compare', label: e('embedCode'), text: embedCode(origin, 'compare', { ids: model.ids }, { prefix, title: e('title_compare') }, theme), done: e('embedCopied', { title: e('title_compare') }) },
              ];
            }}
          />
        </div>
      )}
      <CompareTable model={model} sectorLabel={sectorLabel} without={(id) => link(model.ids.filter((x) => x !== id))} />
      {!embed && (
        <>
          <details className={styles.change} data-print="hide">
            <summary>{t('change')}</summary>
            {chooser}
          </details>
          {/* The printout names the comparison it shows: the parsed ids, never the raw query. */}
          <PrintLine asOf={fmt.date(data.asOf)} query={`?${compareQuery(model.ids)}`} />
        </>
      )}
    </div>
  );
}
