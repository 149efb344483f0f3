import { describe, expect, it } from 'vitest';
import { EMBED_FIGURES, FIGURE_IDS, figureNamespaces, isSlideFigure, SECTION_IDS, sectionEmbeds, SLIDE_FIGURES } from './registry';

describe('the figure registry', () => {
  it('derives every surface’s list from one declaration, in its order', () => {
    expect(FIGURE_IDS).toEqual(['kpis', 'map', 'countries', 'sectors', 'funding', 'timeline', 'plans', 'growth', 'table']);
    expect(EMBED_FIGURES).toEqual(FIGURE_IDS.filter((id) => id !== 'growth'));
    expect(SLIDE_FIGURES).toEqual(['kpis', 'map', 'sectors', 'funding', 'timeline', 'plans', 'growth']);
    expect(SECTION_IDS).toEqual(['country-spread', 'sector-coverage', 'funding', 'timeline', 'plans', 'all-factories']);
  });

  it('offers in a section’s Share list the embeds the section shows', () => {
    expect(sectionEmbeds('country-spread')).toEqual(['map', 'countries']);
    expect(sectionEmbeds('all-factories')).toEqual(['table']);
    expect(sectionEmbeds('main')).toEqual(['kpis']);
  });

  it('sends the shared words, then each figure’s, each namespace once', () => {
    expect(figureNamespaces(['map', 'countries'], ['embed'])).toEqual(['format', 'common', 'sentences', 'series', 'countrySpread', 'map', 'embed']);
  });

  it('knows a slide from anything else', () => {
    expect(isSlideFigure('timeline')).toBe(true);
    expect(isSlideFigure('table')).toBe(false);
    expect(isSlideFigure('spotlight-lumi-aif')).toBe(false);
  });
});
