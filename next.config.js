// @ts-check

// eslint-disable-next-line @typescript-eslint/no-require-imports -- this file is CommonJS, as Next loads it
const { frameAncestorsFrom, headerRules } = require('./lib/security-headers.js');

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
  experimental: {
    optimizePackageImports: ['recharts'],
    // CSS in a <style> in the HTML, not render-blocking <link>s: the first paint needs no second request (issue 11).
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

module.exports = nextConfig;
