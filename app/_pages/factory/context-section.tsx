import Link from 'next/link';
import { EuropeMap } from '@/components/charts/europe-map';
import { countryAnchor, type MapOutline } from '@/lib/geo/europe';
import { cropAround } from '@/lib/views/factory-context';
import type { FactoryModel } from '@/lib/views/factory';
import type { MapMarker } from '@/lib/views/map-markers';
import type { FactoryWords } from './factory-words';
import styles from './factory.module.css';

interface Props {
  model: FactoryModel;
  map: { geometry: MapOutline; markers: MapMarker[] };
  words: FactoryWords;
}

/** The factory among the others: its place with its partners and antennas, its rank on money, its sector neighbours. */
export function ContextSection({ model: { factory, context }, map, words: { t, fmt, sectorLabel, href } }: Props) {
  const { roles, antennaIds, rank, neighbours } = context;
  const dots = map.markers.filter((m) => m.id === factory.id || antennaIds.includes(m.id));
  const anchors = factory.partnerCountries.flatMap((c) => { const p = countryAnchor(c); return p ? [p] : []; });
  const crop = cropAround([...dots.map((d) => [d.x, d.y] as const), ...anchors], map.geometry);
  return (
    <section aria-labelledby="context" className={styles.context}>
      <h2 id="context">{t('contextTitle')}</h2>
      <div className={styles.contextGrid}>
        <figure className={styles.map} style={{ aspectRatio: `${crop.width} / ${crop.height}` }}>
          <EuropeMap
            outline={map.geometry}
            roles={roles}
            dots={dots}
            label={t('mapLabel', { name: factory.name })}
            look="page"
            crop={crop}
            highlight={factory.id}
          />
          <figcaption className={styles.mapKey}>
            <span data-key="host">{t('keyHost')}</span> <span data-key="partner">{t('keyPartner')}</span>{' '}
            <span data-key="antenna">{t('keyAntenna')}</span>
          </figcaption>
        </figure>
        <div>
          <h3>{t('rankTitle')}</h3>
          <p data-testid="investment-rank">
            {rank.disclosed
              ? rank.tied > 1
                ? t('rankTied', { rank: rank.rank, of: rank.of, others: rank.tied - 1 })
                : t('rank', { rank: rank.rank, of: rank.of })
              : t('rankNone', { of: rank.of })}
          </p>
          <h3>{t('neighboursTitle')}</h3>
          {neighbours.length ? (
            <ul className={styles.neighbours}>
              {neighbours.map((n) => (
                <li key={n.id}>
                  <Link href={href(`/factories/${n.id}`)} prefetch={false}>
                    {n.name}
                  </Link>{' '}
                  <span className="muted">
                    ({t('neighbour', { count: n.shared.length })}: {fmt.list(n.shared.map((s) => fmt.quote(sectorLabel(s))))})
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('neighboursNone')}</p>
          )}
        </div>
      </div>
    </section>
  );
}
