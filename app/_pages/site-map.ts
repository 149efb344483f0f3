import { pageIntl } from '@/i18n/server';
import type { Dataset } from '@/lib/data/schema';
import { mapOutline, type MapOutline } from '@/lib/geo/europe';
import type { PageLocale } from '@/lib/i18n/locales';
import { mapMarkers, type MapMarker } from '@/lib/views/map-markers';

/** The map of Europe and every site's marker on it, labelled in the page's language: projected once, on the server. */
export async function siteMap(locale: PageLocale, data: Dataset): Promise<{ geometry: MapOutline; markers: MapMarker[] }> {
  const { t, fmt } = await pageIntl(locale, 'map');
  return { geometry: mapOutline(), markers: mapMarkers(data, { t, fmt }) };
}
