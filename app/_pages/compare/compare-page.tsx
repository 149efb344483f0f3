import { NextIntlClientProvider } from 'next-intl';
import { CompareIsland } from '@/components/compare/compare-island';
import { pickMessages } from '@/i18n/messages';
import { pageIntl } from '@/i18n/server';
import { compareDataset } from '@/lib/data/browser-dataset';
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
        <CompareIsland data={compareDataset(data)} />
      </NextIntlClientProvider>
    </article>
  );
}
