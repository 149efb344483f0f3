'use client';

import Link from 'next/link';
import type { CountryRole } from '@/lib/aggregate';
import { countryName } from '@/lib/format';
import type { MapGeometry } from '@/lib/geo';
import type { MapMarker } from '@/lib/map-markers';
import { EuropeMap } from './europe-map';
import { Legend } from './legend';
import styles from './country-map.module.css';

const ROLE_LABEL: Record<CountryRole, string> = {
  host: 'hosts an AI Factory',
  partner: 'partner in a factory’s consortium',
  antenna: 'hosts an AI Factory Antenna',
};

interface Props {
  geometry: MapGeometry;
  /** The markers to show (already filtered). */
  markers: MapMarker[];
  /** Roles of the countries in the view. */
  roles: Record<string, CountryRole>;
  /** Countries selected by the filters, outlined. */
  selected: readonly string[];
  /** Toggles a country's filter; without it the map only links to the factories (an embed). */
  onToggle?: (code: string) => void;
  /** Countries that can be clicked: any that takes part anywhere, even when the view leaves it uncoloured. */
  clickable?: Record<string, CountryRole>;
  /** Where factory links open: `_blank` from an embed, so the newsroom's page stays. */
  linkTarget?: '_blank';
}

/** The map with its legend, hit areas and tooltips: what a reader of the page can point at and focus. */
export function CountryMap({ geometry, markers, roles, selected, onToggle, clickable = {}, linkTarget }: Props) {
  const { width, height } = geometry;
  const count = (role: CountryRole) => Object.values(roles).filter((r) => r === role).length;

  const onMapClick = (event: React.MouseEvent<SVGSVGElement>) => {
    const code = (event.target as Element).getAttribute('data-country');
    if (code && clickable[code]) onToggle?.(code);
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
        <EuropeMap
          width={width}
          height={height}
          countries={geometry.countries}
          roles={roles}
          dots={markers}
          look="page"
          label={`Map of Europe: ${count('host')} host countries, ${count('partner')} partner countries and ${count('antenna')} antenna countries`}
          selected={selected}
          clickable={onToggle ? clickable : undefined}
          onClick={onToggle ? onMapClick : undefined}
        >
          {(code) => {
            const role = roles[code];
            return <title>{`${countryName(code)}${role ? `: ${ROLE_LABEL[role]}` : ''}`}</title>;
          }}
        </EuropeMap>
        {markers.map((m) => {
          const style = { left: `${(m.x / width) * 100}%`, top: `${(m.y / height) * 100}%` };
          // Transparent hit areas over the drawn markers (hidden in print, where nothing is pointed at).
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
          if (m.kind === 'factory' || !onToggle) {
            // Without filters to toggle (an embed), an antenna opens the dashboard filtered by its country.
            const href = m.kind === 'factory' ? `/factories/${m.id}` : `/?country=${m.country}`;
            return (
              <Link
                key={m.id}
                href={href}
                prefetch={false}
                className={styles.hit}
                style={style}
                aria-label={m.label}
                data-marker={m.id}
                data-print="hide"
                target={linkTarget}
                rel={linkTarget ? 'noopener' : undefined}
              >
                {tip}
              </Link>
            );
          }
          return (
            <button
              key={m.id}
              type="button"
              className={styles.hit}
              style={style}
              aria-label={m.label}
              aria-pressed={selected.includes(m.country)}
              data-marker={m.id}
              data-print="hide"
              onClick={() => onToggle(m.country)}
            >
              {tip}
            </button>
          );
        })}
      </div>
      {onToggle && (
        <figcaption className={styles.caption}>
          Click a coloured country to filter by it. Markers link to each factory; antenna markers filter by their country.
        </figcaption>
      )}
    </figure>
  );
}
