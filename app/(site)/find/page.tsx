import type { Metadata } from 'next';
import { FinderIsland } from '@/components/finder/finder';
import { CAPITALS, COUNTRY_GROUPS } from '@/lib/capitals';
import { loadDataset } from '@/lib/dataset';
import { needsOf, type FinderAntenna, type FinderFactory } from '@/lib/finder';
import { countryName, formatDate } from '@/lib/format';
import styles from './find.module.css';

export const metadata: Metadata = {
  title: 'Which AI Factory is for me?',
  description:
    'A finder for SMEs, start-ups and researchers: pick your country and your sectors, and see the EU AI Factories ranked for you, with the reasons.',
};

export default function FindPage() {
  const data = loadDataset();
  // Only what the finder needs crosses to the browser: no sources, no funding.
  const factories: FinderFactory[] = data.factories.map((f) => ({
    id: f.id,
    name: f.name,
    acronym: f.acronym,
    city: f.city,
    country: f.country,
    location: f.location,
    partnerCountries: f.partnerCountries,
    sectors: f.sectors,
    services: f.services,
  }));
  const antennas: FinderAntenna[] = data.antennas.map((a) => ({ id: a.id, country: a.country, factoryIds: a.factoryIds }));
  const countryGroups = COUNTRY_GROUPS.map(({ group, label }) => ({
    label,
    countries: CAPITALS.filter((c) => c.group === group)
      .map((c) => ({ code: c.code, name: countryName(c.code) }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en')),
  }));

  return (
    <article className={`page ${styles.page}`}>
      <header className={styles.header}>
        <h1>Which AI Factory is for me?</h1>
        <p className={styles.lede}>
          AI Factories give European SMEs, start-ups and researchers computing time, training and support. Pick your
          country and your sectors: all {data.factories.length} factories are ranked for you, each with the reasons
          for its place.
        </p>
      </header>

      <FinderIsland
        factories={factories}
        antennas={antennas}
        sectors={data.sectors}
        needs={needsOf(data.factories)}
        countryGroups={countryGroups}
      />

      <section aria-labelledby="how-we-rank" className={styles.method}>
        <h2 id="how-we-rank">How we rank</h2>
        <p>Every factory is listed; none is filtered out. They are ordered by these questions, in turn:</p>
        <ol>
          <li>
            <strong>Does your country take part?</strong> A factory hosted in your country comes first, then one whose
            consortium your country is a partner in, then one that an AI Factory Antenna in your country links to.
          </li>
          <li>
            <strong>How many of your sectors does it cover?</strong> More matching sectors rank higher.
          </li>
          <li>
            <strong>Does it offer what you need?</strong> Only the services the public sources name are counted, so a
            factory may offer more than it shows here.
          </li>
          <li>
            <strong>How far is it?</strong> The great-circle distance from your country’s capital to the factory’s
            site, rounded to 10 km. Nearer ranks higher.
          </li>
          <li>Factories that are equal on all of these are listed by name.</li>
        </ol>
        <p>
          Without a country, the list is ordered by your sectors and need only, then by name. Countries outside the
          EU are included: several take part through a consortium or an antenna. Data as of <time dateTime={data.asOf}>{formatDate(data.asOf)}</time>.
        </p>
      </section>
    </article>
  );
}
