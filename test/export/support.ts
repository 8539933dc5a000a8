// Reading exports back: the CSV as records, and the expected figures from the database.
import { parse } from 'csv-parse/sync';
import type { Response } from 'supertest';
import { ADMIN_PATH } from '../support/app.js';

export const exportUrl = (resource: string, query = '') => `${ADMIN_PATH}/api/export/${resource}.csv${query ? `?${query}` : ''}`;

/** The CSV of a response as a header row and records keyed by header. */
export function readCsv(res: Response, delimiter = ','): { header: string[]; rows: Record<string, string>[] } {
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
  const records = parse(res.text, { delimiter, bom: true, relax_column_count: false }) as string[][];
  const [header, ...data] = records;
  return { header, rows: data.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]]))) };
}
