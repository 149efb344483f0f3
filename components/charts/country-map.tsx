'use client';

import Link from 'next/link';
import { countryRoleMap, type CountryRole } from '@/lib/aggregate';
import { countryName } from '@/lib/format';
import type { MapGeometry } from '@/lib/geo';
import type { MapMarker } from '@/lib/map-markers';
import { useDashboard } from '@/components/dashboard/dashboard-context';
import { Legend } from './legend';
import styles from './country-map.module.css';

const ROLE_LABEL: Record<CountryRole, string> = {
  host: 'hosts an AI Factory',
  partner: 'partner in a factory’s consortium',
  antenna: 'hosts an AI Factory Antenna',
};

interface Props {
  geometry: MapGeometry;
  markers: MapMarker[];
}

/** The map: paths and points come from the server; the browser only colours them and places the markers. */
export function CountryMap({ geometry, markers }: Props) {
  const { data, factories, antennas, filters, toggle } = useDashboard();
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
          { label: 'Host country', color: 'var(--c-host)' },
          { label: 'Consortium partner', color: 'var(--c-partner)' },
          { label: 'Antenna country', color: 'var(--c-antenna)' },
          { label: 'AI Factory', color: 'var(--surface)', shape: 'dot' },
          { label: 'AI Factory Antenna', color: 'var(--c-antenna)', shape: 'ring' },
        ]}
      />
      <div className={styles.frame} style={{ aspectRatio: `${width} / ${height}` }}>
        <svg
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-label={`Map of Europe: ${Object.values(roles).filter((r) => r === 'host').length} host countries, ${Object.values(roles).filter((r) => r === 'partner').length} partner countries and ${Object.values(roles).filter((r) => r === 'antenna').length} antenna countries`}
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
                {c.code && <title>{`${countryName(c.code)}${role ? `: ${ROLE_LABEL[role]}` : ''}`}</title>}
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
              {m.approximate && <span className={styles.approx}>Site not published: shown at the country’s centre</span>}
            </span>
          );
          return m.kind === 'factory' ? (
            <Link key={m.id} href={`/factories/${m.id}`} prefetch={false} className={styles.hit} style={style} aria-label={m.label} data-marker={m.id}>
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
        Click a coloured country to filter by it. Markers link to each factory; antenna markers filter by their country.
      </figcaption>
    </figure>
  );
}
