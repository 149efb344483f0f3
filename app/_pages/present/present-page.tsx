import { NextIntlClientProvider } from 'next-intl';
import { PresentShow, type PresentData, type PresentMap } from '@/components/present/present-show';
import { pickMessages } from '@/i18n/messages';
import { pageIntl } from '@/i18n/server';
import { loadDataset } from '@/lib/data/dataset';
import { countryAnchor, europeMap, projectPoint, type Point } from '@/lib/geo/europe';
import type { PageLocale } from '@/lib/i18n/locales';
import { localizeDataset } from '@/lib/data/localize';
import { pageMetadata } from '../page-metadata';
import { presentVersion } from './version';

export async function presentMetadata(locale: PageLocale) {
  const { t } = await pageIntl(locale, 'meta');
  return pageMetadata(locale, '/present', { title: t('presentTitle'), description: t('presentDescription') });
}

/**
 * Runs before the slide is parsed: a query string may pick another first slide, theme or filter than the static
 * HTML shows, so the slide stays hidden until hydration then (present-show.module.css); without one, the server's
 * first slide is the right one and paints at once.
 */
const QUERY_FLAG = "if(location.search.length>1)document.documentElement.setAttribute('data-present-query','')";

/** Static: every figure is computed in the browser from this snapshot, so filters in the URL need no server. */
export async function PresentPage({ locale }: { locale: PageLocale }) {
  const common = await pageIntl(locale, 'common');
  const { asOf, programme, waves, sectors, factories, antennas } = localizeDataset(loadDataset(), locale, (wave) => common.t('wave', { wave }));
  const geometry = europeMap();
  const points: Record<string, Point> = {};
  for (const f of factories) {
    const p = projectPoint(f.location.lon, f.location.lat);
    if (p) points[f.id] = p;
  }
  for (const a of antennas) {
    const p = a.location ? projectPoint(a.location.lon, a.location.lat) : countryAnchor(a.country);
    if (p) points[a.id] = p;
  }
  // Lean props: sources, links and services are not shown on a screen; the map paths go once.
  const data: PresentData = {
    asOf,
    // The screen names the programme figure's source, so its first source stays.
    programme: { ...programme, note: undefined, sources: programme.sources.slice(0, 1) },
    waves: waves.map((w) => ({ ...w, sources: w.sources.slice(0, 1) })),
    sectors,
    factories: factories.map((f) => ({ ...f, sources: [], services: [], url: '' })),
    antennas: antennas.map((a) => ({ ...a, sources: [] })),
  };
  const map: PresentMap = {
    width: geometry.width,
    height: geometry.height,
    countries: geometry.countries.map(({ code, d }) => ({ code, d })),
    points,
  };
  return (
    <>
      <script dangerouslySetInnerHTML={{ __html: QUERY_FLAG }} />
      <NextIntlClientProvider locale={locale} messages={pickMessages(locale, ['format', 'present'])}>
        <PresentShow data={data} map={map} version={presentVersion()} />
      </NextIntlClientProvider>
    </>
  );
}
