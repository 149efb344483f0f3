// @ts-check

// next-intl: server components read their messages through i18n/request.ts (no proxy: see lib/locales.ts).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS config, like the rest of this file
const withNextIntl = require('next-intl/plugin')('./i18n/request.ts');

const isDev = process.env.NODE_ENV === 'development';

/**
 * Who may frame the pages (a lobby screen's kiosk page, an intranet). Space-separated CSP sources,
 * e.g. FRAME_ANCESTORS="'self' https://example.org"; read when the config loads (`next build` writes it into
 * the routes manifest, so set it for the build).
 */
const frameAncestors = process.env.FRAME_ANCESTORS?.trim() || "'self'";

/**
 * Every page is prerendered, so there is no request to mint a nonce for, and the inline RSC payload scripts
 * (`self.__next_f.push(…)`) differ per page and per build: scripts need 'unsafe-inline' (README, "Security headers").
 * No 'unsafe-eval' outside `next dev` (React Refresh needs it there).
 */
const csp = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
  // React `style` attributes and Recharts' inline styles.
  "style-src 'self' 'unsafe-inline'",
  // Chart PNG export draws the SVG into a canvas through blob: and data: URLs.
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  `frame-ancestors ${frameAncestors}`,
].join('; ');

const securityHeaders = [
  { key: 'Content-Security-Policy', value: csp },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  // Screen mode (/present) asks for full screen; nothing here needs a camera, a microphone or a location.
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), fullscreen=(self)' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A second build (the hostile-data e2e fixture) must not overwrite the main one.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // `npm test` runs `tsc --noEmit` before its builds; its two e2e builds skip Next's second pass of the same check
  // (about 15 s each). A plain `npm run build` still type-checks.
  typescript: { ignoreBuildErrors: process.env.BUILD_SKIP_TYPECHECK === '1' },
  reactStrictMode: true,
  turbopack: {
    resolveAlias: {
      // Messages are compiled on the server (i18n/messages.ts), so next-intl formats them with its format-only
      // runtime: the ICU parser (intl-messageformat, ~10 KB brotli) stays out of every page's JavaScript.
      'use-intl/format-message': './node_modules/use-intl/dist/esm/production/format-message/format-only.js',
    },
  },
  experimental: {
    optimizePackageImports: ['recharts'],
    // Two root layouts (English and the prefixed languages): one 404 for paths that match neither (app/global-not-found.tsx).
    globalNotFound: true,
  },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

module.exports = withNextIntl(nextConfig);
