/**
 * The tag of a test that runs on `next start` only, in a spec that otherwise runs on both servers. The two do not
 * send the same site: out/ is a build of its own (`output: 'export'`, without the proxy and the pseudo-locale), with
 * one HTML file for every query of a page, and there a link followed inside the app fetches the next page's `.txt`
 * payload from the host. What the browser does with a query, a click or a key once a page runs is the same code on
 * either, so such a test runs once; what can differ runs on both: what the server sends (status, headers, types,
 * files, clean URLs), each kind of page with its query read in the browser, and every move between pages inside the
 * app (static-site.spec.ts). The nginx project leaves the tagged tests out (playwright.config.ts, grepInvert).
 */
export const ONCE = '@once';
