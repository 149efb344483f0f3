import { describe, expect, it } from 'vitest';
import { BASE_SLIDES, buildSlides, parseInterval, parsePoll, parseTheme, spotlightOf } from './present';


describe('parseInterval', () => {
  it('accepts seconds from 3 to 3600', () => {
    expect(parseInterval('3')).toBe(3);
    expect(parseInterval('20')).toBe(20);
    expect(parseInterval(' 45 ')).toBe(45);
    expect(parseInterval('7.5')).toBe(7.5);
    expect(parseInterval('3600')).toBe(3600);
  });
  it('falls back to 20 for anything else', () => {
    for (const bad of ['', '-5', '0', '2', '3601', 'abc', '20s', '1e3', 'NaN', 'Infinity', '<script>', '99999999'])
      expect(parseInterval(bad), bad).toBe(20);
  });
});

describe('parsePoll and parseTheme', () => {
  it('poll defaults to 60 s', () => {
    expect(parsePoll('')).toBe(60);
    expect(parsePoll('2')).toBe(2);
    expect(parsePoll('0')).toBe(60);
  });
  it('theme is dark unless light is asked', () => {
    expect(parseTheme('')).toBe('dark');
    expect(parseTheme('purple')).toBe('dark');
    expect(parseTheme('light')).toBe('light');
    expect(parseTheme('LIGHT')).toBe('light');
    expect(parseTheme('dark')).toBe('dark');
  });
});

describe('buildSlides', () => {
  const ids = ['alpha', 'beta', 'gamma'];
  it('shows everything by default, spotlights last', () => {
    // The figures' slides in the registry's order (lib/figures/registry.ts), the key figures first.
    expect(BASE_SLIDES[0]).toBe('kpis');
    expect(buildSlides('', ids)).toEqual([...BASE_SLIDES, 'spotlight-alpha', 'spotlight-beta', 'spotlight-gamma']);
  });
  it('keeps the order asked and drops unknown ids and duplicates', () => {
    expect(buildSlides('map,SECTORS, nope,<script>,map', ids)).toEqual(['map', 'sectors']);
  });
  it('expands factories and accepts a single spotlight', () => {
    expect(buildSlides('factories,kpis', ids)).toEqual(['spotlight-alpha', 'spotlight-beta', 'spotlight-gamma', 'kpis']);
    expect(buildSlides('spotlight-beta', ids)).toEqual(['spotlight-beta']);
  });
  it('leaves out spotlights of hidden factories, and falls back when nothing valid is left', () => {
    expect(buildSlides('factories', ['gamma'])).toEqual(['spotlight-gamma']);
    expect(buildSlides('spotlight-alpha', ['gamma'])).toEqual([...BASE_SLIDES, 'spotlight-gamma']);
    expect(buildSlides('<script>,nope', ids)).toHaveLength(BASE_SLIDES.length + 3);
  });
  it('shows a single empty slide when no factory is shown', () => {
    expect(buildSlides('map', [])).toEqual(['empty']);
  });
  it('spotlightOf reads the factory id back', () => {
    expect(spotlightOf('spotlight-lumi-aif')).toBe('lumi-aif');
    expect(spotlightOf('map')).toBeNull();
  });
});

describe('screen mode parameters, spaces and decimals', () => {
  it('takes seconds with up to three decimals, a theme and slides with spaces around them', () => {
    expect(parseInterval('20.125')).toBe(20.125);
    expect(parseInterval('20.1255')).toBe(20);
    expect(parseTheme(' Light ')).toBe('light');
    expect(buildSlides(' map , sectors ', ['a'])).toEqual(['map', 'sectors']);
  });
});
