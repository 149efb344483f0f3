import { describe, expect, it } from 'vitest';
import { dashboardUrl, embedCode, embedUrl, isEmbedView, isFilterEmbedView } from './embed';
import { EMPTY_FILTERS } from './filters';

const ORIGIN = 'https://ai-factories.example';
const wave2 = { ...EMPTY_FILTERS, waves: [2], sectors: ['health'] };

describe('embed links', () => {
  it('carries the filters to the embed and back to the dashboard section', () => {
    expect(embedUrl(ORIGIN, 'funding', wave2)).toBe(`${ORIGIN}/embed/funding?wave=2&sector=health`);
    expect(dashboardUrl(ORIGIN, 'funding', wave2)).toBe(`${ORIGIN}/?wave=2&sector=health#funding`);
    expect(embedUrl(ORIGIN, 'map', EMPTY_FILTERS)).toBe(`${ORIGIN}/embed/map`);
  });

  it('writes an iframe with a title, full width, a starting height, lazy loading, and the sizing script', () => {
    const code = embedCode(ORIGIN, 'map', wave2, { prefix: '', title: 'Where the EU AI Factories are' });
    expect(code).toContain(`src="${ORIGIN}/embed/map?wave=2&amp;sector=health"`);
    expect(code).toContain('title="Where the EU AI Factories are"');
    expect(code).toMatch(/width="100%" height="\d+"/);
    expect(code).toContain('loading="lazy"');
    expect(code).toContain(`<script src="${ORIGIN}/embed.js" async></script>`);
  });

  it('escapes what it puts in attributes', () => {
    const code = embedCode(ORIGIN, 'table', { ...EMPTY_FILTERS, q: '"><script>' }, { prefix: '', title: 'All "factories" <here>' });
    expect(code).not.toContain('"><script>');
    expect(code).toContain('q=%22%3E%3Cscript%3E');
    expect(code).toContain('title="All &quot;factories&quot; &lt;here>"');
  });

  it('carries a comparison’s factories instead of filters', () => {
    expect(embedUrl(ORIGIN, 'compare', { ids: ['alpha', 'beta'] }, '/de')).toBe(`${ORIGIN}/de/embed/compare?ids=alpha,beta`);
    expect(embedUrl(ORIGIN, 'compare', { ids: [] })).toBe(`${ORIGIN}/embed/compare`);
    expect(embedCode(ORIGIN, 'compare', { ids: ['a', 'b'] }, { prefix: '/de', title: 'Vergleich' })).toContain(`src="${ORIGIN}/de/embed/compare?ids=a,b" title="Vergleich"`);
  });

  it('knows its views', () => {
    expect(isEmbedView('compare')).toBe(true);
    expect(isEmbedView('sectors')).toBe(true);
    expect(isEmbedView('constructor')).toBe(false);
  });
});

describe('the embed theme', () => {
  it('puts the chosen theme in the embed code after the view’s own query, and nothing for the reader’s own', () => {
    expect(embedCode(ORIGIN, 'map', wave2, { prefix: '', title: 'Map' }, 'light')).toContain(`src="${ORIGIN}/embed/map?wave=2&amp;sector=health&amp;theme=light"`);
    expect(embedUrl(ORIGIN, 'kpis', EMPTY_FILTERS, '/el', 'dark')).toBe(`${ORIGIN}/el/embed/kpis?theme=dark`);
    expect(embedUrl(ORIGIN, 'compare', { ids: ['a', 'b'] }, '', 'light')).toBe(`${ORIGIN}/embed/compare?ids=a,b&theme=light`);
    expect(embedCode(ORIGIN, 'map', EMPTY_FILTERS, { prefix: '', title: 'Map' }, 'auto')).not.toContain('theme=');
  });
});

describe('embed views and the embed code’s escaping', () => {
  it('tells filter views from the comparison', () => {
    expect([isFilterEmbedView('kpis'), isFilterEmbedView('compare'), isFilterEmbedView('nope')]).toEqual([true, false, false]);
  });
  it('escapes quotes and angle brackets in the iframe’s title', () => {
    expect(embedCode('https://example.org', 'kpis', EMPTY_FILTERS, { prefix: '', title: 'A "B" <C> & D' })).toContain('title="A &quot;B&quot; &lt;C> &amp; D"');
  });
});
