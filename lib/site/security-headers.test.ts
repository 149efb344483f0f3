import { describe, expect, it } from 'vitest';
import { prefixedLocales } from '../i18n/locales';
import { CONTENT_TYPES, EMBED_LOCALES, contentTypeOf, frameAncestorsFrom, headerRules, securityHeaders } from './security-headers.js';

const csp = (headers: { key: string; value: string }[]) => headers.find((h) => h.key === 'Content-Security-Policy')?.value ?? '';
const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `));

describe('security headers', () => {
  it('lets any site frame the embeds of every language of the site, and only those', () => {
    expect([...EMBED_LOCALES].sort()).toEqual([...prefixedLocales()].sort());
  });

  it('frames every page only from FRAME_ANCESTORS, default self', () => {
    expect(frameAncestorsFrom(undefined)).toBe("'self'");
    expect(frameAncestorsFrom('  ')).toBe("'self'");
    expect(frameAncestorsFrom(" 'self' https://example.org ")).toBe("'self' https://example.org");
    const policy = csp(securityHeaders({ embed: false, frameAncestors: "'self' https://example.org" }));
    expect(directive(policy, 'frame-ancestors')).toBe("frame-ancestors 'self' https://example.org");
  });

  it('lets any site frame /embed/ and keeps the rest of the policy as strict', () => {
    const page = csp(securityHeaders({ embed: false }));
    const embed = csp(securityHeaders({ embed: true }));
    expect(directive(page, 'frame-ancestors')).toBe("frame-ancestors 'self'");
    expect(directive(embed, 'frame-ancestors')).toBe('frame-ancestors *');
    expect(embed.replace('frame-ancestors *', '')).toBe(page.replace("frame-ancestors 'self'", ''));
  });

  it("allows 'unsafe-eval' only in next dev", () => {
    expect(csp(securityHeaders({ embed: false }))).not.toContain('unsafe-eval');
    expect(directive(csp(securityHeaders({ embed: false, dev: true })), 'script-src')).toBe("script-src 'self' 'unsafe-inline' 'unsafe-eval'");
  });

  it('gives Next one rule for every path and a later one for /embed/ that overrides only the policy', () => {
    const [all, embed] = headerRules({ frameAncestors: "'none'" });
    expect(all?.source).toBe('/:path*');
    expect(embed?.source).toBe('/embed/:path*');
    expect(directive(csp(all!.headers), 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive(csp(embed!.headers), 'frame-ancestors')).toBe('frame-ancestors *');
    expect(all!.headers.map((h) => h.key)).toEqual(['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy']);
  });

  it('types a data file by its path first, then by its extension, and leaves other files to the server', () => {
    expect(contentTypeOf('/data/changes.xml')).toBe('application/atom+xml; charset=utf-8');
    expect(contentTypeOf('/data/ai-factories.csv')).toBe('text/csv; charset=utf-8');
    expect(contentTypeOf('/data/factories/lumi-aif.JSON')).toBe(CONTENT_TYPES['.json']);
    expect(contentTypeOf('/sitemap.xml')).toBeUndefined();
    expect(contentTypeOf('/constructor')).toBeUndefined();
    expect(contentTypeOf('/data/x.toString')).toBeUndefined();
  });

  it('gives Next a Content-Type rule per entry of the table, a path after the extensions so that it wins', () => {
    const typed = headerRules().filter((rule) => rule.headers.some((h) => h.key === 'Content-Type'));
    expect(typed.map((rule) => rule.source)).toEqual(['/:file(.*\\.csv)', '/:file(.*\\.json)', '/data/changes.xml']);
    expect(typed.map((rule) => rule.headers[0]!.value)).toEqual([CONTENT_TYPES['.csv'], CONTENT_TYPES['.json'], CONTENT_TYPES['/data/changes.xml']]);
  });
});
