import { describe, expect, it } from 'vitest';
import { metaPolicyOf } from '@/test/csp';
import { hashSource, inlineScripts, withPagePolicy } from './page-policy.mjs';

/** The shape of a page as Next writes it: charset first, inline CSS, the theme script, JSON-LD, bundles, payload. */
const PAGE = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>',
  '<style data-precedence="next" data-href="/a.css">:root{--bg:#fff}</style>',
  '<script>var d=document.documentElement;</script>',
  '<script type="application/ld+json">{"@type":"Dataset"}</script>',
  '<script src="/_next/static/chunks/a.js" async=""></script><script data-src="x" id="_R_">self.boot()</script>',
  '</head><body><p>Hi</p><script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script><script type="module">import("/m.js")</script>',
  '</body></html>',
].join('');

const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.split(' ')[0] === name);

describe('page policy', () => {
  it('hashes as CSP does: SHA-256 in base64 of the text, line ends as the HTML parser leaves them', () => {
    // SHA-256 of nothing, the test vector every implementation shares.
    expect(hashSource('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(hashSource('a\r\nb\rc')).toBe(hashSource('a\nb\nc'));
    expect(hashSource('é')).not.toBe(hashSource('e'));
  });

  it('finds the inline scripts a browser runs, not bundles or data blocks', () => {
    expect(inlineScripts(PAGE)).toEqual([
      'var d=document.documentElement;',
      'self.boot()',
      '(self.__next_f=self.__next_f||[]).push([0])',
      '(self.__next_f=self.__next_f||[]).push([0])',
      'import("/m.js")',
    ]);
  });

  it("allows each of the page's inline scripts and styles once by hash, and nothing else inline", () => {
    const html = withPagePolicy(PAGE, { styleTexts: ['.next-page{color:red}'] });
    const policy = metaPolicyOf(html)!;
    expect(directive(policy, 'script-src')).toBe(
      ["script-src 'self'", ...['var d=document.documentElement;', 'self.boot()', '(self.__next_f=self.__next_f||[]).push([0])', 'import("/m.js")'].map(hashSource)].join(' '),
    );
    expect(directive(policy, 'style-src-elem')).toBe(`style-src-elem 'self' ${hashSource(':root{--bg:#fff}')} ${hashSource('.next-page{color:red}')}`);
    expect(directive(policy, 'script-src')).not.toContain('unsafe');
  });

  it('puts the policy right after <meta charset>, before any script or style, and leaves the rest as it was', () => {
    const html = withPagePolicy(PAGE);
    const at = html.indexOf('<meta http-equiv="Content-Security-Policy"');
    expect(at).toBe(PAGE.indexOf('<meta name="viewport"'));
    expect(html.indexOf('<style')).toBeGreaterThan(at);
    expect(html.replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*"\/>/, '')).toBe(PAGE);
  });

  it('leaves frame-ancestors to the header: a meta policy cannot carry it', () => {
    expect(directive(metaPolicyOf(withPagePolicy(PAGE))!, 'frame-ancestors')).toBeUndefined();
  });

  it('replaces the policy of an earlier run: one meta element, for the page as it is now', () => {
    const once = withPagePolicy(PAGE);
    expect(withPagePolicy(once)).toBe(once);
    const edited = withPagePolicy(once.replace('self.boot()', 'self.boot(2)'));
    expect(edited.match(/http-equiv/g)).toHaveLength(1);
    expect(metaPolicyOf(edited)).toContain(hashSource('self.boot(2)'));
    expect(metaPolicyOf(edited)).not.toContain(hashSource('self.boot()'));
  });

  it('refuses a page without a <head>, which could not carry its policy', () => {
    expect(() => withPagePolicy('<p>fragment</p><script>x()</script>')).toThrow(/<head>/);
  });
});
