// The map of Europe, drawn on the server: the country outlines go to one static SVG file (the sprite) that every map
// refers to by id, and the browser receives ids and marker points, no topojson.
import { createHash } from 'node:crypto';
import { geoArea, geoAzimuthalEqualArea, geoCentroid, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPoint, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
// 50m, not 110m: the 110m file has no Malta.
import atlas from 'world-atlas/countries-50m.json';
import { NAME_TO_ALPHA2, NUMERIC_TO_ALPHA2 } from './geo-codes';
import { RingCollector, ringsToPath, simplifyRing } from './svg-path';

const MAP_WIDTH = 1000;

/**
 * How far, in map pixels, a simplified coast or border may stray from the atlas's: half a pixel at the width the map
 * is drawn on a desktop, invisible there and on a 4K screen alike, and it halves the bytes of the paths.
 */
const SIMPLIFY_PX = 0.5;

/**
 * The fixed box the map shows (docs/architecture.md, The map). The projection is fitted to this box, never to the features:
 * France's feature includes French Guiana and Réunion, which would shrink Europe to a corner.
 */
const EUROPE_BOX = { west: -25, east: 45, south: 34, north: 72 };

interface MapCountry {
  /** ISO alpha-2, or null for land the dataset never refers to. */
  code: string | null;
  name: string;
  d: string;
}

export interface MapGeometry {
  width: number;
  height: number;
  countries: MapCountry[];
}

/**
 * What a page needs to draw the map: its size, the sprite's address, and each country's id in the sprite. The
 * outlines are ~9 KB brotli, the same on every page that draws the map (the dashboard in 15 languages, 19 factory
 * pages, screen mode, the map embed): in a file of their own they are fetched once and cached, not sent in each page's
 * HTML and again in its React payload.
 */
export interface MapOutline {
  width: number;
  height: number;
  /** The sprite's address, versioned by its content so a cache never keeps an old outline. */
  sprite: string;
  countries: { code: string | null; id: string }[];
}

/** Where the sprite is served (app/europe-map.svg/route.ts). */
export const MAP_SPRITE_PATH = '/europe-map.svg';

export type Point = [number, number];

interface Projected {
  projection: GeoProjection;
  width: number;
  height: number;
}

function boxOutline(): MultiPoint {
  const { west, east, south, north } = EUROPE_BOX;
  const points: Point[] = [];
  for (let lon = west; lon <= east; lon += 1) points.push([lon, south], [lon, north]);
  for (let lat = south; lat <= north; lat += 1) points.push([west, lat], [east, lat]);
  return { type: 'MultiPoint', coordinates: points };
}

let projected: Projected | undefined;

/** Lambert azimuthal equal-area centred on Europe (as EPSG:3035), fitted to the box and clipped to it. */
function europeProjection(): Projected {
  if (projected) return projected;
  const projection = geoAzimuthalEqualArea().rotate([-10, -52]).fitWidth(MAP_WIDTH, boxOutline());
  const [[, y0], [, y1]] = geoPath(projection).bounds(boxOutline());
  const height = Math.round(y1 - y0);
  projection.clipExtent([
    [0, 0],
    [MAP_WIDTH, height],
  ]);
  projected = { projection, width: MAP_WIDTH, height };
  return projected;
}

let countryFeatures: Feature<Geometry, { name: string }>[] | undefined;

function features(): Feature<Geometry, { name: string }>[] {
  if (!countryFeatures) {
    const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    countryFeatures = (feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>)
      .features;
  }
  return countryFeatures;
}

function codeOf(f: Feature<Geometry, { name: string }>): string | null {
  return (f.id !== undefined ? NUMERIC_TO_ALPHA2[String(f.id)] : undefined) ?? NAME_TO_ALPHA2[f.properties.name] ?? null;
}

let geometry: MapGeometry | undefined;

/** Every country inside the box as a compact path; land outside the box is clipped away. */
export function europeMap(): MapGeometry {
  if (geometry) return geometry;
  const { projection, width, height } = europeProjection();
  const countries: MapCountry[] = [];
  for (const f of features()) {
    const collector = new RingCollector();
    geoPath(projection, collector)(f);
    const d = ringsToPath(collector.rings.map((ring) => simplifyRing(ring, SIMPLIFY_PX)));
    if (d) countries.push({ code: codeOf(f), name: f.properties.name, d });
  }
  geometry = { width, height, countries };
  return geometry;
}

const shapeId = (i: number) => `c${i}`;

/** The sprite: every outline as a `<path id>` in a hidden SVG document, drawn where a page's `<use>` refers to it. */
export function mapSprite(geometry: MapGeometry = europeMap()): string {
  const paths = geometry.countries.map((c, i) => `<path id="${shapeId(i)}" d="${c.d}"/>`).join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${geometry.width} ${geometry.height}">\n${paths}\n</svg>\n`;
}

let outline: MapOutline | undefined;

/** The map as pages draw it: the sprite's versioned address and each country's id in it. */
export function mapOutline(): MapOutline {
  if (outline) return outline;
  const geometry = europeMap();
  const version = createHash('sha256').update(mapSprite(geometry)).digest('hex').slice(0, 10);
  outline = {
    width: geometry.width,
    height: geometry.height,
    sprite: `${MAP_SPRITE_PATH}?v=${version}`,
    countries: geometry.countries.map((c, i) => ({ code: c.code, id: shapeId(i) })),
  };
  return outline;
}

/** A [lon, lat] on the map, in whole pixels; null when it falls outside the box. */
export function projectPoint(lon: number, lat: number): Point | null {
  const { projection, width, height } = europeProjection();
  const p = projection([lon, lat]);
  if (!p || p[0] < 0 || p[1] < 0 || p[0] > width || p[1] > height) return null;
  return [Math.round(p[0]), Math.round(p[1])];
}

/**
 * Where to pin a country that has no published site: the centroid of its largest polygon, so that
 * islands and overseas parts do not pull the pin into the sea.
 */
export function countryAnchor(code: string): Point | null {
  const matches = features().filter((f) => codeOf(f) === code && f.properties.name !== 'N. Cyprus');
  let best: { area: number; centre: Point } | null = null;
  for (const f of matches) {
    const g = f.geometry as Polygon | MultiPolygon;
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    for (const coordinates of polygons) {
      const polygon: Polygon = { type: 'Polygon', coordinates };
      const area = geoArea(polygon);
      if (!best || area > best.area) best = { area, centre: geoCentroid(polygon) as Point };
    }
  }
  return best ? projectPoint(best.centre[0], best.centre[1]) : null;
}

