// The exports' CSV writer against csv-stringify, with the options the exports used to give it: the
// same bytes for hostile text (formulas, quotes, separators, line breaks, full-width signs), numbers,
// amounts, dates, booleans and empties, in both dialects. One difference on purpose: a field holding
// any line break (a lone CR or LF) is quoted; csv-stringify, given a record delimiter, quotes only
// that delimiter, and a spreadsheet reading a bare CR as a line end would start a row with the text
// after it, past the formula guard.
import type { CastReturnObject } from 'csv-stringify';
import { stringify } from 'csv-stringify/sync';
import { Amount, type Cell } from '../../src/services/export/cells.js';
import { csvDialect, csvHead, csvLine } from '../../src/services/export/csv.js';

function reference(headers: string[], rows: Cell[][], excel: boolean): string {
  return stringify(rows, {
    header: true,
    columns: headers.map((header, i) => ({ key: String(i), header })),
    delimiter: excel ? ';' : ',',
    record_delimiter: excel ? 'windows' : 'unix',
    bom: excel,
    escape_formulas: true,
    quote_record_delimiter: true, // the difference above
    cast: {
      boolean: (value) => (value ? 'true' : 'false'),
      date: (value) => value.toISOString(),
      object: (value) =>
        value instanceof Amount ? (value.text.startsWith('-') ? ({ value: value.text, escape_formulas: false } as CastReturnObject) : value.text) : JSON.stringify(value),
    },
  });
}

function ours(headers: string[], rows: Cell[][], excel: boolean): string {
  const dialect = csvDialect(excel);
  return [csvHead(headers, dialect), ...rows.map((r) => csvLine(r, dialect))].map((line) => line + dialect.recordDelimiter).join('');
}

const TEXT = [
  '', 'plain', 'with space', '=HYPERLINK("http://x")', '+1+1', '-2', '@SUM(A1)', '\tTAB', '\rCR', 'a\nb', 'a\r\nb', 'ends\r', 'x,y', 'x;y', 'say "hi"', '"',
  '""', ',', ';', '\uFF1D1', '\uFF0B1', '\uFF0D1', '\uFF201', ' =not first', 'Lindenstraße 113', '東京', '🙂', "'quoted", '-', '=', '2026-01-10T10:00:00.000Z',
];
const OTHERS: Cell[] = [
  null, undefined, 0, 7, -2, 19.99, -0.5, true, false, new Amount('19.99'), new Amount('-5.00'), new Amount('0.00'), new Amount('1250'),
  new Date('2026-01-10T10:00:00Z'), new Date(0),
];

/** Rows mixing every value in every position (a deterministic shuffle). */
function rows(width: number): Cell[][] {
  const values: Cell[] = [...TEXT, ...OTHERS];
  const out: Cell[][] = [];
  for (let r = 0; r < values.length; r++) out.push(Array.from({ length: width }, (_, c) => values[(r * 7 + c * 13) % values.length]));
  return out;
}

test.each([false, true])('the same bytes as csv-stringify (excel=%s)', (excel) => {
  const headers = ['Name', 'Email', 'Total', 'Notes', 'Paid at'];
  expect(ours(headers, rows(headers.length), excel)).toBe(reference(headers, rows(headers.length), excel));
  for (const value of [...TEXT, ...OTHERS]) expect([value, ours(['x'], [[value]], excel)]).toEqual([value, reference(['x'], [[value]], excel)]);
});

test('a header and no rows', () => {
  expect(ours(['Name', 'Total'], [], false)).toBe(reference(['Name', 'Total'], [], false));
  expect(ours(['Name', 'Total'], [], true)).toBe(reference(['Name', 'Total'], [], true));
});

test('a line break of any kind inside a field is quoted', () => {
  for (const excel of [false, true]) {
    const dialect = csvDialect(excel);
    expect(csvLine(['a\rb', 'a\nb', 'ends\r', 'x'], dialect)).toBe(['"a\rb"', '"a\nb"', '"ends\r"', 'x'].join(dialect.delimiter));
    expect(csvLine(['note\r=HYPERLINK("http://x")'], dialect)).toBe('"note\r=HYPERLINK(""http://x"")"');
  }
});
