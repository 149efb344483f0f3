import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EMBED_LOCALES, securityHeaders } from '../lib/site/security-headers.js';

const LOCALE_EMBEDS = `~ ^/(${EMBED_LOCALES.join('|')})/embed/`;
import { CSV_TYPE, IMMUTABLE, headersFile, nginxServerBlock } from './deploy-files.mjs';

/** The add_header lines of one `location … {}` of the block, as { name: value }. */
function location(conf: string, match: string): Record<string, string> {
  const start = conf.indexOf(`    location ${match} {`);
  expect(start, `location ${match}`).toBeGreaterThan(-1);
  const body = conf.slice(start, conf.indexOf('\n    }', start));
  return Object.fromEntries([...body.matchAll(/add_header (\S+) "([^"]*)" always;/g)].map((m) => [m[1], m[2]]));
}

describe('deploy/nginx.conf', () => {
  it('is what the headers module generates today (run npm run build:static and commit it)', () => {
    expect(readFileSync('deploy/nginx.conf', 'utf8')).toBe(nginxServerBlock());
  });

  it('lists every security header in every location (a location with its own add_header drops the rest)', () => {
    const conf = nginxServerBlock({ frameAncestors: "'self' https://kiosk.example" });
    const locations = [...conf.matchAll(/^ {4}location (.+) \{$/gm)].map((m) => m[1]!);
    expect(locations).toEqual(['/', '^~ /_next/static/', '^~ /embed/', LOCALE_EMBEDS, '= /present/version.json', '~ \\.csv$']);
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
    expect(conf).not.toMatch(/^ {4}add_header/m);
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
  it('sends the security headers everywhere, its own policy on /embed/*, and the cache and CSV rules', () => {
    const file = headersFile({ frameAncestors: "'none'" });
    const [all, embed] = file.split('\n\n').slice(1);
    for (const { key, value } of securityHeaders({ embed: false, frameAncestors: "'none'" })) expect(all).toContain(`  ${key}: ${value}\n`);
    expect(embed).toBe(
      `/embed/*\n  ! Content-Security-Policy\n  Content-Security-Policy: ${securityHeaders({ embed: true })[0]!.value}`,
    );
    expect(file).toContain(`/_next/static/*\n  ! Cache-Control\n  Cache-Control: ${IMMUTABLE}`);
    expect(file).toContain(`/data/ai-factories.csv\n  Content-Type: ${CSV_TYPE}`);
  });
});
