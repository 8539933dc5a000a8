// Rows in id order, a page at a time (keyset on id: every page costs the same, at any depth).
import { chunks, ID_BATCH } from '../../db/transaction.js';

export const PAGE = 2_000;

export interface PageQuery<W> {
  where: W;
  orderBy: { id: 'asc' };
  take: number;
}

export interface PageOptions {
  /** Only these rows (a selection); pages of ID_BATCH ids so no statement has too many parameters. */
  ids?: number[];
  signal: AbortSignal;
  pageSize?: number;
}

export async function* keysetPages<Row extends { id: number }, W extends object>(
  findMany: (query: PageQuery<W>) => Promise<Row[]>,
  where: W,
  { ids, signal, pageSize = PAGE }: PageOptions,
): AsyncGenerator<Row[]> {
  if (ids) {
    const sorted = [...new Set(ids)].sort((a, b) => a - b);
    for (const chunk of chunks(sorted, ID_BATCH)) {
      if (signal.aborted) return;
      const rows = await findMany({ where: { AND: [where, { id: { in: chunk } }] } as unknown as W, orderBy: { id: 'asc' }, take: chunk.length });
      if (rows.length) yield rows;
    }
    return;
  }
  let lastId: number | undefined;
  for (;;) {
    if (signal.aborted) return;
    const page = lastId === undefined ? where : ({ AND: [where, { id: { gt: lastId } }] } as unknown as W);
    const rows = await findMany({ where: page, orderBy: { id: 'asc' }, take: pageSize });
    if (rows.length) yield rows;
    if (rows.length < pageSize) return;
    lastId = rows[rows.length - 1].id;
  }
}

/** Runs a query per ID_BATCH ids and concatenates the results (the `in` lists of a page's children). */
export async function inBatches<T>(ids: number[], query: (batch: number[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (const batch of chunks(ids, ID_BATCH)) out.push(...(await query(batch)));
  return out;
}

/** Rows grouped by a key, keeping their order. */
export function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(row);
    else map.set(key(row), [row]);
  }
  return map;
}
