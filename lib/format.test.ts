import { describe, expect, it } from 'vitest';
import { countryName, formatAnnounced, formatDate, formatEur, formatEurFull, formatMonth, listJoin, plural, wrapLabel } from './format';

describe('formatEur', () => {
  it('abbreviates billions and millions', () => {
    expect(formatEur(1_500_000_000)).toBe('€1.5 bn');
    expect(formatEur(2_000_000_000)).toBe('€2 bn');
    expect(formatEur(485_000_000)).toBe('€485 m');
    expect(formatEur(55_400_000)).toBe('€55 m');
    expect(formatEur(900_000)).toBe('€900 k');
    expect(formatEur(12)).toBe('€12');
    expect(formatEur(0)).toBe('€0');
  });
  it('says "not disclosed" for null, never zero', () => {
    expect(formatEur(null)).toBe('not disclosed');
    expect(formatEurFull(null)).toBe('not disclosed');
  });
  it('writes full euros with separators', () => expect(formatEurFull(1_500_000_000)).toBe('€1,500,000,000'));
});

describe('formatAnnounced', () => {
  it('prefers the exact total, then "over" the lower bound, then "not disclosed"', () => {
    expect(formatAnnounced(485_000_000, null)).toBe('€485 m');
    expect(formatAnnounced(null, 500_000_000)).toBe('over €500 m');
    expect(formatAnnounced(null, 500_000_000, formatEurFull)).toBe('over €500,000,000');
    expect(formatAnnounced(null, null)).toBe('not disclosed');
  });
});

describe('formatDate', () => {
  it('formats full and partial ISO dates without a time zone shift', () => {
    expect(formatDate('2024-12-10')).toBe('10 December 2024');
    expect(formatDate('2025-01-01')).toBe('1 January 2025');
    expect(formatDate('2025-06')).toBe('June 2025');
    expect(formatDate('2026')).toBe('2026');
    expect(formatMonth('2024-12-10')).toBe('Dec 2024');
  });
});

describe('countryName', () => {
  it('names countries through Intl', () => {
    expect(countryName('FI')).toBe('Finland');
    expect(countryName('GB')).toBe('United Kingdom');
    expect(countryName('GR')).toBe('Greece');
  });
});

describe('plural and listJoin', () => {
  it('writes counts and lists as prose', () => {
    expect(plural(1, 'factory', 'factories')).toBe('1 factory');
    expect(plural(19, 'factory', 'factories')).toBe('19 factories');
    expect(listJoin(['a'])).toBe('a');
    expect(listJoin(['a', 'b', 'c'])).toBe('a, b and c');
  });
});

describe('wrapLabel', () => {
  it('keeps short labels and splits long ones near the middle', () => {
    expect(wrapLabel('Energy', 20)).toEqual(['Energy']);
    expect(wrapLabel('Climate, environment & sustainability', 20)).toEqual(['Climate, environment', '& sustainability']);
    expect(wrapLabel('Supercalifragilisticexpialidocious', 10)).toEqual(['Supercalifragilisticexpialidocious']);
  });
});
