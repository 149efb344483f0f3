import { describe, expect, it } from 'vitest';
import { prefixedLocales } from '../i18n/locales';
import { EMBED_LOCALES, frameAncestorsFrom, headerRules, securityHeaders } from './security-headers.js';

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
});
