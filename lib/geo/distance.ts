// The one distance between two places on the globe: d3-geo's great-circle angle on a sphere of the Earth's mean
// radius. The finder (a capital to each factory) and the factory pages (the nearest factories to compare) use it.
import { geoDistance } from 'd3-geo';

const EARTH_RADIUS_KM = 6371;

/** Great-circle distance in kilometres, unrounded. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  return geoDistance([a.lon, a.lat], [b.lon, b.lat]) * EARTH_RADIUS_KM;
}
