import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { PrintLine } from '@/components/site/print-line';
import { pickMessages } from '@/i18n/messages';
import { pageIntl } from '@/i18n/server';
import { loadDataset } from '@/lib/data/dataset';
import type { PageLocale } from '@/lib/i18n/locales';
import { placeName } from '@/lib/i18n/place-names';
import { factoryModel } from '@/lib/views/factory';
import { pageMetadata } from '../page-metadata';
import { siteMap } from '../site-map';
import { AccessSection } from './access-section';
import { CompareWith } from './compare-with';
import { ContextSection } from './context-section';
import { FactoryHeader } from './factory-header';
import { factoryWords } from './factory-words';
import { ComputeSection } from './compute-section';
import { FactsSection, MachineSection } from './facts-sections';
import { PlansSection } from './plans-section';
import { AntennasSection, DisputesSection, SourcesSection } from './record-sections';
import styles from './factory.module.css';

export function factoryParams() {
  return loadDataset().factories.map((f) => ({ id: f.id }));
}

export async function factoryMetadata(locale: PageLocale, id: string): Promise<Metadata> {
  const factory = loadDataset().factories.find((f) => f.id === id);
  if (!factory) return {};
  const { t, fmt } = await pageIntl(locale, 'meta');
  return pageMetadata(locale, `/factories/${factory.id}`, {
    title: factory.name,
    description: t('factoryDescription', { name: factory.name, host: factory.host, city: placeName(factory.city, locale), country: fmt.countryName(factory.country) }),
  });
}

/** One factory's page: sections that draw its model (lib/views/factory.ts), in the page's language. */
export async function FactoryPage({ locale, id }: { locale: PageLocale; id: string }) {
  const records = loadDataset();
  // Cities as the page's language names them (lib/i18n/place-names.ts), for the page's model and its map.
  const data = { ...records, factories: records.factories.map((f) => ({ ...f, city: placeName(f.city, locale) })) };
  const model = factoryModel(data, id);
  if (!model) notFound();
  const words = await factoryWords(locale, data.sectors);
  const map = await siteMap(locale, data);

  return (
    <article className={`page ${styles.page}`}>
      <FactoryHeader model={model} asOf={data.asOf} words={words} />
      <div className={styles.grid}>
        <FactsSection model={model} words={words} />
        <MachineSection model={model} words={words} />
      </div>
      <ComputeSection model={model} words={words} />
      <PlansSection model={model} words={words} locale={locale} />
      <AccessSection access={model.access} programme={data.programme} t={words.access} refLabel={words.reference} />
      <AntennasSection model={model} words={words} />
      <ContextSection model={model} map={map} words={words} />
      <CompareWith factory={model.factory} factories={data.factories} t={words.compare} fmt={words.fmt} href={words.href} />
      <DisputesSection model={model} words={words} />
      <SourcesSection model={model} asOf={data.asOf} words={words} />
      <NextIntlClientProvider locale={locale} messages={pickMessages(locale, ['print'])}>
        <PrintLine asOf={words.fmt.date(data.asOf)} />
      </NextIntlClientProvider>
    </article>
  );
}
