// The preview image each page names in its Open Graph and Twitter card tags: one PNG per page and language, written
// at build time (app/og/[locale]/[file]/route.tsx), so the static export has them as files.
import { EMBED_VIEWS, isEmbedView, type EmbedView } from './embed';

export const OG_SIZE = { width: 1200, height: 630 } as const;

/** The pages with an image of their own, by path without the language prefix; factories and embeds come from data. */
const PAGES = { '/': 'dashboard', '/about': 'about', '/find': 'find', '/compare': 'compare', '/present': 'present' } as const;
type PageKey = (typeof PAGES)[keyof typeof PAGES];

export type OgSubject = { kind: 'page'; page: PageKey } | { kind: 'factory'; id: string } | { kind: 'embed'; view: EmbedView };

/** `dashboard`, `factory-litai`, `embed-map`: the image's file name without `.png`. */
function ogKey(subject: OgSubject): string {
  if (subject.kind === 'page') return subject.page;
  return subject.kind === 'factory' ? `factory-${subject.id}` : `embed-${subject.view}`;
}

/** The subject of a page at `path` (no language prefix), or null for a page without an image. */
export function ogSubjectOf(path: string): OgSubject | null {
  if (Object.hasOwn(PAGES, path)) return { kind: 'page', page: PAGES[path as keyof typeof PAGES] };
  const factory = /^\/factories\/([a-z0-9-]+)$/.exec(path);
  if (factory) return { kind: 'factory', id: factory[1]! };
  const embed = /^\/embed\/([a-z]+)$/.exec(path);
  return embed && isEmbedView(embed[1]!) ? { kind: 'embed', view: embed[1] } : null;
}

/** Every image's file name, for the build to write: the pages, each factory's, each embed's. */
export function ogFiles(factoryIds: readonly string[]): string[] {
  const subjects: OgSubject[] = [
    ...Object.values(PAGES).map((page) => ({ kind: 'page' as const, page })),
    ...factoryIds.map((id) => ({ kind: 'factory' as const, id })),
    ...EMBED_VIEWS.map((view) => ({ kind: 'embed' as const, view })),
  ];
  return subjects.map((s) => `${ogKey(s)}.png`);
}

/** The subject a file name stands for, or null when it names none (`factory-nope.png` is checked by the caller). */
export function parseOgFile(file: string): OgSubject | null {
  const key = /^([a-z0-9-]+)\.png$/.exec(file)?.[1];
  if (!key) return null;
  if (key.startsWith('factory-')) return { kind: 'factory', id: key.slice('factory-'.length) };
  if (key.startsWith('embed-')) {
    const view = key.slice('embed-'.length);
    return isEmbedView(view) ? { kind: 'embed', view } : null;
  }
  const page = Object.values(PAGES).find((p) => p === key);
  return page ? { kind: 'page', page } : null;
}

/** The image's path on the site, in the page's language (`/og/el/factory-pharos.png`). */
export function ogImagePath(locale: string, subject: OgSubject): string {
  return `/og/${locale}/${ogKey(subject)}.png`;
}
