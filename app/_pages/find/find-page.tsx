import { NextIntlClientProvider } from 'next-intl';
import { FinderIsland } from '@/components/finder/finder';
import { pickMessages } from '@/i18n/messages';
import { pageIntl } from '@/i18n/server';
import { fullStop } from '@/lib/i18n/full-stop';
import { CAPITALS, COUNTRY_GROUPS, type CountryGroup } from '@/lib/geo/capitals';
import { loadDataset } from '@/lib/data/dataset';
import { placeName } from '@/lib/i18n/place-names';
import { finderDataset } from '@/lib/data/browser-dataset';
import { needsOf } from '@/lib/views/finder';
import type { PageLocale } from '@/lib/i18n/locales';
import { localizeSectors } from '@/lib/data/localize';
import { pageMetadata } from '../page-metadata';
import styles from './find.module.css';

const GROUP_KEY: Record<CountryGroup, string> = { eu: 'groupEu', 'eea-efta': 'groupEfta', other: 'groupOther' };

export async function findMetadata(locale: PageLocale) {
  const { t } = await pageIntl(locale, 'meta');
  return pageMetadata(locale, '/find', { title: t('findTitle'), description: t('findDescription') });
}

export async function FindPage({ locale }: { locale: PageLocale }) {
  const { t, fmt } = await pageIntl(locale, 'find');
  const services = await pageIntl(locale, 'services');
  const data = loadDataset();
  const finder = finderDataset(data);
  const factories = finder.factories.map((f) => ({ ...f, city: placeName(f.city, locale) }));
  const { antennas } = finder;
  const countryGroups = COUNTRY_GROUPS.map(({ group }) => ({
    label: t(GROUP_KEY[group]),
    countries: CAPITALS.filter((c) => c.group === group)
      .map((c) => ({ code: c.code, name: fmt.countryName(c.code), capital: placeName(c.city, locale) }))
      .sort((a, b) => fmt.compare(a.name, b.name)),
  }));
  // A need's label in the page's language where the messages know the service; else as the data spells it.
  const needs = needsOf(data.factories).map((n) => {
    const label = services.t.has(n.slug) ? services.t(n.slug) : n.label;
    return { ...n, term: label, label: label.charAt(0).toUpperCase() + label.slice(1) };
  });

  return (
    <article className={`page ${styles.page}`}>
      <header className={styles.header}>
        <h1>{t('title')}</h1>
        <p className={styles.lede}>{t('lede', { count: data.factories.length })}</p>
      </header>

      <NextIntlClientProvider locale={locale} messages={pickMessages(locale, ['format', 'finder', 'access'])}>
        <FinderIsland
          factories={factories}
          antennas={antennas}
          sectors={localizeSectors(data.sectors, locale)}
          needs={needs}
          countryGroups={countryGroups}
          asOf={data.asOf}
          programmeAccess={data.programme.access.map(({ url }) => url)}
        />
      </NextIntlClientProvider>

      <section aria-labelledby="how-we-rank" className={styles.method}>
        <h2 id="how-we-rank">{t('howTitle')}</h2>
        <p>{t('howIntro')}</p>
        <ol>
          {(['1', '2', '3', '4'] as const).map((n) => (
            <li key={n}>
              <strong>{t(`q${n}`)}</strong> {t(`a${n}`)}
            </li>
          ))}
          <li>{t('q5')}</li>
        </ol>
        <p>
          {t('without')} <time dateTime={data.asOf}>{fmt.date(data.asOf)}</time>
          {fullStop(fmt.date(data.asOf))}
        </p>
      </section>
    </article>
  );
}
