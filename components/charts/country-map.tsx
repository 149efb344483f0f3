'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { CountryRole } from '@/lib/views/countries';
import { useFormats } from '@/components/words/use-formats';
import { useLocalePath } from '@/components/words/use-locale-path';
import type { MapOutline } from '@/lib/geo/europe';
import type { MapMarker } from '@/lib/views/map-markers';
import { dashboardHref } from '@/lib/url/filters';
import { EuropeMap } from './europe-map';
import { Legend } from './legend';
import { useChartWords } from '@/components/words/use-chart-words';
import styles from './country-map.module.css';

const ROLE_KEY: Record<CountryRole, string> = { host: 'roleHost', partner: 'rolePartner', antenna: 'roleAntenna' };

interface Props {
  geometry: MapOutline;
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
  const t = useTranslations('map');
  const fmt = useFormats();
  const words = useChartWords();
  const localHref = useLocalePath();
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
          { label: words.series('host'), series: 'host' },
          { label: words.series('partner'), series: 'partner' },
          { label: words.series('antenna'), series: 'antenna' },
          { label: t('legendFactory'), shape: 'dot' },
          { label: t('legendAntennaSite'), series: 'antenna', shape: 'ring' },
        ]}
      />
      <div className={styles.frame} style={{ aspectRatio: `${width} / ${height}` }}>
        <EuropeMap
          outline={geometry}
          roles={roles}
          dots={markers}
          look="page"
          label={t('label', { hosts: count('host'), partners: count('partner'), antennas: count('antenna') })}
          selected={selected}
          clickable={onToggle ? clickable : undefined}
          onClick={onToggle ? onMapClick : undefined}
        >
          {(code) => {
            const role = roles[code];
            return <title>{`${fmt.countryName(code)}${role ? `: ${t(ROLE_KEY[role])}` : ''}`}</title>;
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
              {m.approximate && <span className={styles.approx}>{t('approximate')}</span>}
            </span>
          );
          if (m.kind === 'factory' || !onToggle) {
            // Without filters to toggle (an embed), an antenna opens the dashboard filtered by its country.
            const href = localHref(m.kind === 'factory' ? `/factories/${m.id}` : dashboardHref({ countries: [m.country] }));
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
          {t('caption')}
        </figcaption>
      )}
    </figure>
  );
}
