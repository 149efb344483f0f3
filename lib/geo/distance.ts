// The one distance between two places on the globe: the great-circle angle on a sphere of the Earth's mean radius.
// The finder (a capital to each factory, in the browser) and the factory pages (the nearest factories to compare) use
// it. d3-geo's geoDistance, written out: its function reaches the angle through d3's geometry streams, which cost the
// finder's page more code than the formula; distance.test.ts holds the two to the same bits.

const EARTH_RADIUS_KM = 6371;
const RADIANS = Math.PI / 180;

/** Great-circle distance in kilometres, unrounded. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  // As d3-geo measures a line from a to b (its length stream): the Vincenty formula for a sphere, in radians.
  const [lambda0, phi0, lambda, phi] = [a.lon * RADIANS, a.lat * RADIANS, b.lon * RADIANS, b.lat * RADIANS];
  const [sinPhi0, cosPhi0, sinPhi, cosPhi] = [Math.sin(phi0), Math.cos(phi0), Math.sin(phi), Math.cos(phi)];
  const delta = Math.abs(lambda - lambda0);
  const [cosDelta, sinDelta] = [Math.cos(delta), Math.sin(delta)];
  const x = cosPhi * sinDelta;
  const y = cosPhi0 * sinPhi - sinPhi0 * cosPhi * cosDelta;
  const z = sinPhi0 * sinPhi + cosPhi0 * cosPhi * cosDelta;
  return Math.atan2(Math.sqrt(x * x + y * y), z) * EARTH_RADIUS_KM;
}
