import { SourceList } from '@/components/site/source-list';
import { StaticHtml } from '@/components/site/static-html';
import { pageIntl } from '@/i18n/server';
import { loadDataset } from '@/lib/data/dataset';
import { DEFAULT_LOCALE, type PageLocale } from '@/lib/i18n/locales';
import { datasetCitation } from '@/lib/export/citation';
import { datasetJsonLd, inlineJson } from '@/lib/export/open-data';
import type { Source } from '@/lib/data/schema';
import { DATA_LICENCE, siteOrigin } from '@/lib/site/site';
import { pageMetadata } from '../page-metadata';
import styles from './about.module.css';
import { ChangesList } from './changes-list';
import { GigafactoryStatus } from './gigafactory-status';
import { H100Method } from './h100-method';

export async function aboutMetadata(locale: PageLocale) {
  const { t } = await pageIntl(locale, 'meta');
  const metadata = await pageMetadata(locale, '/about', { title: t('aboutTitle'), description: t('aboutDescription') });
  // Feed readers find the change log from this page.
  return { ...metadata, alternates: { ...metadata.alternates, types: { 'application/atom+xml': `${siteOrigin()}/data/changes.xml` } } };
}

// The field names are the data's own (one English schema in every language); their explanations are translated.
const FIELDS: [string, string][] = [
  ['id', 'field_id'],
  ['name, acronym', 'field_name'],
  ['host, city, country', 'field_host'],
  ['location', 'field_location'],
  ['wave, selectedOn', 'field_wave'],
  ['partnerCountries', 'field_partners'],
  ['sectors', 'field_sectors'],
  ['supercomputer', 'field_supercomputer'],
  ['funding.totalEur, euEur, nationalEur', 'field_funding'],
  ['services', 'field_services'],
  ['url, sources', 'field_sources'],
  ['events', 'field_events'],
  ['cite', 'field_cite'],
  ['checkedOn', 'field_checked'],
  ['access', 'field_access'],
  ['machines', 'field_machines'],
  ['serving', 'field_serving'],
  ['urlKind', 'field_urlKind'],
];

export async function AboutPage({ locale }: { locale: PageLocale }) {
  const { t, fmt } = await pageIntl(locale, 'about');
  const data = loadDataset();
  const sources = new Map<string, Source>();
  for (const record of [data.programme, ...data.waves, ...data.factories, ...data.antennas])
    for (const s of record.sources) if (!sources.has(s.url)) sources.set(s.url, s);
  for (const e of data.gigafactories.events) if (!sources.has(e.source.url)) sources.set(e.source.url, e.source);
  const programmeSource = data.programme.sources[0];
  const citation = datasetCitation(data.asOf, siteOrigin());

  return (
    <article className={`page ${styles.page}`}>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: inlineJson(datasetJsonLd(data, siteOrigin())) }} />
      <h1>{t('title')}</h1>
      <p className={styles.lede}>
        {t.rich('lede', {
          date: () => <time dateTime={data.asOf}>{fmt.date(data.asOf)}</time>,
          factories: fmt.number(data.factories.length),
          waves: fmt.number(data.waves.length),
          antennas: fmt.number(data.antennas.length),
        })}
      </p>

      <section aria-labelledby="method">
        <h2 id="method">{t('method')}</h2>
        <p>{t('method1')}</p>
        <p>{t('method2')}</p>
        <p>
          {t.rich('headline', {
            amount: fmt.announced(data.programme.committedEur, data.programme.committedMinEur ?? null),
            date: () => <time dateTime={data.programme.statedOn}>{fmt.date(data.programme.statedOn)}</time>,
            source: (chunks) => (programmeSource ? <a href={programmeSource.url}>{chunks}</a> : chunks),
          })}
        </p>
      </section>

      <H100Method chips={data.chips} t={t} fmt={fmt} />

      <section aria-labelledby="gigafactories">
        <h2 id="gigafactories">{t('gigaTitle')}</h2>
        <GigafactoryStatus locale={locale} gigafactories={data.gigafactories} />
      </section>

      <section aria-labelledby="languages">
        <h2 id="languages">{t('languages')}</h2>
        <p>{t('languagesText')}</p>
      </section>

      <section aria-labelledby="download">
        <h2 id="download">{t('download')}</h2>
        <ul>
          <li>
            <a href="/data/ai-factories.csv" download>ai-factories.csv</a> — {t('downloadFactories')}
          </li>
          <li>
            <a href="/data/ai-factory-antennas.csv" download>ai-factory-antennas.csv</a> — {t('downloadAntennas')}
          </li>
          <li>
            <a href="/data/ai-factories.json" download>ai-factories.json</a> — {t('downloadJson')}
          </li>
          <li>
            <a href="/data/datapackage.json">datapackage.json</a> — {t('downloadPackage')}
          </li>
          <li>
            <a href="/data/changes.xml">changes.xml</a> — {t('downloadChanges')}
          </li>
        </ul>
        <p>
          {t.rich('licence', {
            licence: () => (
              <a href={DATA_LICENCE.url} rel="license" lang="en">
                {DATA_LICENCE.title} ({DATA_LICENCE.id})
              </a>
            ),
          })}
        </p>
      </section>

      <section aria-labelledby="cite">
        <h2 id="cite">{t('citeTitle')}</h2>
        <p>{t('citeText')}</p>
        {/* The citation as a reference list takes it: the dataset's English title and a style's English words. */}
        <p className={styles.citation} data-testid="citation-text" lang="en">
          {citation.text}
        </p>
        <h3 id="bibtex">{t('citeBibtex')}</h3>
        <pre className={styles.bibtex} role="region" aria-labelledby="bibtex" tabIndex={0} data-testid="citation-bibtex">
          <code>{citation.bibtex}</code>
        </pre>
      </section>

      <section aria-labelledby="fields">
        <h2 id="fields">{t('fields')}</h2>
        <dl className={styles.fields}>
          {FIELDS.map(([name, key]) => (
            <div key={name}>
              <dt>
                <code>{name}</code>
              </dt>
              <dd>{t(key)}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="update">
        <h2 id="update">{t('update')}</h2>
        <p>{t.rich('update1', { code: (chunks) => <code>{chunks}</code> })}</p>
      </section>

      <section aria-labelledby="changes">
        <h2 id="changes">{t('changes')}</h2>
        {locale !== DEFAULT_LOCALE && <p className="muted">{t('changesInEnglish')}</p>}
        <StaticHtml>
          <ChangesList locale={locale} changes={data.changes} factoryIds={new Set(data.factories.map((f) => f.id))} />
        </StaticHtml>
      </section>

      <section aria-labelledby="sources">
        <h2 id="sources">{t('sources', { count: sources.size })}</h2>
        <StaticHtml>
          <SourceList sources={[...sources.values()]} className={styles.sources} />
        </StaticHtml>
      </section>
    </article>
  );
}
