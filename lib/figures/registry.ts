// The one list of the figures: each declared once, with what every surface needs to know of it. The dashboard's
// sections, the embed routes and their oEmbed files, the Share lists, screen mode's slides and `?slides=` ids,
// the message namespaces each page sends and the bench's routes all derive from it (docs/architecture.md).

/** Words every figure's drawing uses: formatters, shared labels, the models' sentences, the series' names. */
const SHARED_NAMESPACES = ['format', 'common', 'sentences', 'series'] as const;

export interface FigureEntry {
  /** The message namespaces its dashboard section and its embed say, beside SHARED_NAMESPACES. */
  namespaces: readonly string[];
  /** The id of the dashboard section that shows it (the anchor of its links); figures may share one. */
  section: string;
  /** Embeddable at /embed/<id> and offered in its section's Share list (its title, in every language, is the message
   *  `embed.title_<id>`): a starting height for the iframe, in pixels, near the view's height at 700 px wide
   *  (embed.js corrects it). */
  embed?: { height: number };
  /** A slide of screen mode (`/present?slides=<id>`), in this order. */
  slide?: boolean;
  /** The namespaces its slide says beside screen mode's own (`present`), when its drawing is the dashboard's. */
  slideNamespaces?: readonly string[];
}

const FIGURES = {
  kpis: { namespaces: ['kpis', 'compute'], section: 'main', embed: { height: 420 }, slide: true },
  map: { namespaces: ['countrySpread', 'map'], section: 'country-spread', embed: { height: 720 }, slide: true },
  countries: { namespaces: ['countrySpread'], section: 'country-spread', embed: { height: 900 } },
  sectors: { namespaces: ['sectors'], section: 'sector-coverage', embed: { height: 760 }, slide: true },
  funding: { namespaces: ['funding'], section: 'funding', embed: { height: 900 }, slide: true },
  timeline: { namespaces: ['timeline'], section: 'timeline', embed: { height: 1100 }, slide: true },
  compute: { namespaces: ['compute'], section: 'compute', embed: { height: 1000 }, slide: true, slideNamespaces: ['compute'] },
  plans: { namespaces: ['plans'], section: 'plans', embed: { height: 1000 }, slide: true, slideNamespaces: ['plans'] },
  // Screen mode's slide of the network's growth, month by month up to the view's month; no section, no embed.
  growth: { namespaces: ['time'], section: 'main', slide: true, slideNamespaces: ['time'] },
  table: { namespaces: ['table'], section: 'all-factories', embed: { height: 900 } },
} as const satisfies Record<string, FigureEntry>;

type Figures = typeof FIGURES;
export type FigureId = keyof Figures;
/** The figures with an embed, and the ones with a slide. */
export type EmbedFigure = { [K in FigureId]: Figures[K] extends { embed: object } ? K : never }[FigureId];
export type SlideFigure = { [K in FigureId]: Figures[K] extends { slide: true } ? K : never }[FigureId];
/** The dashboard's sections below the filters, in order; `main` (the key figures above the filters) is the page. */
export type SectionId = Exclude<Figures[FigureId]['section'], 'main'>;

const entries = Object.entries(FIGURES) as [FigureId, FigureEntry][];

export const FIGURE_IDS = entries.map(([id]) => id);
export const EMBED_FIGURES = entries.filter(([, f]) => f.embed).map(([id]) => id as EmbedFigure);
export const SLIDE_FIGURES = entries.filter(([, f]) => f.slide).map(([id]) => id as SlideFigure);
export const SECTION_IDS = [...new Set(entries.map(([, f]) => f.section))].filter((s): s is SectionId => s !== 'main');

export function figureEntry(id: FigureId): FigureEntry {
  return FIGURES[id];
}

/** The embeddable figures a dashboard section offers in its Share list. */
export function sectionEmbeds(section: SectionId | 'main'): EmbedFigure[] {
  return EMBED_FIGURES.filter((id) => FIGURES[id].section === section);
}

/** The namespaces the islands of these figures say, shared ones first, each once. */
export function figureNamespaces(ids: readonly FigureId[], extra: readonly string[] = []): string[] {
  return [...new Set([...SHARED_NAMESPACES, ...ids.flatMap((id) => FIGURES[id].namespaces), ...extra])];
}

/** The namespaces screen mode sends: its own, the formatters, the sentences, the series, and those its slides' drawings say. */
export function slideNamespaces(): string[] {
  return [...new Set(['format', 'present', 'sentences', 'series', ...SLIDE_FIGURES.flatMap((id) => (FIGURES[id] as FigureEntry).slideNamespaces ?? [])])];
}

export function isSlideFigure(value: string): value is SlideFigure {
  return (SLIDE_FIGURES as readonly string[]).includes(value);
}
