import { describe, expect, it } from 'vitest';
import { EMBED_VIEWS } from './embed';
import { ogFiles, ogImagePath, ogSubjectOf, parseOgFile } from './og';

describe('Open Graph images', () => {
  it('names one image per page kind, factory and embed, and reads each name back', () => {
    const files = ogFiles(['litai', 'pharos']);
    expect(files).toHaveLength(5 + 2 + EMBED_VIEWS.length);
    expect(files).toContain('factory-litai.png');
    expect(files).toContain('embed-compare.png');
    for (const file of files) expect(parseOgFile(file), file).not.toBeNull();
  });

  it('maps each page path to its image, in the page language', () => {
    expect(ogImagePath('el', ogSubjectOf('/')!)).toBe('/og/el/dashboard.png');
    expect(ogImagePath('en', ogSubjectOf('/factories/litai')!)).toBe('/og/en/factory-litai.png');
    expect(ogImagePath('de', ogSubjectOf('/embed/map')!)).toBe('/og/de/embed-map.png');
    expect(ogSubjectOf('/compare')).toEqual({ kind: 'page', page: 'compare' });
  });

  it('names nothing for an unknown page or file', () => {
    expect(ogSubjectOf('/nope')).toBeNull();
    expect(ogSubjectOf('/embed/nope')).toBeNull();
    expect(parseOgFile('embed-nope.png')).toBeNull();
    expect(parseOgFile('dashboard.svg')).toBeNull();
    expect(parseOgFile('../x.png')).toBeNull();
  });
});
