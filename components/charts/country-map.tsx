'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { countryRoleMap, type CountryRole } from '@/lib/aggregate';
import type { MapGeometry } from '@/lib/geo';
import type { MapMarker } from '@/lib/map-markers';
import { useDashboard } from '@/components/dashboard/dashboard-context';
import { useFormats } from '@/components/site/use-formats';
import { useLocalePath } from '@/components/site/use-locale-path';
import { Legend } from './legend';
import styles from './country-map.module.css';

const ROLE_KEY: Record<CountryRole, string> = { host: 'roleHost', partner: 'rolePartner', antenna: 'roleAntenna' };

interface Props {
  geometry: MapGeometry;
  markers: MapMarker[];
}

/** The map: paths and points come from the server; the browser only colours them and places the markers. */
export function CountryMap({ geometry, markers }: Props) {
  const { data, factories, antennas, filters, toggle } = useDashboard();
  const t = useTranslations('map');
  const fmt = useFormats();
  const href = useLocalePath();
  const roles = countryRoleMap(factories, antennas);
  // Any country that takes part anywhere can be clicked, even when the current view leaves it uncoloured.
  const clickable = countryRoleMap(data.factories, data.antennas);
  const shownFactories = new Set(factories.map((f) => f.id));
  const shownAntennas = new Set(antennas.map((a) => a.id));
  const visible = markers.filter((m) => (m.kind === 'factory' ? shownFactories : shownAntennas).has(m.id));
  const { width, height } = geometry;

  const onMapClick = (event: React.MouseEvent<SVGSVGElement>) => {
    const code = (event.target as Element).getAttribute('data-country');
    if (code && clickable[code]) toggle('countries', code);
  };

  return (
    <figure className={styles.figure}>
      <Legend
        items={[
          { label: t('legendHost'), color: 'var(--c-host)' },
          { label: t('legendPartner'), color: 'var(--c-partner)' },
          { label: t('legendAntenna'), color: 'var(--c-antenna)' },
          { label: t('legendFactory'), color: 'var(--surface)', shape: 'dot' },
          { label: t('legendAntennaSite'), color: 'var(--c-antenna)', shape: 'ring' },
        ]}
      />
      <div className={styles.frame} style={{ aspectRatio: `${width} / ${height}` }}>
        <svg
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-label={t('label', {
            hosts: Object.values(roles).filter((r) => r === 'host').length,
            partners: Object.values(roles).filter((r) => r === 'partner').length,
            antennas: Object.values(roles).filter((r) => r === 'antenna').length,
          })}
          className={styles.map}
          onClick={onMapClick}
          data-testid="country-map"
        >
          <rect width={width} height={height} className={styles.sea} />
          {geometry.countries.map((c, i) => {
            const role = c.code ? roles[c.code] : undefined;
            const selected = c.code !== null && filters.countries.includes(c.code);
            return (
              <path
                key={`${c.code ?? c.name}-${i}`}
                d={c.d}
                data-country={c.code ?? undefined}
                data-role={role}
                className={`${styles.country} ${role ? styles[role] : ''} ${c.code && clickable[c.code] ? styles.clickable : ''} ${selected ? styles.selected : ''}`}
              >
                {c.code && <title>{`${fmt.countryName(c.code)}${role ? `: ${t(ROLE_KEY[role])}` : ''}`}</title>}
              </path>
            );
          })}
          {visible.map((m) =>
            m.kind === 'factory' ? (
              <circle key={m.id} cx={m.x} cy={m.y} r={7} className={styles.factoryDot} />
            ) : (
              <rect key={m.id} x={m.x - 5.5} y={m.y - 5.5} width={11} height={11} transform={`rotate(45 ${m.x} ${m.y})`} className={styles.antennaDot} />
            ),
          )}
        </svg>
        {visible.map((m) => {
          const style = { left: `${(m.x / width) * 100}%`, top: `${(m.y / height) * 100}%` };
          // Keep the tooltip inside the map near its edges.
          const place = [m.y / height < 0.2 ? styles.below : '', m.x / width < 0.25 ? styles.start : m.x / width > 0.75 ? styles.end : '']
            .filter(Boolean)
            .join(' ');
          const tip = (
            <span role="tooltip" className={`${styles.tip} ${place}`}>
              <strong>{m.label}</strong>
              <span>{m.detail}</span>
              {m.approximate && <span className={styles.approx}>{t('approximate')}</span>}
            </span>
          );
          return m.kind === 'factory' ? (
            <Link key={m.id} href={href(`/factories/${m.id}`)} prefetch={false} className={styles.hit} style={style} aria-label={m.label} data-marker={m.id}>
              {tip}
            </Link>
          ) : (
            <button
              key={m.id}
              type="button"
              className={styles.hit}
              style={style}
              aria-label={m.label}
              aria-pressed={filters.countries.includes(m.country)}
              data-marker={m.id}
              onClick={() => toggle('countries', m.country)}
            >
              {tip}
            </button>
          );
        })}
      </div>
      <figcaption className={styles.caption}>
        {t('caption')}
      </figcaption>
    </figure>
  );
}
