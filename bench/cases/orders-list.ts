// The orders list as a manager uses it: first page, filtered and sorted, far pages, email search.
// Every probe answers { ids, total } so the run can check the three agree before timing them.
import type { BenchServer } from '../lib/server.js';
import type { CaseContext, ListCase } from './types.js';

export interface ListAnswer {
  ids: number[];
  total: number;
}

interface ListQuery {
  page: number;
  perPage: number;
  sortBy: 'createdAt' | 'totalCents';
  filters?: Record<string, string>;
}

/** The AdminJS list API (Counter and vanilla answer the same shape). */
const viaAdmin = (server: BenchServer, q: ListQuery) => async (): Promise<ListAnswer> => {
  const params = new URLSearchParams({ page: String(q.page), perPage: String(q.perPage), sortBy: q.sortBy, direction: 'desc' });
  for (const [k, v] of Object.entries(q.filters ?? {})) params.set(`filters.${k}`, v);
  const body = await server.json<{ records: Array<{ params: { id: number } }>; meta: { total: number } }>(`/api/resources/Order/actions/list?${params}`);
  return { ids: body.records.map((r) => Number(r.params.id)), total: body.meta.total };
};

const LIST_COLUMNS = `o.id, o.name, o."createdAt", o."customerId", c."firstName", c."lastName", c.email AS "customerEmail", o.email, o."totalCents", o."financialStatus", o."fulfillmentStatus", o.tags`;

/** The floor: the page's columns with its customer in one query, and the count the pager shows. */
const viaSql = (ctx: CaseContext, q: { where: string; params: unknown[]; orderBy: string; page: number }) => async (): Promise<ListAnswer> => {
  const where = q.where ? `WHERE ${q.where}` : '';
  const n = q.params.length;
  const [rows, [{ total }]] = await Promise.all([
    ctx.raw.query<{ id: number }>(
      `SELECT ${LIST_COLUMNS} FROM "Order" o LEFT JOIN "Customer" c ON c.id = o."customerId" ${where} ORDER BY ${q.orderBy} LIMIT $${n + 1} OFFSET $${n + 2}`,
      [...q.params, ctx.facts.perPage, (q.page - 1) * ctx.facts.perPage],
    ),
    ctx.raw.query<{ total: number | string }>(`SELECT count(*) AS total FROM "Order" o ${where}`, q.params),
  ]);
  return { ids: rows.map((r) => Number(r.id)), total: Number(total) };
};

const ratio = (a: number, b: number) => a / b;

export const ordersPageOne: ListCase = {
  kind: 'timed',
  id: 'orders-page-1',
  title: 'orders list, page 1, newest first',
  target: '≤ 2× raw SQL; ≥ 3× faster than vanilla',
  counter: (ctx) => viaAdmin(ctx.counter, { perPage: ctx.facts.perPage, page: 1, sortBy: 'createdAt' }),
  vanilla: (ctx) => viaAdmin(ctx.vanilla!, { perPage: ctx.facts.perPage, page: 1, sortBy: 'createdAt' }),
  raw: (ctx) => viaSql(ctx, { where: '', params: [], orderBy: 'o."createdAt" DESC', page: 1 }),
  met: (m) => ratio(m.counter.median, m.raw!.median) <= 2 && (!m.vanilla || ratio(m.vanilla.median, m.counter.median) >= 3),
};

const paidInRange = (ctx: CaseContext) => ({ financialStatus: 'PAID', 'createdAt~~from': ctx.facts.from, 'createdAt~~to': ctx.facts.to });

export const ordersFiltered: ListCase = {
  kind: 'timed',
  id: 'orders-filtered',
  title: 'orders list, paid in the last 90 days, by total',
  target: '≤ 2× raw SQL',
  counter: (ctx) => viaAdmin(ctx.counter, { perPage: ctx.facts.perPage, page: 1, sortBy: 'totalCents', filters: paidInRange(ctx) }),
  vanilla: (ctx) => viaAdmin(ctx.vanilla!, { perPage: ctx.facts.perPage, page: 1, sortBy: 'totalCents', filters: paidInRange(ctx) }),
  raw: (ctx) =>
    viaSql(ctx, {
      where: `o."financialStatus" = $1 AND o."createdAt" >= $2 AND o."createdAt" <= $3`,
      params: ['PAID', ...dateParams(ctx, ctx.facts.from, ctx.facts.to)],
      orderBy: 'o."totalCents" DESC',
      page: 1,
    }),
  met: (m) => ratio(m.counter.median, m.raw!.median) <= 2,
};

export const ordersDeepPage: ListCase = {
  kind: 'timed',
  id: 'orders-page-5000',
  title: 'orders list, page 5,000, newest first',
  target: '≤ 3× page 1',
  counter: (ctx) => viaAdmin(ctx.counter, { perPage: ctx.facts.perPage, page: 5000, sortBy: 'createdAt' }),
  vanilla: (ctx) => viaAdmin(ctx.vanilla!, { perPage: ctx.facts.perPage, page: 5000, sortBy: 'createdAt' }),
  raw: (ctx) => viaSql(ctx, { where: '', params: [], orderBy: 'o."createdAt" DESC', page: 5000 }),
  met: (m, all) => ratio(m.counter.median, all.get('orders-page-1')!.counter.median) <= 3,
};

export const ordersEmailSearch: ListCase = {
  kind: 'timed',
  id: 'orders-email-search',
  title: 'orders searched by an email fragment',
  target: '< 150 ms',
  // The search box a manager types in (order number, email or customer name). A searched list is not
  // counted (its total is this page and the next): only its ids are compared.
  counter: (ctx) => {
    const probe = viaAdmin(ctx.counter, { perPage: ctx.facts.perPage, page: 1, sortBy: 'createdAt', filters: { search: ctx.facts.emailFragment } });
    return async () => ({ ids: (await probe()).ids });
  },
  // Vanilla has no search box: its email filter (contains) is the nearest.
  vanilla: (ctx) => viaAdmin(ctx.vanilla!, { perPage: ctx.facts.perPage, page: 1, sortBy: 'createdAt', filters: { email: ctx.facts.emailFragment } }),
  raw: (ctx) =>
    viaSql(ctx, {
      where: ctx.provider === 'postgresql' ? `o.email ILIKE $1` : `o.email LIKE $1`,
      params: [`%${ctx.facts.emailFragment}%`],
      orderBy: 'o."createdAt" DESC',
      page: 1,
    }),
  met: (m) => m.counter.median < 150,
};

/** Dates as each database stores them: ISO text on SQLite (as Prisma writes it), timestamps on PostgreSQL. */
export function dateParams(ctx: CaseContext, ...isos: string[]): unknown[] {
  return isos.map((iso) => (ctx.provider === 'sqlite' ? new Date(iso).toISOString().replace('Z', '+00:00') : new Date(iso)));
}
