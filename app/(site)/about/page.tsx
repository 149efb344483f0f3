import type { Metadata } from 'next';
import { SourceList } from '@/components/site/source-list';
import { loadDataset } from '@/lib/dataset';
import { formatAnnounced, formatDate } from '@/lib/format';
import { datasetJsonLd, inlineJson } from '@/lib/open-data';
import type { Source } from '@/lib/schema';
import { DATA_LICENCE, siteOrigin } from '@/lib/site';
import styles from './about.module.css';
import { ChangesList } from './changes-list';
import { GigafactoryStatus } from './gigafactory-status';

export const metadata: Metadata = {
  title: 'About the data',
  description: 'How the EU AI Factories dataset is compiled: method, field dictionary, sources and how to update it.',
  // Feed readers find the change log from this page.
  alternates: { types: { 'application/atom+xml': `${siteOrigin()}/data/changes.xml` } },
};

const FIELDS: [string, string][] = [
  ['id', 'Stable slug of the factory, used in its page address.'],
  ['name, acronym', 'Official name and short name as announced.'],
  ['host, city, country', 'Hosting organisation, its city, and the host country as an ISO 3166-1 alpha-2 code.'],
  ['location', 'Latitude and longitude of the host site, for the map and distances.'],
  ['wave, selectedOn', 'The selection round and the date the EuroHPC Joint Undertaking announced it.'],
  ['partnerCountries', 'Countries in the factory’s consortium other than the host (ISO codes).'],
  ['sectors', 'Focus sectors, mapped onto one controlled list of slugs (data/sectors.json).'],
  ['supercomputer', 'The AI-optimised system: name, whether it is new or an upgrade, and when it enters operation where announced.'],
  ['funding.totalEur, euEur, nationalEur', 'Announced investment in whole euros: total, EU and national parts. Empty (null) means not disclosed — never zero.'],
  ['services', 'Services the sources name (computing time, training, start-up support, …).'],
  ['url, sources', 'The factory’s official site and every page the record’s facts come from.'],
];

export default function AboutPage() {
  const data = loadDataset();
  const sources = new Map<string, Source>();
  for (const record of [data.programme, ...data.waves, ...data.factories, ...data.antennas])
    for (const s of record.sources) if (!sources.has(s.url)) sources.set(s.url, s);
  for (const e of data.gigafactories.events) if (!sources.has(e.source.url)) sources.set(e.source.url, e.source);
  const programmeSource = data.programme.sources[0];

  return (
    <article className={`page ${styles.page}`}>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: inlineJson(datasetJsonLd(data, siteOrigin())) }} />
      <h1>About the data</h1>
      <p className={styles.lede}>
        This dashboard tracks the EuroHPC Joint Undertaking’s AI Factories and AI Factory Antennas. Data as of{' '}
        <time dateTime={data.asOf}>{formatDate(data.asOf)}</time>: {data.factories.length} AI Factories in{' '}
        {data.waves.length} selection waves and {data.antennas.length} antennas.
      </p>

      <section aria-labelledby="method">
        <h2 id="method">Method</h2>
        <p>
          Every record was compiled by hand from public announcements — EuroHPC Joint Undertaking and European
          Commission press releases, the host centres’ own pages and news reports quoting them — and every record keeps
          the links it comes from. A figure that no source gives stays empty and the dashboard says “not disclosed”;
          nothing is estimated. Where sources disagree, the most authoritative one is used and the disagreement is noted
          in the dataset’s README.
        </p>
        <p>
          Money is the investment announced at selection (EU and national contributions together unless split), in
          euros, not what has been spent. A country “takes part” in a factory when it hosts it or is named in its
          consortium; filtering by a country matches both.
        </p>
        <p>
          The headline figure on the dashboard is the commitment stated for the whole programme:{' '}
          {formatAnnounced(data.programme.committedEur, data.programme.committedMinEur ?? null)} from the EU and the
          participating states to the AI Factories and Antennas (European Commission,{' '}
          <time dateTime={data.programme.statedOn}>{formatDate(data.programme.statedOn)}</time>
          {programmeSource && (
            <>
              ; <a href={programmeSource.url}>source</a>
            </>
          )}
          ). With only a wave filter it is the total announced for that wave. With any other filter it is the sum of the
          totals disclosed for the factories shown, labelled as such: that sum is never the programme total, because
          several factories have not disclosed theirs.
        </p>
      </section>

      <section aria-labelledby="gigafactories">
        <h2 id="gigafactories">What about the AI Gigafactories?</h2>
        <GigafactoryStatus gigafactories={data.gigafactories} />
      </section>

      <section aria-labelledby="download">
        <h2 id="download">Download</h2>
        <ul>
          <li>
            <a href="/data/ai-factories.csv" download>ai-factories.csv</a> — one row per factory (UTF-8, opens in Excel,
            LibreOffice and pandas)
          </li>
          <li>
            <a href="/data/ai-factory-antennas.csv" download>ai-factory-antennas.csv</a> — one row per antenna
          </li>
          <li>
            <a href="/data/ai-factories.json" download>ai-factories.json</a> — the whole dataset as validated
          </li>
          <li>
            <a href="/data/datapackage.json">datapackage.json</a> — a Frictionless Data Package describing the three
            files, with a table schema for each CSV
          </li>
          <li>
            <a href="/data/changes.xml">changes.xml</a> — the changes to the data as an Atom feed, to subscribe to
          </li>
        </ul>
        <p>
          The data is licensed under{' '}
          <a href={DATA_LICENCE.url} rel="license">
            {DATA_LICENCE.title} ({DATA_LICENCE.id})
          </a>
          : reuse it freely, naming “EU AI Factories dashboard” and linking here. The code is MIT-licensed.
        </p>
      </section>

      <section aria-labelledby="fields">
        <h2 id="fields">Fields</h2>
        <dl className={styles.fields}>
          {FIELDS.map(([name, text]) => (
            <div key={name}>
              <dt>
                <code>{name}</code>
              </dt>
              <dd>{text}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="update">
        <h2 id="update">Updating the data</h2>
        <p>
          The data lives in <code>data/ai-factories.json</code>. Add or correct a record with its source links, then run{' '}
          <code>npm test</code>: a bad record fails the build with a message that names it and its field. To build from
          another file of the same schema, run <code>FACTORIES_DATA=path/to/file.json npm run build</code>.
        </p>
      </section>

      <section aria-labelledby="changes">
        <h2 id="changes">Changes to the data</h2>
        <ChangesList changes={data.changes} factoryIds={new Set(data.factories.map((f) => f.id))} />
      </section>

      <section aria-labelledby="sources">
        <h2 id="sources">Sources ({sources.size})</h2>
        <SourceList sources={[...sources.values()]} className={styles.sources} />
      </section>
    </article>
  );
}
