import { describe, expect, it } from 'vitest';
import { messagesOf } from '../../test/i18n';
import { EMBED_FIGURES, FIGURE_IDS, figureEntry, figureNamespaces, isSlideFigure, SECTION_IDS, sectionEmbeds, SLIDE_FIGURES, slideNamespaces } from './registry';

describe('the figure registry', () => {
  it('derives the embeds and the slides from the entries, in the registry’s order', () => {
    expect(EMBED_FIGURES).toEqual(FIGURE_IDS.filter((id) => figureEntry(id).embed));
    expect(SLIDE_FIGURES).toEqual(FIGURE_IDS.filter((id) => figureEntry(id).slide));
    expect(SLIDE_FIGURES.slice(0, 5)).toEqual(['kpis', 'map', 'sectors', 'funding', 'timeline']);
    expect(SLIDE_FIGURES).not.toContain('table');
  });

  it('lays out each section once, after the key figures at the head of the page', () => {
    expect(new Set(SECTION_IDS).size).toBe(SECTION_IDS.length);
    expect(SECTION_IDS).not.toContain('main');
    expect(SECTION_IDS.slice(0, 2)).toEqual(['country-spread', 'sector-coverage']);
    expect(SECTION_IDS.at(-1)).toBe('all-factories');
  });

  it('offers in a section’s Share list the embeds the section shows', () => {
    expect(sectionEmbeds('country-spread')).toEqual(['map', 'countries']);
    expect(sectionEmbeds('all-factories')).toEqual(['table']);
    expect(sectionEmbeds('main')).toEqual(['kpis']);
  });

  it('sends the shared words, then each figure’s, each namespace once', () => {
    expect(figureNamespaces(['map', 'countries'], ['embed'])).toEqual(['format', 'common', 'sentences', 'series', 'countrySpread', 'map', 'embed']);
  });

  it('gives every embed a starting height, and a title and a name in the messages', () => {
    const { embed } = messagesOf('en');
    for (const id of EMBED_FIGURES) {
      expect(figureEntry(id).embed?.height).toBeGreaterThan(0);
      expect(embed![`title_${id}`], id).toMatch(/\S/);
      expect(embed![`view_${id}`], id).toMatch(/\S/);
    }
  });

  it('sends screen mode its own words and those its slides’ drawings say', () => {
    expect(slideNamespaces().slice(0, 4)).toEqual(['format', 'present', 'sentences', 'series']);
  });

  it('knows a slide from anything else', () => {
    expect(isSlideFigure('timeline')).toBe(true);
    expect(isSlideFigure('table')).toBe(false);
    expect(isSlideFigure('spotlight-lumi-aif')).toBe(false);
  });
});
