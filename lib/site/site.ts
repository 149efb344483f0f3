// What the site says about itself in files other sites read (the Atom feed, the data package, JSON-LD).

/**
 * The public origin of the site, for absolute links in the feed and the metadata. Set `SITE_URL` at build time
 * (e.g. `SITE_URL=https://ai-factories.example.org npm run build`); without it the links point at the
 * `npm start` default. A malformed value falls back to the default rather than writing broken links.
 */
export function siteOrigin(env: string | undefined = process.env.SITE_URL): string {
  const fallback = 'http://localhost:3000';
  if (!env) return fallback;
  try {
    const url = new URL(env);
    return /^https?:$/.test(url.protocol) ? url.origin + url.pathname.replace(/\/+$/, '') : fallback;
  } catch {
    return fallback;
  }
}

/** The licence of the data; the code is MIT (package.json). */
export const DATA_LICENCE = {
  id: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

export const DATASET_TITLE = 'EU AI Factories and AI Factory Antennas';
export const DATASET_DESCRIPTION =
  'The AI Factories selected by the EuroHPC Joint Undertaking since December 2024 and the AI Factory Antennas ' +
  'linked to them: host, location, sectors, partner countries, supercomputer and announced funding, every ' +
  'figure with its source.';
