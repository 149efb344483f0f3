import { describe, expect, it } from 'vitest';
import { countryAnchor, europeMap, mapOutline, mapSprite, projectPoint } from './europe';

describe('europeMap', () => {
  const map = europeMap();
  const codes = new Set(map.countries.map((c) => c.code));

  it('is fitted to the fixed Europe box, not to the features', () => {
    expect(map.width).toBe(1000);
    expect(map.height).toBeGreaterThan(600);
    expect(map.height).toBeLessThan(800);
  });

  it('draws EU members, non-EU partners and the small states', () => {
    for (const code of ['FI', 'PT', 'CY', 'MT', 'LU', 'NO', 'CH', 'GB', 'IS', 'TR', 'RS', 'MK', 'MD', 'UA', 'XK'])
      expect(codes.has(code), code).toBe(true);
  });

  it('keeps every coordinate inside the box in whole pixels', () => {
    for (const c of map.countries) {
      expect(c.d).toMatch(/^M\d+ \d+l/);
      expect(c.d).not.toMatch(/\.\d/);
    }
  });

  it('stays small enough to ship in the HTML', () => {
    const bytes = map.countries.reduce((n, c) => n + c.d.length, 0);
    expect(bytes).toBeLessThan(40_000);
  });
});

describe('mapSprite and mapOutline', () => {
  const outline = mapOutline();
  const sprite = mapSprite();

  it('names in the outline every path the sprite holds, in the same order, with its country', () => {
    const ids = [...sprite.matchAll(/<path id="([^"]+)" d="M[^"]+"\/>/g)].map((m) => m[1]);
    expect(ids).toEqual(outline.countries.map((c) => c.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(outline.countries.map((c) => c.code)).toEqual(europeMap().countries.map((c) => c.code));
  });

  it('gives the sprite the map\'s box, and an address that changes with its content', () => {
    expect(sprite).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${outline.width} ${outline.height}">`));
    expect(outline.sprite).toMatch(/^\/europe-map\.svg\?v=[0-9a-f]{10}$/);
    const moved = mapSprite({ ...europeMap(), countries: europeMap().countries.slice(1) });
    expect(moved).not.toBe(sprite);
  });
});

describe('projectPoint and countryAnchor', () => {
  it('places cities where they belong relative to each other', () => {
    const kajaani = projectPoint(27.73, 64.23)!;
    const athens = projectPoint(23.73, 37.98)!;
    const barcelona = projectPoint(2.17, 41.39)!;
    expect(kajaani[1]).toBeLessThan(athens[1]);
    expect(barcelona[0]).toBeLessThan(athens[0]);
  });
  it('returns null outside the box', () => {
    expect(projectPoint(-52.3, 4.9)).toBeNull(); // French Guiana
  });
  it('pins Malta and Cyprus on their islands', () => {
    expect(countryAnchor('MT')).not.toBeNull();
    expect(countryAnchor('CY')).not.toBeNull();
    expect(countryAnchor('ZZ')).toBeNull();
  });
});
