import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CONTENT_TYPES, EMBED_LOCALES, contentTypeOf, securityHeaders } from '../lib/site/security-headers.js';
import { IMMUTABLE, NO_CACHE, REVALIDATE, VERSION_PATH, headersFile, nginxServerBlock, precompress } from './deploy-files.mjs';

const LOCALE_EMBEDS = `~ ^/(${EMBED_LOCALES.join('|')})/embed/`;

/** The body of one `location … {}` of the block. */
function locationBody(conf: string, match: string): string {
  const start = conf.indexOf(`    location ${match} {`);
  expect(start, `location ${match}`).toBeGreaterThan(-1);
  return conf.slice(start, conf.indexOf('\n    }', start));
}

/** The add_header lines of one `location … {}` of the block, as { name: value }. */
function location(conf: string, match: string): Record<string, string> {
  return Object.fromEntries([...locationBody(conf, match).matchAll(/add_header (\S+) "([^"]*)" always;/g)].map((m) => [m[1], m[2]]));
}

/** The type nginx sends from a location: its default_type, with `; charset=utf-8` where charset_types lists it. */
function nginxType(conf: string, match: string): string {
  const body = locationBody(conf, match);
  expect(body, match).toContain('types { }');
  const mime = /default_type (\S+);/.exec(body)?.[1];
  return body.includes(`charset_types ${mime};`) ? `${mime}; charset=utf-8` : `${mime}`;
}

/** The blocks of a `_headers` file as { pattern: lines }, in order (a pattern may come twice). */
function headerBlocks(file: string): [string, string[]][] {
  return file
    .split('\n\n')
    .slice(1)
    .map((block) => {
      const [pattern, ...lines] = block.trim().split('\n');
      return [pattern!, lines.map((l) => l.trim())];
    });
}

describe('deploy/nginx.conf', () => {
  it('is what the headers module generates today (run npm run build:static and commit it)', () => {
    expect(readFileSync('deploy/nginx.conf', 'utf8')).toBe(nginxServerBlock());
  });

  it('lists every security header in every location (a location with its own add_header drops the rest)', () => {
    const conf = nginxServerBlock({ frameAncestors: "'self' https://kiosk.example" });
    const locations = [...conf.matchAll(/^ {4}location (.+) \{$/gm)].map((m) => m[1]!);
    expect(locations).toEqual([
      '/',
      '^~ /_next/static/',
      '^~ /embed/',
      LOCALE_EMBEDS,
      '= /present/version.json',
      '~ \\.csv$',
      '~ \\.json$',
      '~ \\.svg$',
      '= /data/changes.xml',
    ]);
    for (const match of locations) {
      const headers = location(conf, match);
      for (const { key, value } of securityHeaders({ embed: match.includes('/embed/'), frameAncestors: "'self' https://kiosk.example" }))
        expect(headers[key], `${match} ${key}`).toBe(value);
      expect(headers['Cache-Control'], match).toBeTruthy();
    }
    expect(location(conf, '^~ /embed/')['Content-Security-Policy']).toMatch(/frame-ancestors \*$/);
    expect(location(conf, LOCALE_EMBEDS)['Content-Security-Policy']).toMatch(/frame-ancestors \*$/);
    expect(location(conf, '/')['Content-Security-Policy']).toMatch(/frame-ancestors 'self' https:\/\/kiosk\.example$/);
    expect(location(conf, '^~ /_next/static/')['Cache-Control']).toBe(IMMUTABLE);
    expect(location(conf, '= /present/version.json')['Cache-Control']).toBe(NO_CACHE);
    expect(conf).not.toMatch(/^ {4}add_header/m);
  });

  it('sends every data file with the type of the one table (not mime.types: the feed is not text/xml)', () => {
    const conf = nginxServerBlock();
    expect(nginxType(conf, '= /data/changes.xml')).toBe('application/atom+xml; charset=utf-8');
    expect(nginxType(conf, '~ \\.csv$')).toBe(CONTENT_TYPES['.csv']);
    expect(nginxType(conf, '~ \\.json$')).toBe(CONTENT_TYPES['.json']);
    // An exact location beats the extension's regex, so it carries the type itself.
    expect(nginxType(conf, '= /present/version.json')).toBe(contentTypeOf(VERSION_PATH));
    for (const [key, type] of Object.entries(CONTENT_TYPES)) expect(nginxType(conf, key.startsWith('.') ? `~ \\${key}$` : `= ${key}`), key).toBe(type);
  });

  it('serves clean URLs, the 404 page for what nginx refuses, and precompressed files', () => {
    const conf = nginxServerBlock({ root: '/srv/out', listen: '127.0.0.1:8300' });
    expect(conf).toContain('listen 127.0.0.1:8300;');
    expect(conf).toContain('root /srv/out;');
    expect(conf).toContain('try_files $uri $uri.html $uri/index.html =404;');
    expect(conf).toContain('error_page 404 /404.html;');
    expect(conf).toContain('error_page 400 =404 /404.html;');
    expect(conf).toContain('gzip_static on;');
  });
});

describe('out/_headers', () => {
  const files = ['/index.html', '/data/ai-factories.csv', '/data/changes.xml', '/data/datapackage.json', VERSION_PATH, '/europe-map.svg', '/og/en.png'];
  const blocks = headerBlocks(headersFile({ frameAncestors: "'none'", files }));
  const embedPolicy = securityHeaders({ embed: true }).find((h) => h.key === 'Content-Security-Policy')!.value;

  it('sends the security headers and five minutes of cache everywhere', () => {
    const [pattern, lines] = blocks[0]!;
    expect(pattern).toBe('/*');
    expect(lines).toEqual([...securityHeaders({ embed: false, frameAncestors: "'none'" }).map((h) => `${h.key}: ${h.value}`), `Cache-Control: ${REVALIDATE}`]);
  });

  it('replaces the policy with the framable one on /embed/* and on each language’s embeds', () => {
    const embeds = blocks.filter(([pattern]) => pattern.endsWith('/embed/*'));
    expect(embeds.map(([pattern]) => pattern)).toEqual(['/embed/*', ...EMBED_LOCALES.map((l) => `/${l}/embed/*`)]);
    for (const [pattern, lines] of embeds) expect(lines, pattern).toEqual(['! Content-Security-Policy', `Content-Security-Policy: ${embedPolicy}`]);
  });

  it('caches hashed files for a year and never the screen-mode version file', () => {
    expect(blocks).toContainEqual(['/_next/static/*', ['! Cache-Control', `Cache-Control: ${IMMUTABLE}`]]);
    expect(blocks).toContainEqual([VERSION_PATH, ['! Cache-Control', `Cache-Control: ${NO_CACHE}`]]);
  });

  it('gives each data file the type of the one table, and no other file a type', () => {
    const typed = blocks.filter(([, lines]) => lines.some((l) => l.startsWith('Content-Type:')));
    expect(Object.fromEntries(typed)).toEqual({
      '/data/ai-factories.csv': ['Content-Type: text/csv; charset=utf-8'],
      '/data/changes.xml': ['Content-Type: application/atom+xml; charset=utf-8'],
      '/data/datapackage.json': [`Content-Type: ${CONTENT_TYPES['.json']}`],
      [VERSION_PATH]: [`Content-Type: ${CONTENT_TYPES['.json']}`],
      '/europe-map.svg': [`Content-Type: ${CONTENT_TYPES['.svg']}`],
    });
  });
});

describe('precompress', () => {
  it('writes a .gz and a .br that unpack to the file, for every text file over 256 bytes, in every folder', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'precompress-'));
    mkdirSync(path.join(dir, 'de', 'factories'), { recursive: true });
    const page = '<p>AI Factory</p>'.repeat(200);
    const files = { 'index.html': page, 'de/factories/x.txt': page.repeat(3), 'small.html': '<p>hi</p>', 'icon.png': page };
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);

    const { files: packed } = await precompress(dir);

    const written = readdirSync(dir, { recursive: true }).map(String).filter((f) => /\.(gz|br)$/.test(f)).sort();
    expect(written).toEqual(['de/factories/x.txt.br', 'de/factories/x.txt.gz', 'index.html.br', 'index.html.gz'].map((f) => f.split('/').join(path.sep)));
    expect(packed).toBe(2);
    expect(brotliDecompressSync(readFileSync(path.join(dir, 'index.html.br'))).toString()).toBe(page);
    expect(gunzipSync(readFileSync(path.join(dir, 'de/factories/x.txt.gz'))).toString()).toBe(page.repeat(3));
  });
});
