import { describe, expect, it } from 'vitest';
import { formatsOfLocale } from '../../test/i18n';
import { fullStop } from './full-stop';

describe('fullStop', () => {
  it('adds the full stop a sentence needs', () => {
    expect(fullStop('30 July 2026')).toBe('.');
    expect(`${formatsOfLocale('de').date('2026-07-30')}${fullStop(formatsOfLocale('de').date('2026-07-30'))}`).toBe('30. Juli 2026.');
  });
  it('adds none after a date that already ends in one', () => {
    for (const locale of ['bg', 'lt']) {
      const date = formatsOfLocale(locale).date('2026-07-30');
      expect(`${date}${fullStop(date)}`, locale).not.toMatch(/\.\.$/);
      expect(fullStop(date), locale).toBe('');
    }
  });
});
