import { pageIntl } from '@/i18n/server';
import type { Sector } from '@/lib/data/schema';
import { localizeSectors } from '@/lib/data/localize';
import type { Formats } from '@/lib/i18n/format';
import { localePath, type PageLocale } from '@/lib/i18n/locales';
import { needSlug } from '@/lib/views/finder';

type Translate = Awaited<ReturnType<typeof pageIntl>>['t'];

/** What the factory page's sections say, in its language: one bundle, built once per page. */
export interface FactoryWords {
  t: Translate;
  status: Translate;
  access: Translate;
  compare: Translate;
  common: Translate;
  /** The compute figure's words: statuses, estimates, stated figures. */
  compute: Translate;
  fmt: Formats;
  href: (path: string) => string;
  sectorLabel: (slug: string) => string;
  service: (name: string) => string;
  /** "Source 3", the accessible name of a reference "[3]". */
  reference: (n: number) => string;
}

export async function factoryWords(locale: PageLocale, sectors: readonly Sector[]): Promise<FactoryWords> {
  const { t, fmt } = await pageIntl(locale, 'factory');
  const tOf = async (namespace: string) => (await pageIntl(locale, namespace)).t;
  const [common, services, status, access, compare, compute] = await Promise.all([tOf('common'), tOf('services'), tOf('status'), tOf('access'), tOf('compare'), tOf('compute')]);
  const labels = new Map(localizeSectors(sectors, locale).map((s) => [s.slug, s.label]));
  return {
    t,
    status,
    access,
    compare,
    common,
    compute,
    fmt,
    href: (path) => localePath(locale, path),
    sectorLabel: (slug) => labels.get(slug) ?? slug,
    service: (name) => (services.has(needSlug(name)) ? services(needSlug(name)) : name),
    reference: (n) => status('reference', { number: String(n) }),
  };
}
