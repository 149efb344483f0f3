// The map for a screen: country fills by role and plain markers, no text inside the SVG (labels live in HTML,
// where their size follows the type scale).
import { useId } from 'react';
import type { CountryRole } from '@/lib/aggregate';
import type { Point } from '@/lib/geo';
import styles from './present-slides.module.css';

export interface PresentMapGeometry {
  width: number;
  height: number;
  countries: { code: string | null; d: string }[];
  /** Projected factory and antenna positions, by id. */
  points: Record<string, Point>;
}

/** The part of the Europe box with every site in it, from Iceland to Cyprus: the screen shows Europe large. */
const VIEW = { x: 230, y: 84, width: 650, height: 634 };

export function PresentMap({
  map,
  roles,
  factoryIds,
  antennaIds,
  highlight,
  label,
}: {
  map: PresentMapGeometry;
  roles: Record<string, CountryRole>;
  factoryIds: readonly string[];
  antennaIds: readonly string[];
  /** A factory drawn larger (the spotlight). */
  highlight?: string;
  label: string;
}) {
  const uid = useId().replace(/:/g, '');
  const marker = (id: string, kind: 'factory' | 'antenna') => {
    const p = map.points[id];
    if (!p) return null;
    const r = kind === 'antenna' ? 4.5 : id === highlight ? 11 : 7;
    return <circle key={id} cx={p[0]} cy={p[1]} r={r} className={kind === 'antenna' ? styles.antennaDot : styles.factoryDot} />;
  };
  return (
    <svg
      className={styles.map}
      viewBox={`${VIEW.x} ${VIEW.y} ${VIEW.width} ${VIEW.height}`}
      preserveAspectRatio="xMidYMid meet"
      role="img"
      aria-label={label}
    >
      {/* Land fades out towards the box edges, so the crop reads as a vignette rather than a cut. */}
      <defs>
        <linearGradient id={`${uid}x`} x1="0" x2="1" y1="0" y2="0">
          <stop offset="0.9" stopColor="#fff" />
          <stop offset="1" stopColor="#fff" stopOpacity="0" />
        </linearGradient>
        <linearGradient id={`${uid}y`} x1="0" x2="0" y1="0" y2="1">
          <stop offset="0" stopColor="#fff" stopOpacity="0" />
          <stop offset="0.03" stopColor="#fff" />
          <stop offset="0.95" stopColor="#fff" />
          <stop offset="1" stopColor="#fff" stopOpacity="0" />
        </linearGradient>
        <mask id={`${uid}mx`} maskUnits="userSpaceOnUse" {...VIEW}>
          <rect {...VIEW} fill={`url(#${uid}x)`} />
        </mask>
        <mask id={`${uid}my`} maskUnits="userSpaceOnUse" {...VIEW}>
          <rect {...VIEW} fill={`url(#${uid}y)`} />
        </mask>
      </defs>
      <g mask={`url(#${uid}my)`}>
        <g mask={`url(#${uid}mx)`}>
          {map.countries.map((c, i) => (
            <path key={i} d={c.d} className={styles.land} data-role={(c.code && roles[c.code]) || undefined} />
          ))}
        </g>
      </g>
      <g>{antennaIds.map((id) => marker(id, 'antenna'))}</g>
      <g>{factoryIds.map((id) => marker(id, 'factory'))}</g>
    </svg>
  );
}
