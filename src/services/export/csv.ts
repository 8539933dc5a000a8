// CSV text for the exports: what csv-stringify wrote with the options export.ts gave it (header,
// `,` or `;`, LF or CRLF, BOM, escape_formulas, our casts), byte for byte, except that a field with
// any line break is quoted (csv-stringify quoted only the record delimiter: a bare CR went out as is).
// Written by hand because at a million rows csv-stringify's per-field generality (a cast call, option
// objects and separator scans per field) was a fifth of an export's time; test/export/csv.test.ts
// holds the two to the same output on hostile text, so csv-stringify stays the reference.
import { Amount, type Cell } from './cells.js';

export interface CsvDialect {
  delimiter: ',' | ';';
  recordDelimiter: '\n' | '\r\n';
  /** UTF-8 byte order mark before the header (Excel reads the file as UTF-8 then). */
  bom: boolean;
}

/** Excel's dialect: UTF-8 BOM, `;` between fields, CRLF between records; otherwise RFC 4180 with LF. */
export const csvDialect = (excel: boolean): CsvDialect => (excel ? { delimiter: ';', recordDelimiter: '\r\n', bom: true } : { delimiter: ',', recordDelimiter: '\n', bom: false });

const NEEDS_QUOTES = { ',': /[",\r\n]/, ';': /[";\r\n]/ } as const;

/**
 * OWASP: text starting with = + - @ tab or CR (or their full-width forms, which Apple Numbers
 * folds) is prefixed with ' so a spreadsheet shows it instead of running it.
 */
function isFormula(text: string): boolean {
  switch (text.charCodeAt(0)) {
    case 0x3d: case 0x2b: case 0x2d: case 0x40: case 0x09: case 0x0d:
    case 0xff1d: case 0xff0b: case 0xff0d: case 0xff20:
      return true;
    default:
      return false;
  }
}

function quoted(text: string, dialect: CsvDialect): string {
  return NEEDS_QUOTES[dialect.delimiter].test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Text from the database: guarded, then quoted when it holds a quote, the delimiter or a line break. */
const guarded = (text: string, dialect: CsvDialect) => quoted(isFormula(text) ? `'${text}` : text, dialect);

export function csvField(value: Cell | bigint, dialect: CsvDialect): string {
  switch (typeof value) {
    case 'string':
      return value === '' ? '' : guarded(value, dialect);
    // Numbers are ours to write: "-2" in a number column is minus two, not a formula.
    case 'number':
    case 'bigint':
      return String(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      if (value === null) return '';
      // Amounts are ours too: "-5.00" is a number, not a formula, so it is written as it is.
      if (value instanceof Amount) return value.text === '' ? '' : quoted(value.text, dialect);
      return guarded(value instanceof Date ? value.toISOString() : JSON.stringify(value), dialect);
    default:
      return '';
  }
}

/** One record, without its record delimiter (records are joined with it). */
export function csvLine(cells: readonly (Cell | bigint)[], dialect: CsvDialect): string {
  return cells.map((cell) => csvField(cell, dialect)).join(dialect.delimiter);
}

/** The first record: the header row, after the BOM in Excel's dialect. */
export const csvHead = (headers: readonly string[], dialect: CsvDialect): string => (dialect.bom ? '\uFEFF' : '') + csvLine(headers, dialect);
