// An uploaded CSV as a header and rows: bytes → text (UTF-8, UTF-8 with BOM, or UTF-16 with BOM),
// the separator our export writes (`,`, or `;` for Excel; tab is accepted too), then csv-parse.
// Whatever is wrong with the file becomes one message a manager can act on, never an exception.
import { parse, CsvError } from 'csv-parse/sync';

export interface ImportError {
  /** The row as a spreadsheet shows it: the header is row 1. */
  row: number;
  /** The column's header, when the message is about one cell. */
  column: string | null;
  message: string;
}

export interface CsvRow {
  row: number;
  cells: string[];
}

export type ReadResult = { header: string[]; rows: CsvRow[] } | { error: ImportError };

const fileError = (row: number, message: string): { error: ImportError } => ({ error: { row, column: null, message } });

function decode(bytes: Uint8Array): string | { error: ImportError } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Name the first line that is not UTF-8, so the manager can look at it.
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i < bytes.length && bytes[i] !== 0x0a) continue;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, i));
      } catch {
        break;
      }
      line++;
      start = i + 1;
    }
    return fileError(line, 'The file is not UTF-8 text (an older "CSV" save from Excel?). In Excel choose "CSV UTF-8", or export the list again from Counter.');
  }
}

/** The separator the header line uses most: `,` ours, `;` our Excel variant, tab a spreadsheet's "text" save. */
function separatorOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const counts = [',', ';', '\t'].map((s) => [s, firstLine.split(s).length - 1] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

export function readCsv(bytes: Uint8Array): ReadResult {
  if (bytes.length === 0) return fileError(1, 'The file is empty.');
  const text = decode(bytes);
  if (typeof text !== 'string') return text;
  if (text.includes('\u0000')) return fileError(1, 'This is not a CSV file (it holds binary data). Upload the CSV you exported from Counter or saved from a spreadsheet.');
  if (text.trim() === '') return fileError(1, 'The file is empty.');
  let records: string[][];
  try {
    records = parse(text, { delimiter: separatorOf(text), bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const row = ((error as CsvError & { records?: number }).records ?? 0) + 1;
    return fileError(row, csvProblem(error));
  }
  const [header, ...data] = records;
  return { header, rows: data.map((cells, i) => ({ row: i + 2, cells })) };
}

function csvProblem(error: CsvError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'A quote (") opened in this row is never closed, so the rest of the file reads as one cell.';
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'INVALID_OPENING_QUOTE':
      return 'A quote (") in the middle of a cell: put the whole cell in quotes and double the quotes inside it ("").';
    default:
      return `The file cannot be read as CSV here (${error.message}).`;
  }
}
