import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LOCALES } from './locales';
import { CAPITALS } from '../geo/capitals';
import { NAMED_PLACES, placeName } from './place-names';

const data = JSON.parse(readFileSync(path.join(process.cwd(), 'data', 'ai-factories.json'), 'utf8')) as {
  factories: { city: string }[];
  antennas: { city: string | null }[];
};

describe('placeName', () => {
  it('names every capital and every city of the records in every language', () => {
    const places = [...CAPITALS.map((c) => c.city), ...data.factories.map((f) => f.city), ...data.antennas.flatMap((a) => (a.city ? [a.city] : []))];
    expect(places.filter((p) => !NAMED_PLACES.has(p))).toEqual([]);
    for (const place of places) for (const locale of LOCALES) expect(placeName(place, locale).trim(), `${place} in ${locale}`).not.toBe('');
  });
  it('gives the language’s own name, else the place’s own, never the English one where they differ', () => {
    expect(placeName('Athens', 'el')).toBe('Αθήνα');
    expect(placeName('Athens', 'it')).toBe('Atene');
    expect(placeName('Athens', 'cs')).toBe('Atény');
    expect(placeName('Vienna', 'nl')).toBe('Wenen');
    expect(placeName('Vienna', 'sv')).toBe('Wien');
    expect(placeName('Kajaani', 'de')).toBe('Kajaani');
    expect(placeName('Vienna', 'en')).toBe('Vienna');
    expect(placeName('Vienna', 'en-XA')).toBe('Vienna');
  });
  it('keeps a name the table does not know', () => {
    expect(placeName('Qqq', 'fr')).toBe('Qqq');
  });
});
