import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { csvCell, formatCsv, protectFormula, withoutBom } from './csv';

describe('csvCell', () => {
  it('writes plain text as is', () => {
    expect(csvCell('Barcelona')).toBe('Barcelona');
    expect(csvCell('Linköping')).toBe('Linköping');
  });

  it('quotes a cell with a comma', () => {
    expect(csvCell('Bologna, Italy')).toBe('"Bologna, Italy"');
  });

  it('doubles quotes and quotes the cell', () => {
    expect(csvCell('the "AI" factory')).toBe('"the ""AI"" factory"');
  });

  it('quotes a cell with a line break (LF, CR or CRLF inside)', () => {
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
    expect(csvCell('a\rb')).toBe('"a\rb"');
  });

  it('writes null and undefined as an empty cell, never 0', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('writes numbers as plain numbers: integers without separators, negatives unquoted', () => {
    expect(csvCell(1500000000)).toBe('1500000000');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(-12)).toBe('-12');
    expect(csvCell(48.5)).toBe('48.5');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('joins lists with "; "', () => {
    expect(csvCell(['FI', 'SE', 'NO'])).toBe('FI; SE; NO');
    expect(csvCell([])).toBe('');
    expect(csvCell(['a, b', 'c'])).toBe('"a, b; c"');
  });

  it('makes text formulas inert with a leading quote, for each trigger', () => {
    expect(csvCell('=1+2')).toBe("'=1+2");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1:A2)')).toBe("'@SUM(A1:A2)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe('"\'\rx"');
    expect(csvCell('=HYPERLINK("http://example.com","x")')).toBe('"\'=HYPERLINK(""http://example.com"",""x"")"');
    expect(csvCell(['-a', 'b'])).toBe("'-a; b");
  });

  it('leaves a trigger character that is not at the start alone', () => {
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('e-mail')).toBe('e-mail');
    expect(protectFormula(' =1')).toBe(' =1');
  });
});

describe('formatCsv', () => {
  it('starts with a byte-order mark and ends every line with CRLF', () => {
    const csv = formatCsv(['id', 'total_eur'], [['a', 1], ['b', null]]);
    expect(csv).toBe('\uFEFFid,total_eur\r\na,1\r\nb,\r\n');
  });

  it('writes only the header for no rows', () => {
    expect(formatCsv(['id'], [])).toBe('\uFEFFid\r\n');
  });

  it('is read back cell for cell by a standard parser', () => {
    const values = ['plain', 'with, comma', 'with "quotes"', 'two\nlines', 'crlf\r\ninside', '<img src=x>'];
    const csv = formatCsv(['v'], values.map((v) => [v]));
    expect(csvParse(csv.slice(1)).map((r) => r.v)).toEqual(values);
  });
});

describe('withoutBom', () => {
  it('drops the byte-order mark and nothing else', () => {
    expect(withoutBom(formatCsv(['id'], [['a']]))).toBe('id\r\na\r\n');
    expect(withoutBom('id\r\n\uFEFF\r\n')).toBe('id\r\n\uFEFF\r\n');
  });
});
