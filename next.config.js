// @ts-check

// next-intl: server components read their messages through i18n/request.ts (no proxy: see lib/i18n/locales.ts).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- this file is CommonJS, as Next loads it
const withNextIntl = require('next-intl/plugin')('./i18n/request.ts');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- this file is CommonJS, as Next loads it
const { frameAncestorsFrom, headerRules } = require('./lib/site/security-headers.js');

// `npm run build:static` (scripts/build-static.mjs) sets this: the same app as plain files in `out/` for any
// static host; its web server sends the headers (deploy/nginx.conf, out/_headers) since no Next server is there.
const staticExport = process.env.NEXT_OUTPUT === 'export';

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
      // runtime (wrapped in i18n/format-message.ts, which writes a plural's `#` without Intl): the ICU parser
      // (intl-messageformat, ~10 KB brotli) stays out of every page's JavaScript.
      'use-intl/format-message': './i18n/format-message.ts',
    },
  },
  experimental: {
    optimizePackageImports: ['recharts'],
    // Two root layouts (English and the prefixed languages): one 404 for paths that match neither (app/global-not-found.tsx).
    globalNotFound: true,
    // CSS in a <style> in the HTML, not render-blocking <link>s: the first paint needs no second request.
    inlineCss: true,
  },
  ...(staticExport
    ? { output: 'export' }
    : {
        async headers() {
          return headerRules({ dev: process.env.NODE_ENV === 'development', frameAncestors: frameAncestorsFrom(process.env.FRAME_ANCESTORS) });
        },
      }),
};

module.exports = withNextIntl(nextConfig);
