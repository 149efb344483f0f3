import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { datasetCitation } from './citation';

describe('datasetCitation', () => {
  const { text, bibtex } = datasetCitation('2026-12-04', 'https://ai-factories.example.org');

  it('names author, title, the check date as version, the address and the licence', () => {
    expect(text).toBe(
      'EU AI Factories dashboard (2026). EU AI Factories and AI Factory Antennas [Data set], version 2026-12-04. ' +
        'https://ai-factories.example.org/about. Licensed under CC-BY-4.0.',
    );
  });

  it('writes a BibTeX entry keyed by the version, with braces that keep the names as written', () => {
    expect(bibtex.split('\n')).toEqual([
      '@misc{eu_ai_factories_2026_12_04,',
      '  author = {{EU AI Factories dashboard}},',
      '  title = {{EU AI Factories and AI Factory Antennas}},',
      '  year = {2026},',
      '  version = {2026-12-04},',
      '  howpublished = {\\url{https://ai-factories.example.org/about}},',
      '  note = {Data set, last checked against its sources on 2026-12-04. Licence: CC-BY-4.0},',
      '}',
    ]);
  });
});

describe('CITATION.cff', () => {
  it('carries the data file’s check date as its version and release date', () => {
    const cff = readFileSync('CITATION.cff', 'utf8');
    const { asOf } = JSON.parse(readFileSync('data/ai-factories.json', 'utf8')) as { asOf: string };
    expect(cff).toContain(`version: "${asOf}"`);
    expect(cff).toContain(`date-released: "${asOf}"`);
    expect(cff).toContain('title: "EU AI Factories and AI Factory Antennas"');
  });
});
