import { NextIntlClientProvider } from 'next-intl';
import { CompareIsland, type CompareData } from '@/components/compare/compare-island';
import { pickMessages } from '@/i18n/messages';
import { pageIntl } from '@/i18n/server';
import type { Dataset } from '@/lib/data/schema';
import type { PageLocale } from '@/lib/i18n/locales';
import { localizedDataset } from '../localized-dataset';
import { pageMetadata } from '../page-metadata';
import styles from './compare.module.css';

/** What the comparison's island says, in the page's language only. */
const COMPARE_NAMESPACES = ['format', 'compare', 'factory', 'status', 'common', 'embed', 'compute'];

export async function compareMetadata(locale: PageLocale) {
  const { t } = await pageIntl(locale, 'meta');
  return pageMetadata(locale, '/compare', { title: t('compareTitle'), description: t('compareDescription') });
}

/**
 * What the comparison needs of the dataset: the factories with their source titles (the table lists them), without
 * the citations, access routes and disputes the factory pages show; the chip table for the machines' estimate.
 */
export function compareData(data: Dataset): CompareData {
  return {
    asOf: data.asOf,
    factories: data.factories.map((f) => ({ ...f, cite: {}, access: [], disputes: undefined })),
    antennas: data.antennas.map((a) => ({ ...a, sources: [] })),
    sectors: data.sectors,
    // The estimate needs only the chips' figures: their sources are on /about.
    chips: { ...data.chips, method: '', methodSources: [], chips: data.chips.chips.map((c) => ({ ...c, sources: [] })) },
  };
}

/** `/compare?ids=a,b,c`: prerendered with the chooser; the browser reads the ids and draws the comparison. */
export async function ComparePage({ locale }: { locale: PageLocale }) {
  const { t } = await pageIntl(locale, 'compare');
  const data = await localizedDataset(locale);
  return (
    <article className={`page ${styles.page}`}>
      <header className={styles.header}>
        <h1>{t('title')}</h1>
        <p className={styles.lede}>{t('lede')}</p>
      </header>
      <NextIntlClientProvider locale={locale} messages={pickMessages(locale, [...COMPARE_NAMESPACES, 'print'])}>
        <CompareIsland data={compareData(data)} />
      </NextIntlClientProvider>
    </article>
  );
}
