// The dataset's own words in the page's language: sector labels from data/sectors.json, the pseudo-locale's
// accented English for a test build. Names, hosts, notes and source titles stay as the sources give them.
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

/** The dataset as a page in `locale` shows it: sector labels and wave labels ("Wave 2") in that language. */
export function localizeDataset<T extends { sectors: readonly Sector[]; waves: readonly { id: number; label: string }[] }>(
  data: T,
  locale: PageLocale,
  waveLabel: (id: number) => string,
): T {
  return {
    ...data,
    sectors: localizeSectors(data.sectors, locale),
    waves: data.waves.map((w) => ({ ...w, label: waveLabel(w.id) })),
  };
}
