/**
 * The tag of a test that runs on one server only (`next start`), in a spec that otherwise runs on both: what it
 * checks is the app's own code, the same whichever server sends the files, and a second run would only cost time
 * (the suite has fifteen minutes). The nginx project leaves these out (playwright.config.ts, grepInvert).
 */
export const ONCE = '@once';
