// @ts-check
// Each built page's own Content-Security-Policy: the hashes of the inline scripts and <style> elements the build
// wrote into it, in a <meta http-equiv> at the top of its <head> (docs/security.md says why a meta and not a
// header). Plain JavaScript, as its policy module (security-headers.js), so the build scripts run it as it is.
import { createHash } from 'node:crypto';
import securityHeaders from './security-headers.js';

const { pagePolicy } = securityHeaders;

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
/**
 * Script types a browser runs; any other (`application/ld+json`) is a data block, which CSP does not govern. A rarer
 * JavaScript type (`text/ecmascript`) would go unhashed: blocked, never allowed by mistake.
 */
const RUNNABLE_TYPE = /^(text\/javascript|application\/javascript|module|importmap|speculationrules)?$/i;
/** @param {string} name */
const ATTRIBUTE = (name) => new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+)))?(?=\\s|/|$)`, 'i');
const META = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\/>/gi;
/** Where the policy goes: first in <head>, or right after its <meta charset>, which must stay in the first 1024 bytes. */
const HEAD = /<head(?:\s[^>]*)?>(?:\s*<meta\s+charset=[^>]*>)?/i;

/**
 * The CSP hash source of an inline script's or style's text. The browser hashes the text as parsed, and the HTML
 * parser turns every CR LF and lone CR into LF before anything else.
 * @param {string} text
 */
export function hashSource(text) {
  return `'sha256-${createHash('sha256').update(text.replace(/\r\n?/g, '\n'), 'utf8').digest('base64')}'`;
}

/** @param {string} attributes @param {string} name */
function attribute(attributes, name) {
  const match = ATTRIBUTE(name).exec(attributes);
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : null;
}

/**
 * The texts of the inline scripts a browser would run in this HTML, in order.
 * @param {string} html
 */
export function inlineScripts(html) {
  return [...html.matchAll(SCRIPT)]
    .filter(([, attributes = '']) => attribute(attributes, 'src') === null && RUNNABLE_TYPE.test((attribute(attributes, 'type') ?? '').trim()))
    .map(([, , text = '']) => text);
}

/** @param {string} html */
function inlineStyles(html) {
  return [...html.matchAll(STYLE)].map(([, text = '']) => text);
}

/**
 * The HTML with its policy in a meta element, replacing any an earlier run wrote.
 * @param {string} html a whole page
 * @param {{ styleTexts?: string[] }} [options] texts the page may add as <style> elements later: Next's client router
 *   inserts each stylesheet of the next page as an inline <style> (the chunk's text from the RSC payload).
 */
export function withPagePolicy(html, { styleTexts = [] } = {}) {
  const page = html.replace(META, '');
  const head = HEAD.exec(page);
  if (!head) throw new Error('The page has no <head> to hold its Content-Security-Policy');
  const unique = (/** @type {string[]} */ texts) => [...new Set(texts.map(hashSource))];
  const policy = pagePolicy({ scriptHashes: unique(inlineScripts(page)), styleHashes: unique([...inlineStyles(page), ...styleTexts]) });
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"/>`;
  const at = head.index + head[0].length;
  return page.slice(0, at) + meta + page.slice(at);
}
