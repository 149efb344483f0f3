// The one map of Europe: country fills by role and a marker per site, from outlines and points projected on the
// server. No state and no browser API, so the dashboard, screen mode and the embeds draw it alike (and the
// server renders it: it prints and reads without JavaScript). Each country is a `<use>` of its outline in the
// site's one sprite file (lib/geo/europe.ts, MapOutline), so no page carries the outlines themselves.
import { useId } from 'react';
import type { MapOutline } from '@/lib/geo/europe';
import type { CountryRole } from '@/lib/views/countries';
import styles from './europe-map.module.css';

interface MapDot {
  id: string;
  kind: 'factory' | 'antenna';
  x: number;
  y: number;
}

export interface MapBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Props {
  outline: MapOutline;
  roles: Record<string, CountryRole>;
  dots: readonly MapDot[];
  label: string;
  /** `page`: sea, outlines and clickable countries; `screen`: land only, large, fading out at the crop's edges. */
  look: 'page' | 'screen';
  /** The part of the box to show; the whole box when absent. */
  crop?: MapBox;
  /** A factory drawn larger (the screen's spotlight). */
  highlight?: string;
  /** Countries outlined as selected (the filters). */
  selected?: readonly string[];
  /** Countries that react to a click: `data-country` tells which was hit. */
  clickable?: Record<string, unknown>;
  onClick?: (event: React.MouseEvent<SVGSVGElement>) => void;
  children?: (code: string) => React.ReactNode;
}

export function EuropeMap({ outline: { width, height, sprite, countries }, roles, dots, label, look, crop, highlight, selected = [], clickable = {}, onClick, children }: Props) {
  const uid = useId().replace(/:/g, '');
  const view = crop ?? { x: 0, y: 0, width, height };
  const fade = look === 'screen' && crop;
  const land = countries.map((c, i) => {
    const role = c.code ? roles[c.code] : undefined;
    return (
      <use
        key={`${c.code ?? 'x'}-${i}`}
        href={`${sprite}#${c.id}`}
        data-country={c.code ?? undefined}
        data-role={role}
        data-clickable={(c.code && c.code in clickable) || undefined}
        data-selected={(c.code && selected.includes(c.code)) || undefined}
        className={styles.land}
      >
        {c.code && children?.(c.code)}
      </use>
    );
  });
  return (
    <svg
      className={styles.map}
      data-look={look}
      viewBox={`${view.x} ${view.y} ${view.width} ${view.height}`}
      preserveAspectRatio="xMidYMid meet"
      role="img"
      aria-label={label}
      onClick={onClick}
      data-testid="country-map"
    >
      {look === 'page' && <rect width={width} height={height} className={styles.sea} />}
      {fade ? (
        <>
          {/* Land fades out towards the crop's edges, so the crop reads as a vignette rather than a cut. */}
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
            <mask id={`${uid}mx`} maskUnits="userSpaceOnUse" {...view}>
              <rect {...view} fill={`url(#${uid}x)`} />
            </mask>
            <mask id={`${uid}my`} maskUnits="userSpaceOnUse" {...view}>
              <rect {...view} fill={`url(#${uid}y)`} />
            </mask>
          </defs>
          <g mask={`url(#${uid}my)`}>
            <g mask={`url(#${uid}mx)`}>{land}</g>
          </g>
        </>
      ) : (
        land
      )}
      <g>{dots.filter((d) => d.kind === 'antenna').map((d) => <Dot key={d.id} dot={d} />)}</g>
      <g>{dots.filter((d) => d.kind === 'factory').map((d) => <Dot key={d.id} dot={d} large={d.id === highlight} />)}</g>
    </svg>
  );
}

function Dot({ dot: { x, y, kind }, large }: { dot: MapDot; large?: boolean }) {
  if (kind === 'factory') return <circle cx={x} cy={y} r={large ? 11 : 7} className={styles.factory} />;
  // The antenna is a diamond, told apart from a factory by shape as well as colour, on a page and on a screen alike.
  return <rect x={x - 5.5} y={y - 5.5} width={11} height={11} transform={`rotate(45 ${x} ${y})`} className={styles.antenna} />;
}
