import { describe, expect, it } from 'vitest';
import { LOCALES, MENU_ORDER, localePath, preferredLocale, splitLocalePath, switchLocaleHref } from './locales';
import { LOCALE_NAMES } from './locale-names';

describe('locale paths', () => {
  it('keeps English unprefixed and prefixes the others', () => {
    expect(localePath('en', '/find')).toBe('/find');
    expect(localePath('de', '/')).toBe('/de');
    expect(localePath('de', '/factories/lumi-aif')).toBe('/de/factories/lumi-aif');
    expect(localePath('pl', '/?wave=2')).toBe('/pl?wave=2');
  });

  it('splits a prefix off, and only a known one', () => {
    expect(splitLocalePath('/de/find')).toEqual({ locale: 'de', rest: '/find' });
    expect(splitLocalePath('/fr')).toEqual({ locale: 'fr', rest: '/' });
    expect(splitLocalePath('/find')).toEqual({ locale: 'en', rest: '/find' });
    expect(splitLocalePath('/en-XA/about')).toEqual({ locale: 'en-XA', rest: '/about' });
    expect(splitLocalePath('/xx/about')).toEqual({ locale: 'en', rest: '/xx/about' });
    expect(splitLocalePath('/deutsch')).toEqual({ locale: 'en', rest: '/deutsch' });
  });

  it('switches language keeping the query and the hash', () => {
    expect(switchLocaleHref('it', '/', '?wave=2&country=IT', '#funding')).toBe('/it?wave=2&country=IT#funding');
    expect(switchLocaleHref('en', '/it/find', '?country=PL')).toBe('/find?country=PL');
    expect(switchLocaleHref('es', '/de/factories/jaif')).toBe('/es/factories/jaif');
  });
});

describe('preferredLocale', () => {
  it('offers the first browser language the site has', () => {
    expect(preferredLocale(['de-AT', 'en'])).toBe('de');
    expect(preferredLocale(['ja', 'pl-PL', 'en'])).toBe('pl');
    expect(preferredLocale(['el-GR', 'en'])).toBe('el');
  });
  it('offers nothing to an English reader or an unknown language', () => {
    expect(preferredLocale(['en-GB', 'de'])).toBeNull();
    expect(preferredLocale(['ja', 'pt-BR'])).toBeNull();
    expect(preferredLocale([])).toBeNull();
  });
});

describe('the language menu', () => {
  it('lists every language once, each by its own name', () => {
    expect([...MENU_ORDER].sort()).toEqual([...LOCALES].sort());
    expect(new Set(Object.values(LOCALE_NAMES)).size).toBe(LOCALES.length);
    expect(LOCALE_NAMES.el).toBe('Ελληνικά');
    expect(LOCALE_NAMES.bg).toBe('Български');
  });
});
