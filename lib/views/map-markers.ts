// Marker positions for the map, computed on the server from the dataset and the projection.
import type { Formats } from '../i18n/format';
import { countryAnchor, projectPoint, type Point } from '../geo/europe';
import type { Dataset } from '../data/schema';
import type { Translate } from '../i18n/translate';

export interface MapMarker {
  kind: 'factory' | 'antenna';
  id: string;
  /** Pixels in the map's viewBox. */
  x: number;
  y: number;
  /** The accessible name: "LUMI AI Factory, Kajaani, Finland" or "AI Factory Antenna, Malta". */
  label: string;
  /** One more line for the tooltip. */
  detail: string;
  country: string;
  /** True when the site is not published and the marker stands at the country's centre. */
  approximate: boolean;
}

/** `t` reads the `map` messages; `fmt` names the countries in the page's language. */
export function mapMarkers(data: Dataset, { t, fmt }: { t: Translate; fmt: Formats }): MapMarker[] {
  const factoryName = new Map(data.factories.map((f) => [f.id, f.name]));
  const markers: MapMarker[] = [];
  for (const f of data.factories) {
    const p = projectPoint(f.location.lon, f.location.lat);
    if (!p) continue;
    markers.push({
      kind: 'factory',
      id: f.id,
      x: p[0],
      y: p[1],
      label: `${f.name}, ${f.city}, ${fmt.countryName(f.country)}`,
      detail: t('factoryDetail', { host: f.host }),
      country: f.country,
      approximate: false,
    });
  }
  for (const a of data.antennas) {
    const exact = a.location ? projectPoint(a.location.lon, a.location.lat) : null;
    const p: Point | null = exact ?? countryAnchor(a.country);
    if (!p) continue;
    const links = a.factoryIds.map((id) => factoryName.get(id) ?? id);
    markers.push({
      kind: 'antenna',
      id: a.id,
      x: p[0],
      y: p[1],
      label: t('antennaLabel', { place: `${a.city ? `${a.city}, ` : ''}${fmt.countryName(a.country)}` }),
      detail: [a.name, links.length ? t('linkedTo', { names: fmt.list(links) }) : t('linkedUnknown')]
        .filter(Boolean)
        .join(' · '),
      country: a.country,
      approximate: !exact,
    });
  }
  return markers;
}
