// The dataset's own words in the page's language: sector labels from data/sectors.json, the pseudo-locale's
// accented English for a test build, cities as the language names them (lib/geo/place-names.ts). Names, hosts, notes
// and source titles stay as the sources give them.
import { placeName } from '../i18n/place-names';
import { DEFAULT_LOCALE, PSEUDO_LOCALE, type PageLocale } from '../i18n/locales';
import { pseudoMessage } from '../i18n/pseudo-locale';
import type { Sector } from './schema';

/** Each sector with its label in `locale` (English where a language has none); the other languages are dropped. */
export function localizeSectors(sectors: readonly Sector[], locale: PageLocale): Sector[] {
  return sectors.map(({ slug, label, labels }) => ({
    slug,
    label: locale === PSEUDO_LOCALE ? pseudoMessage(label) : locale === DEFAULT_LOCALE ? label : (labels?.[locale] ?? label),
  }));
}

interface Localizable {
  sectors: readonly Sector[];
  waves: readonly { id: number; label: string }[];
  factories: readonly { city: string }[];
  antennas: readonly { city: string | null }[];
}

/** The dataset as a page in `locale` shows it: sector labels, wave labels ("Wave 2") and cities in that language. */
export function localizeDataset<T extends Localizable>(
  data: T,
  locale: PageLocale,
  waveLabel: (id: number) => string,
): T {
  return {
    ...data,
    sectors: localizeSectors(data.sectors, locale),
    waves: data.waves.map((w) => ({ ...w, label: waveLabel(w.id) })),
    factories: data.factories.map((f) => ({ ...f, city: placeName(f.city, locale) })),
    antennas: data.antennas.map((a) => ({ ...a, city: a.city && placeName(a.city, locale) })),
  };
}
