// The one CSV writer: the static /data routes and "Download CSV" in the browser both go through here.
// RFC 4180 (quotes doubled, quoted when needed, CRLF), UTF-8 with a byte-order mark so Excel reads it as UTF-8.

/** A cell: text, a number, a list of texts (joined with "; "), or null/undefined for an empty cell. */
export type CsvValue = string | number | null | undefined | readonly string[];

const BOM = '\uFEFF';
const CRLF = '\r\n';
const LIST_SEPARATOR = '; ';

/** A spreadsheet would run a text cell starting with these as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** Prefixes a text that a spreadsheet would take for a formula with `'`, which makes it inert text. */
export function protectFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function quote(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One cell as written in the file. Numbers stay numbers (-12 is not a formula); only text is protected. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = typeof value === 'string' ? value : value.join(LIST_SEPARATOR);
  return quote(protectFormula(text));
}

/** A whole file: byte-order mark, header row, one line per row, every line ended by CRLF. */
export function formatCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((cells) => cells.map(csvCell).join(','));
  return BOM + lines.map((line) => line + CRLF).join('');
}

/**
 * The same file without its byte-order mark, for readers that take the mark for part of the first header
 * (`\uFEFFid`): the Frictionless Data JavaScript library among them, whatever encoding the package declares.
 */
export function withoutBom(csv: string): string {
  return csv.startsWith(BOM) ? csv.slice(BOM.length) : csv;
}
