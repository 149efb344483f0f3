import compile from 'icu-minify/compile';
import { _createCache, _createIntlFormatters } from 'use-intl/core';
import { afterEach, describe, expect, it } from 'vitest';
import formatMessage from './format-message';

const plural = JSON.parse(JSON.stringify(compile('{count, plural, one {# factory} other {# factories}}')));

function format(locale: string, count: number) {
  const cache = _createCache();
  return formatMessage('k', plural, { count }, { cache, formatters: _createIntlFormatters(cache), locale });
}

const NumberFormat = Intl.NumberFormat;
/** Counts the Intl.NumberFormat objects built from now on. */
function countBuilt() {
  const built = { count: 0 };
  Intl.NumberFormat = new Proxy(NumberFormat, {
    construct(target, args: ConstructorParameters<typeof Intl.NumberFormat>) {
      built.count++;
      return new target(...args);
    },
  });
  return built;
}

describe('formatMessage', () => {
  afterEach(() => {
    Intl.NumberFormat = NumberFormat;
  });

  it('writes the # of a plural under 1,000 without building an Intl.NumberFormat', () => {
    const built = countBuilt();
    expect(format('en', 1)).toBe('1 factory');
    expect(format('en', 19)).toBe('19 factories');
    expect(format('de', 999)).toBe('999 factories');
    expect(built.count).toBe(0);
  });

  it('writes any English number by hand, as Intl would', () => {
    const built = countBuilt();
    expect(format('en', 23_752)).toBe('23,752 factories');
    expect(format('en', 2.5)).toBe('2.5 factories');
    expect(format('en', 1_234_567.8912)).toBe('1,234,567.891 factories');
    expect(built.count).toBe(0);
    Intl.NumberFormat = NumberFormat;
    for (const value of [23_752, 2.5, 1_234_567.8912, 0.0005]) expect(format('en', value)).toBe(`${new Intl.NumberFormat('en').format(value)} factories`);
  });

  it('leaves larger and fractional numbers in the other languages to Intl', () => {
    const built = countBuilt();
    expect(format('de', 23_752)).toBe('23.752 factories');
    expect(format('fr', 2.5)).toBe('2,5 factories');
    expect(built.count).toBe(2);
  });
});
