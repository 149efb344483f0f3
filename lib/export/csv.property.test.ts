// Property test: whatever a record holds (quotes, commas, line breaks, text a spreadsheet would run as a formula),
// the CSV writer's file reads back, through an independent CSV reader, as the same cells.
import { csvParseRows } from 'd3-dsv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCsv, protectFormula, withoutBom } from './csv';

/** Text made mostly of what a CSV writer can get wrong. */
const cellText = fc.oneof(
  fc.string({ unit: fc.constantFrom('"', ',', '\r', '\n', '\r\n', '=', '+', '-', '@', '\t', ' ', ';', "'", 'a', 'é', '😀'), maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);
/**
 * Column names are never empty, and a file has two columns at least (ours have dozens): a row of one empty cell is
 * an empty line, which CSV readers, d3-dsv among them, take for no row at all.
 */
const header = cellText.filter((text) => text.length > 0);
const cell = fc.oneof(cellText, fc.array(cellText, { maxLength: 3 }), fc.double(), fc.integer(), fc.constant(null), fc.constant(undefined));

/** What a reader should find in a cell: text protected from formulas, lists joined, numbers as written. */
function expected(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return protectFormula(Array.isArray(value) ? value.join('; ') : (value as string));
}

describe('formatCsv', () => {
  it('round-trips any record through a CSV reader (d3-dsv)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 5 }).chain((width) => fc.tuple(fc.array(header, { minLength: width, maxLength: width }), fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 5 }))), ([header, rows]) => {
        const file = formatCsv(header, rows);
        expect(file.endsWith('\r\n')).toBe(true);
        // d3-dsv reads a final line break as an empty last row: the file ends every line with CRLF.
        const read = csvParseRows(withoutBom(file).slice(0, -2));
        expect(read).toEqual([header.map(expected), ...rows.map((row) => row.map(expected))]);
        // No text cell starts as a formula, once its quotes are read (numbers stay numbers: -12 is not one).
        const texts = [header, ...rows].flatMap((row, r) => row.map((value, c) => (typeof value === 'number' ? '' : read[r]![c]!)));
        for (const text of texts) expect(text).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });
});
