import { describe, expect, it } from 'vitest';
import { metaPolicyOf, serious } from '@/test/csp';
import { prefixedLocales } from '../i18n/locales';
import { hashSource, withPagePolicy } from './page-policy.mjs';
import { CONTENT_TYPES, EMBED_LOCALES, contentTypeOf, frameAncestorsFrom, headerRules, pagePolicy, securityHeaders } from './security-headers.js';

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

  it('leaves scripts to the page: a header naming script-src or default-src would block the hashed inline scripts', () => {
    for (const embed of [false, true]) {
      const policy = csp(securityHeaders({ embed }));
      expect(directive(policy, 'script-src')).toBeUndefined();
      expect(directive(policy, 'default-src')).toBeUndefined();
      expect(directive(policy, 'script-src-attr')).toBe("script-src-attr 'none'");
    }
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
    expect(typed.map((rule) => rule.source)).toEqual(['/:file(.*\\.csv)', '/:file(.*\\.json)', '/:file(.*\\.svg)', '/data/changes.xml']);
    expect(typed.map((rule) => rule.headers[0]!.value)).toEqual([
      CONTENT_TYPES['.csv'],
      CONTENT_TYPES['.json'],
      CONTENT_TYPES['.svg'],
      CONTENT_TYPES['/data/changes.xml'],
    ]);
  });
});

/** A page as the build leaves it: the theme script, Next's bootstrap and payload, its inlined CSS. */
const BUILT_PAGE =
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><style>:root{--bg:#fff}</style><script>var d=1</script>' +
  '<script src="/_next/static/chunks/a.js" async=""></script><script id="_R_">self.boot()</script></head>' +
  '<body><script>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>';

describe("CSP Evaluator on each page's policies (header and meta together)", () => {
  const meta = metaPolicyOf(withPagePolicy(BUILT_PAGE, { styleTexts: ['.a{color:red}'] }))!;

  for (const [name, options] of [
    ['a page', { embed: false }],
    ['a page framed by FRAME_ANCESTORS', { embed: false, frameAncestors: "'self' https://kiosk.example" }],
    ['an embed (frame-ancestors *)', { embed: true }],
  ] as const) {
    it(`finds nothing of high severity for ${name}`, () => {
      expect(serious([csp(securityHeaders(options)), meta])).toEqual([]);
    });
  }

  it("fails when 'unsafe-inline' comes back in script-src, in the header or beside the page's hashes", () => {
    const header = csp(securityHeaders({ embed: false }));
    expect(serious([`script-src 'self' 'unsafe-inline'; ${header}`, meta]).join()).toMatch(/unsafe-inline/);
    expect(serious([header, meta.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")]).join()).toMatch(/unsafe-inline/);
    expect(serious([header, pagePolicy({ scriptHashes: [], styleHashes: [] }).replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")])).not.toEqual([]);
  });

  it('fails when no policy governs scripts (a page without its meta policy)', () => {
    expect(serious([csp(securityHeaders({ embed: false }))]).join()).toMatch(/script-src directive is missing/);
  });

  it('holds the hashes, never a nonce or a host, for scripts', () => {
    expect(directive(meta, 'script-src')).toBe(`script-src 'self' ${['var d=1', 'self.boot()', '(self.__next_f=self.__next_f||[]).push([0])'].map(hashSource).join(' ')}`);
  });
});
