/**
 * The tag of a test that runs on `next start` only, in a spec that otherwise runs on both servers. Both serve the same
 * prerendered pages (no page reads its query string on the server) and the same scripts, so what the browser does
 * with a query, a click or a key is the same code on either; what can differ is what the server sends: status,
 * headers, types, files, clean URLs. A test of the browser's side runs once; a second run would only cost time (the
 * suite has fifteen minutes). The nginx project leaves these out (playwright.config.ts, grepInvert).
 */
export const ONCE = '@once';
