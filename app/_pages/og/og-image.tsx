import { ImageResponse } from 'next/og';
import { pageIntl } from '@/i18n/server';
import { withPngText } from '@/lib/export/png-text';
import { europeMap } from '@/lib/geo/europe';
import type { PageLocale } from '@/lib/i18n/locales';
import { EMPTY_FILTERS } from '@/lib/url/filters';
import { OG_SIZE, type OgSubject } from '@/lib/url/og';
import { filteredView } from '@/lib/views/filtered';
import { kpisModel } from '@/lib/views/kpis';
import { localizedDataset } from '../localized-dataset';
import { siteMap } from '../site-map';
import { cachedImage } from './og-cache';
import { OG_FONT_FAMILY, ogFonts } from './og-fonts';

interface Card {
  title: string;
  subtitle: string;
  figures: { value: string; label: string }[];
  map: boolean;
  footer: string;
}

/** What one image says, in the page's language: the page's title, its figures and the data's date. */
async function cardFor(locale: PageLocale, subject: OgSubject): Promise<Card | null> {
  const data = await localizedDataset(locale);
  const { t: meta, fmt } = await pageIntl(locale, 'meta');
  const { t: kpis } = await pageIntl(locale, 'kpis');
  const { t: embed } = await pageIntl(locale, 'embed');
  const k = kpisModel(filteredView(data, EMPTY_FILTERS));
  const money = { value: fmt.announced(k.money.exactEur, k.money.minEur), label: kpis(k.money.kind === 'programme' ? 'moneyProgramme' : 'moneyDisclosed') };
  const headline = [
    { value: fmt.number(k.factories), label: kpis('factories', { count: k.factories }) },
    { value: fmt.number(k.antennas), label: kpis('antennas', { count: k.antennas }) },
    { value: fmt.number(k.hostCountries), label: kpis('hostCountries', { count: k.hostCountries }) },
    money,
  ];
  const footer = `${embed('source')} ${fmt.date(data.asOf)}`;
  if (subject.kind === 'factory') {
    const f = data.factories.find((x) => x.id === subject.id);
    if (!f) return null;
    const { t: table } = await pageIntl(locale, 'table');
    const { t: common } = await pageIntl(locale, 'common');
    return {
      title: f.name,
      subtitle: `${f.host} · ${f.city}, ${fmt.countryName(f.country)}`,
      figures: [
        { value: fmt.announced(f.funding.totalEur, null), label: table('funding') },
        { value: fmt.announced(f.funding.euEur, null), label: table('eu') },
        { value: common('wave', { wave: f.wave }), label: fmt.date(f.selectedOn) },
      ],
      map: false,
      footer,
    };
  }
  if (subject.kind === 'embed') {
    const figures: Record<typeof subject.view, Card['figures']> = { kpis: headline, map: headline.slice(0, 2), countries: headline.slice(2, 3), sectors: [{ value: fmt.number(k.sectors), label: kpis('sectors', { count: k.sectors }) }], funding: [money], timeline: headline.slice(0, 2), table: headline.slice(0, 1), plans: headline.slice(0, 1), compute: headline.slice(0, 1), compare: [] };
    return { title: embed(`title_${subject.view}`), subtitle: meta('siteTitle'), figures: figures[subject.view], map: subject.view === 'map', footer };
  }
  const pages = {
    dashboard: { title: meta('siteTitle'), subtitle: meta('description'), figures: headline, map: true },
    about: { title: meta('aboutTitle'), subtitle: meta('aboutDescription'), figures: [], map: false },
    find: { title: meta('findTitle'), subtitle: meta('findDescription'), figures: [], map: true },
    compare: { title: meta('compareTitle'), subtitle: meta('compareDescription'), figures: [], map: false },
    present: { title: meta('presentTitle'), subtitle: meta('presentDescription'), figures: headline, map: true },
  };
  return { ...pages[subject.page], footer };
}

/** The title's size by its length: two lines at most in the text column. */
function titleSize(title: string): number {
  return title.length > 56 ? 40 : title.length > 34 ? 48 : 60;
}

const INK = '#16181b';
const MUTED = '#555a60';
const HOST = '#0072b2';
const ANTENNA = '#e69f00';

/** The map of Europe with every factory and antenna, as the dashboard draws it, small. */
async function MapPicture({ locale, width }: { locale: PageLocale; width: number }) {
  const { markers } = await siteMap(locale, await localizedDataset(locale));
  // A PNG drawn on the server: it takes the outlines themselves, not the sprite a page refers to.
  const geometry = europeMap();
  const height = Math.round((geometry.height / geometry.width) * width);
  return (
    <svg width={width} height={height} viewBox={`0 0 ${geometry.width} ${geometry.height}`}>
      {geometry.countries.map((c, i) => (
        <path key={i} d={c.d} fill={c.code ? '#e6e3dc' : '#efede8'} stroke="#f8f7f3" strokeWidth={1} />
      ))}
      {markers.map((m) => (
        <circle key={`${m.kind}-${m.id}`} cx={m.x} cy={m.y} r={m.kind === 'factory' ? 9 : 6} fill={m.kind === 'factory' ? HOST : ANTENNA} stroke="#ffffff" strokeWidth={2} />
      ))}
    </svg>
  );
}

/**
 * A page's 1200×630 preview, written at build time: a PNG whose iTXt "Description" holds the words it draws, so
 * what it says can be read back (e2e/open-graph.spec.ts checks the language).
 */
export async function ogImage(locale: PageLocale, subject: OgSubject): Promise<Response> {
  const card = await cardFor(locale, subject);
  if (!card) return new Response('Not found', { status: 404 });
  const { t: site } = await pageIntl(locale, 'site');
  const text = [site('brand'), card.title, card.subtitle, ...card.figures.map((f) => `${f.value} ${f.label}`), card.footer].join('\n');
  const png = await cachedImage({ locale, subject, card, brand: site('brand'), map: card.map && (await mapKey(locale)) }, () =>
    offline(() => draw(locale, drawable(card), site('brand'))),
  );
  return new Response(withPngText(png, 'Description', text).buffer as ArrayBuffer, { headers: { 'Content-Type': 'image/png' } });
}

/** What the map draws, for the cache's key: the markers' places (the country paths come with the code). */
async function mapKey(locale: PageLocale): Promise<string> {
  const { markers } = await siteMap(locale, await localizedDataset(locale));
  return markers.map((m) => `${m.kind}:${m.x.toFixed(1)},${m.y.toFixed(1)}`).join(' ');
}

/** Noto Sans has no narrow no-break space (French and others group digits with it): a no-break space looks the same. */
function drawable(card: Card): Card {
  const fix = (text: string) => text.replace(/\u202f/g, '\u00a0');
  return { ...card, title: fix(card.title), subtitle: fix(card.subtitle), footer: fix(card.footer), figures: card.figures.map((f) => ({ value: fix(f.value), label: fix(f.label) })) };
}

/**
 * Draws with `fetch` refused over the network: for a glyph missing from the fonts, next/og would fetch a font from another origin, and
 * only log its failure. Here the build fails instead, naming what it wanted.
 */
async function offline<T>(work: () => Promise<T>): Promise<T> {
  const wanted: string[] = [];
  const real = globalThis.fetch;
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    // next/og loads its own WebAssembly from data: URLs; only a request over the network is refused.
    if (!/^https?:/i.test(url)) return real(input, init);
    wanted.push(url);
    throw new Error('no request leaves the build');
  }) as typeof fetch;
  try {
    const result = await work();
    if (wanted.length) throw new Error(`An Open Graph image wanted a font from another origin (a glyph missing from Noto Sans): ${wanted.join(', ')}`);
    return result;
  } finally {
    globalThis.fetch = real;
  }
}

async function draw(locale: PageLocale, card: Card, brand: string): Promise<Uint8Array> {
  const map = card.map ? await MapPicture({ locale, width: 430 }) : null;
  const image = new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', background: '#f8f7f3', color: INK, fontFamily: OG_FONT_FAMILY, padding: '48px 56px' }}>
        <div style={{ display: 'flex', alignItems: 'center', fontSize: 26, fontWeight: 700, color: MUTED }}>
          <div style={{ width: 22, height: 22, marginRight: 12, borderRadius: 3, background: `linear-gradient(135deg, ${HOST} 50%, ${ANTENNA} 50%)` }} />
          {brand}
        </div>
        <div style={{ display: 'flex', flex: 1, marginTop: 28 }}>
          <div style={{ display: 'flex', flexDirection: 'column', flex: 1, paddingRight: map ? 32 : 0 }}>
            {/* Blocks with a line clamp, not shrinking flex items: a long title (Greek, Lithuanian) must not run into the figures. */}
            <div style={{ display: 'block', flexShrink: 0, fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.12, lineClamp: 2, overflow: 'hidden' }}>{card.title}</div>
            {/* Beside the map, four figures leave no room for a sentence: the title and the figures say it. */}
            {!(map && card.figures.length > 2) && (
              <div style={{ display: 'block', flexShrink: 0, fontSize: 24, color: MUTED, marginTop: 16, lineHeight: 1.3, lineClamp: card.figures.length ? 2 : 4, overflow: 'hidden' }}>{card.subtitle}</div>
            )}
            <div style={{ display: 'flex', flexWrap: 'wrap', flexShrink: 0, marginTop: 'auto' }}>
              {card.figures.map((f) => (
                <div key={f.label} style={{ display: 'flex', flexDirection: 'column', marginTop: 10, maxWidth: 420, ...(map ? { width: '50%' } : { marginRight: 36 }) }}>
                  <div style={{ fontSize: map ? 36 : 40, fontWeight: 700, color: HOST }}>{f.value}</div>
                  <div style={{ fontSize: 20, color: MUTED }}>{f.label}</div>
                </div>
              ))}
            </div>
          </div>
          {map}
        </div>
        <div style={{ display: 'flex', fontSize: 18, color: MUTED, marginTop: 20 }}>{card.footer}</div>
      </div>
    ),
    { ...OG_SIZE, fonts: await ogFonts() },
  );
  return new Uint8Array(await image.arrayBuffer());
}
