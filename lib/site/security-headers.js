// @ts-check
// The one source of the security headers and of each page's own policy. CommonJS so `next.config.js` can require it
// as it is; the same rules are written into `deploy/nginx.conf` and `out/_headers` (scripts/deploy-files.mjs), so the
// three cannot drift, and the page policy into every built page (lib/site/page-policy.mjs).

// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS, as next.config.js requires this file
const { PREFIXED_LOCALES } = require('../i18n/locale-codes.js');

/** @typedef {{ key: string, value: string }} Header */
/** @typedef {{ source: string, headers: Header[] }} HeaderRule Next's `headers()` shape: `source` is a path pattern. */
/** @typedef {{ dev?: boolean, frameAncestors?: string }} HeaderOptions */

/** Pages anyone may frame: the embeddable charts (`/embed/…`), meant to sit in a news site's article. */
const EMBED_PREFIX = '/embed/';
/** The same embeds in the site's other languages (`/de/embed/map`). */
const EMBED_LOCALES = PREFIXED_LOCALES;

/**
 * The Content-Type of each kind of data file, by exact path or by extension (a path wins over its extension).
 * One table for every server: the route handlers and next.config.js send it, and scripts/deploy-files.mjs writes it
 * into deploy/nginx.conf and out/_headers, so a file has one type whoever serves it. Without it nginx would take
 * its own from mime.types (the Atom feed as text/xml). Add a new kind of data file here.
 * @type {Readonly<Record<string, string>>}
 */
const CONTENT_TYPES = {
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '/data/changes.xml': 'application/atom+xml; charset=utf-8',
};

/**
 * The type CONTENT_TYPES gives a path, or undefined when it names none (the server's own default applies).
 * @param {string} path
 */
function contentTypeOf(path) {
  if (Object.hasOwn(CONTENT_TYPES, path)) return CONTENT_TYPES[path];
  const extension = /\.[a-z0-9]+$/i.exec(path)?.[0].toLowerCase();
  return extension && Object.hasOwn(CONTENT_TYPES, extension) ? CONTENT_TYPES[extension] : undefined;
}

/**
 * Who may frame the other pages (a lobby screen's kiosk page, an intranet): space-separated CSP sources from
 * FRAME_ANCESTORS, e.g. "'self' https://example.org"; read at build time, so set it for the build.
 * @param {string | undefined} value
 */
function frameAncestorsFrom(value) {
  return value?.trim() || "'self'";
}

/**
 * Directives every response carries, however it is delivered. script-src is not among them: it holds each page's
 * hashes, so it is in the page (pagePolicy); nor is default-src, which a policy without script-src falls back to.
 */
const SHARED_DIRECTIVES = [
  // No inline event handlers (`onclick="…"`): React attaches its own from the bundles.
  "script-src-attr 'none'",
  // Browsers without style-src-elem and style-src-attr (Firefox before 108, Safari before 15.4) read this one alone.
  "style-src 'self' 'unsafe-inline'",
  // The server HTML's `style` attributes: React `style` props (map marker positions, legend swatches, bar widths).
  "style-src-attr 'unsafe-inline'",
  // Chart PNG export draws the SVG into a canvas through blob: and data: URLs.
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/**
 * The policy of one page, for a `<meta http-equiv="Content-Security-Policy">` in its <head>: scripts from this origin
 * and the page's own inline scripts by hash (the theme script, Next's bootstrap and RSC payload), <style> elements
 * likewise, nothing else inline. The build writes it into every HTML file (lib/site/page-policy.mjs), so the hashes
 * always match the bytes they sit beside. A meta policy cannot carry frame-ancestors: the header does.
 * @param {{ scriptHashes: string[], styleHashes: string[] }} hashes CSP hash sources (`'sha256-…'`)
 */
function pagePolicy({ scriptHashes, styleHashes }) {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes].join(' '),
    ["style-src-elem 'self'", ...styleHashes].join(' '),
    ...SHARED_DIRECTIVES,
  ].join('; ');
}

/**
 * The policy header. A browser enforces every policy it is given, so a header that named script-src (or default-src,
 * which script-src falls back to) would block the inline scripts each page's own policy allows by hash: the header
 * leaves scripts to the page. `next dev` writes no page policies and needs 'unsafe-eval' (React Refresh): there the
 * header carries the whole policy, with 'unsafe-inline'.
 * @param {{ dev: boolean, frameAncestors: string }} options
 */
function contentSecurityPolicy({ dev, frameAncestors }) {
  return [
    ...(dev ? ["default-src 'self'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'"] : []),
    ...SHARED_DIRECTIVES,
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

/**
 * The headers of one response, by path: `/embed/…` may be framed by any site, every other path only by
 * FRAME_ANCESTORS.
 * @param {{ embed: boolean } & HeaderOptions} options
 * @returns {Header[]}
 */
function securityHeaders({ embed, dev = false, frameAncestors = "'self'" }) {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy({ dev, frameAncestors: embed ? '*' : frameAncestors }) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    // Screen mode (/present) asks for full screen; nothing here needs a camera, a microphone or a location.
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), fullscreen=(self)' },
  ];
}

/**
 * The rules for Next's `headers()`. Next applies every matching rule and a later rule's key wins, so the embed
 * rule comes last and replaces only the policy of `/embed/…`.
 * @param {HeaderOptions} [options]
 * @returns {HeaderRule[]}
 */
function headerRules(options = {}) {
  return [
    { source: '/:path*', headers: securityHeaders({ ...options, embed: false }) },
    { source: `${EMBED_PREFIX}:path*`, headers: securityHeaders({ ...options, embed: true }) },
    { source: `/:locale(${EMBED_LOCALES.join('|')})${EMBED_PREFIX}:path*`, headers: securityHeaders({ ...options, embed: true }) },
    ...contentTypeRules(),
  ];
}

/**
 * CONTENT_TYPES as Next rules, extensions first so a path's own type comes later and wins. A route handler's own
 * Content-Type replaces these (Next sets the rules' headers before the handler runs), so the handlers take theirs
 * from contentTypeOf too; the rules hold it for every other file Next serves.
 * @returns {HeaderRule[]}
 */
function contentTypeRules() {
  const entries = Object.entries(CONTENT_TYPES);
  // Next's source syntax: these characters are special unless escaped; in the extension's regex the dot is too.
  const escape = (/** @type {string} */ text) => text.replace(/[()*+?:{}]/g, '\\$&');
  return [...entries.filter(([key]) => key.startsWith('.')), ...entries.filter(([key]) => key.startsWith('/'))].map(([key, value]) => ({
    source: key.startsWith('.') ? `/:file(.*\\${key})` : escape(key),
    headers: [{ key: 'Content-Type', value }],
  }));
}

module.exports = { EMBED_PREFIX, EMBED_LOCALES, CONTENT_TYPES, contentTypeOf, frameAncestorsFrom, securityHeaders, headerRules, pagePolicy };
