import { describe, expect, it } from 'vitest';
import { EMBED_FIGURES, FIGURE_IDS, figureNamespaces, isSlideFigure, SECTION_IDS, sectionEmbeds, SLIDE_FIGURES, slideNamespaces } from './registry';

describe('the figure registry', () => {
  it('derives every surface’s list from one declaration, in its order', () => {
    expect(FIGURE_IDS).toEqual(['kpis', 'map', 'countries', 'sectors', 'funding', 'compute', 'timeline', 'table']);
    expect(EMBED_FIGURES).toEqual(FIGURE_IDS);
    expect(SLIDE_FIGURES).toEqual(['kpis', 'map', 'sectors', 'funding', 'compute', 'timeline']);
    expect(SECTION_IDS).toEqual(['country-spread', 'sector-coverage', 'funding', 'compute', 'timeline', 'all-factories']);
  });

  it('offers in a section’s Share list the embeds the section shows', () => {
    expect(sectionEmbeds('country-spread')).toEqual(['map', 'countries']);
    expect(sectionEmbeds('all-factories')).toEqual(['table']);
    expect(sectionEmbeds('main')).toEqual(['kpis']);
  });

  it('sends the shared words, then each figure’s, each namespace once', () => {
    expect(figureNamespaces(['map', 'countries'], ['embed'])).toEqual(['format', 'common', 'sentences', 'series', 'countrySpread', 'map', 'embed']);
  });

  it('sends screen mode its own words and those its slides’ drawings say', () => {
    expect(slideNamespaces()).toEqual(['format', 'present', 'sentences', 'series', 'compute']);
  });

  it('knows a slide from anything else', () => {
    expect(isSlideFigure('timeline')).toBe(true);
    expect(isSlideFigure('table')).toBe(false);
    expect(isSlideFigure('spotlight-lumi-aif')).toBe(false);
  });
});
