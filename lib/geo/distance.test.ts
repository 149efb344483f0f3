import { geoDistance } from 'd3-geo';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distanceKm } from './distance';

describe('distanceKm', () => {
  it('measures the great circle in kilometres', () => {
    // Lisbon to Madrid, about 503 km; Bologna to Kajaani, about 2,370 km.
    expect(distanceKm({ lat: 38.72, lon: -9.14 }, { lat: 40.42, lon: -3.7 })).toBeCloseTo(503, -1);
    expect(distanceKm({ lat: 44.49, lon: 11.34 }, { lat: 64.22, lon: 27.73 })).toBeGreaterThan(2300);
    expect(distanceKm({ lat: 44.49, lon: 11.34 }, { lat: 64.22, lon: 27.73 })).toBeLessThan(2500);
  });

  it('is zero from a place to itself and the same both ways', () => {
    expect(distanceKm({ lat: 50, lon: 10 }, { lat: 50, lon: 10 })).toBe(0);
    const [a, b] = [{ lat: 60.17, lon: 24.94 }, { lat: 35.9, lon: 14.51 }];
    expect(distanceKm(a, b)).toBeCloseTo(distanceKm(b, a), 9);
  });
});

describe('distanceKm against d3-geo', () => {
  it('is d3-geo’s great-circle angle to the bit, for any two places', () => {
    const place = fc.record({ lat: fc.double({ min: -90, max: 90, noNaN: true }), lon: fc.double({ min: -180, max: 180, noNaN: true }) });
    fc.assert(
      fc.property(place, place, (a, b) => {
        expect(distanceKm(a, b)).toBe(geoDistance([a.lon, a.lat], [b.lon, b.lat]) * 6371);
      }),
    );
  });
});
