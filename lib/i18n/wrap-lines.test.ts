import { describe, expect, it } from 'vitest';
import { wrapLabel, wrapLines } from './wrap-lines';

describe('wrapLabel', () => {
  it('keeps short labels and splits long ones near the middle', () => {
    expect(wrapLabel('Energy', 20)).toEqual(['Energy']);
    expect(wrapLabel('Climate, environment & sustainability', 20)).toEqual(['Climate, environment', '& sustainability']);
    expect(wrapLabel('Supercalifragilisticexpialidocious', 10)).toEqual(['Supercalifragilisticexpialidocious']);
  });
});

describe('wrapLines', () => {
  it('keeps a short label on one line and splits a longer one near the middle', () => {
    expect(wrapLines('Energy', 20)).toEqual(['Energy']);
    expect(wrapLines('Health & life sciences', 20)).toEqual(['Health & life', 'sciences']);
  });
  it('takes a third line when two would overflow, and never a fourth', () => {
    expect(wrapLines('Sektor kosmiczny, lotnictwo i obserwacja Ziemi', 20)).toEqual(['Sektor kosmiczny,', 'lotnictwo i', 'obserwacja Ziemi']);
    expect(wrapLines('a b c d e f g h', 1)).toHaveLength(3);
  });
});
