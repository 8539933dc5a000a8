// @adminjs/prisma's Resource, with what Counter needs on every resource: secret columns
// that are never read into AdminJS, values computed per row, and provider-aware search.
import { Resource, convertFilter } from '@adminjs/prisma';
import { BaseRecord, type Filter } from 'adminjs';
import type { DMMF } from '@prisma/client/runtime/library';
import type { Db, Provider } from '../db/client.js';
import { fullDmmf } from '../db/dmmf.js';
import { isSecretField, type ListFilter } from '../services/export/filters.js';
import { InvalidInput } from '../services/errors.js';
import { checkFilterValue, checkRecordInput, guardWrite } from './record-input.js';

export interface CounterResourceArgs {
  model: DMMF.Model;
  client: Db;
  provider: Provider;
  secret?: string[];
  readOnly?: string[];
  computed?: Record<string, (row: Record<string, unknown>) => unknown>;
  filters?: Record<string, CustomFilter>;
}

/** A filter on a virtual property (a customer's full name, "archived"), as a Prisma where clause; it may read the database first (the order search). */
export type CustomFilter = ListFilter;

type Row = Record<string, unknown>;

/**
 * From this many rows, PostgreSQL's unfiltered lists show the planner's row estimate (kept by
 * ANALYZE and autovacuum) instead of counting every row on every page, which takes tens of
 * milliseconds per million rows: the pager's last page may be off by a little, nothing else.
 */
export const ESTIMATE_FROM = 500_000;

/**
 * A filtered list counts at most this many matches (and says one more): "paid in the last 90 days" on
 * a million orders matched 700,000, and counting them all took longer than finding the page. The
 * pager then stops at 4,000 pages of 25; further pages still answer by URL.
 */
export const COUNT_UP_TO = 100_000;

/**
 * A list narrowed by a search (a filter that looks its words up first) is not counted, as Shopify's
 * admin does not: a common word is in 30,000 orders, and counting them read every order (100–300 ms
 * even when stopped at 1,000), while the page itself is found at once. Its total is the orders up to
 * this page, plus one more page when there are more: the pager offers the next page, and so on.
 * Where find has not run first with the same filter (AdminJS's list always runs it first), the count
 * stops at SEARCH_COUNT_UP_TO.
 */
export const SEARCH_COUNT_UP_TO = 1_000;

/** From this offset, a list page reads its ids first, then its rows (see deepPage). */
export const DEEP_OFFSET = 5_000;

type FindParams = Parameters<Resource['find']>[1];

const validId = (model: CounterResourceArgs['model'], pk: unknown): boolean =>
  model.fields.find((f) => f.isId)?.type !== 'Int' || (/^\d{1,10}$/.test(String(pk)) && Number(pk) <= 2 ** 31 - 1);

export class CounterResource extends Resource {
  private readonly secret: Set<string>;
  private readonly readOnly: string[];
  private readonly computed: CounterResourceArgs['computed'];
  private readonly provider: Provider;
  private readonly filters: Record<string, CustomFilter>;
  /** The list asks find and count with the same Filter: a search's look-ups run once per page. */
  private readonly wheres = new WeakMap<Filter, Promise<Row>>();
  /** What prepareReturnValues copies: each property's key, and the column a reference reads. */
  private returned?: Array<{ key: string; reference: boolean; foreign: string | null }>;
  /** Where clauses built with a search's look-ups (not counted: see SEARCH_COUNT_UP_TO). */
  private readonly searched = new WeakSet<Row>();
  /** A searched list's page as find saw it, for count. */
  private readonly pages = new WeakMap<Row, { offset: number; limit: number; found: number; more: boolean }>();

  constructor(args: CounterResourceArgs) {
    const secret = new Set(args.secret ?? []);
    // AdminJS only ever sees the model without its secret fields, so no screen or API can send them.
    const visibleModel = { ...args.model, fields: args.model.fields.filter((f) => !secret.has(f.name)) };
    super({ model: visibleModel, client: args.client, clientModule: { Prisma: { dmmf: fullDmmf() } } } as never);
    this.secret = secret;
    this.readOnly = args.readOnly ?? [];
    this.computed = args.computed;
    this.provider = args.provider;
    this.filters = args.filters ?? {};
  }

  /** Secret columns may be written from a before hook (e.g. a password hash), never read; read-only ones never written. */
  prepareParams(params: Row): Row {
    const prepared = super.prepareParams(params) as Row;
    for (const field of this.readOnly) delete prepared[field];
    for (const field of this.secret) if (typeof params[field] === 'string') prepared[field] = params[field];
    return prepared;
  }

  // Forms' values are checked against the model first (wrong types, unknown references… become
  // validation messages: see record-input.ts), and what the database still refuses is said the same way.
  async create(params: Row): Promise<Row> {
    const data = await checkRecordInput(this.model, this.prepareParams(params), true, (m, id) => this.exists(m, id));
    return this.prepareReturnValues(await guardWrite(this.model, () => this.manager.create({ data })));
  }

  async update(pk: string, params: Row = {}): Promise<Row> {
    const data = await checkRecordInput(this.model, this.prepareParams(params), false, (m, id) => this.exists(m, id));
    return this.prepareReturnValues(await guardWrite(this.model, () => this.manager.update({ where: this.byId(pk), data })));
  }

  async delete(pk: string): Promise<void> {
    await guardWrite(this.model, () => this.manager.delete({ where: this.byId(pk) }));
  }

  // AdminJS looks up whatever a form named as a reference (to show it back): an id that cannot exist finds nothing.
  async findOne(pk: string): Promise<BaseRecord | null> {
    return validId(this.model, pk) ? super.findOne(pk) : null;
  }

  async findMany(pks: Array<string | number>): Promise<BaseRecord[]> {
    const valid = pks.filter((pk) => validId(this.model, pk));
    return valid.length ? super.findMany(valid) : [];
  }

  private byId(pk: string): Row {
    const id = this.model.fields.find((f) => f.isId)!;
    return { [id.name]: id.type === 'Int' ? Number(pk) : pk };
  }

  private exists(model: string, id: number): Promise<unknown> {
    const delegate = (this.client as unknown as Record<string, { findUnique(a: object): Promise<unknown> }>)[model[0].toLowerCase() + model.slice(1)];
    return delegate.findUnique({ where: { id }, select: { id: true } });
  }

  // @adminjs/prisma's own version looks each field up with flat.get, which scans the row's keys for
  // every field: 40 fields × 25 rows was a tenth of a list page's CPU. Same values, by direct access.
  prepareReturnValues(row: Row): Row {
    this.returned ??= this.properties().map((p) => ({ key: p.path(), reference: p.type() === 'reference', foreign: p.foreignColumnName?.() ?? null }));
    const values: Row = {};
    for (const { key, reference, foreign } of this.returned) {
      const value = Object.hasOwn(row, key) ? row[key] : undefined;
      if (value !== undefined && !reference) values[key] = value;
      else if (foreign) values[key] = row[foreign];
    }
    for (const [key, compute] of Object.entries(this.computed ?? {})) values[key] = compute(row);
    return values;
  }

  // Text filters match regardless of case on both databases (SQLite's LIKE already does, for ASCII).
  // Prisma counts through a subquery (`SELECT COUNT(*) FROM (SELECT id … LIMIT -1)`), which keeps
  // SQLite from its fast whole-table count: the unfiltered list (the one every visit opens) counts
  // with plain SQL. On PostgreSQL a big table's total is the planner's estimate (see countAll).
  // A filtered list counts its matches up to COUNT_UP_TO; a searched one is not counted (SEARCH_COUNT_UP_TO).
  async count(filter: Filter): Promise<number> {
    const where = await this.where(filter);
    if (!Object.keys(where).length) return this.countAll();
    if (!this.searched.has(where)) return this.manager.count({ where, take: COUNT_UP_TO + 1 });
    const page = this.pages.get(where);
    if (!page) return this.manager.count({ where, take: SEARCH_COUNT_UP_TO + 1 });
    return page.offset + page.found + (page.more ? page.limit : 0);
  }

  private async countAll(): Promise<number> {
    const table = `"${(this.model.dbName ?? this.model.name).replace(/"/g, '""')}"`;
    if (this.provider === 'postgresql') {
      const [{ estimate }] = await this.client.$queryRawUnsafe<{ estimate: number | bigint }[]>(
        `SELECT reltuples::bigint AS estimate FROM pg_class WHERE oid = to_regclass($1)`,
        table,
      );
      if (Number(estimate) >= ESTIMATE_FROM) return Number(estimate);
    }
    const [{ total }] = await this.client.$queryRawUnsafe<{ total: number | bigint }[]>(`SELECT COUNT(*) AS total FROM ${table}`);
    return Number(total);
  }

  async find(filter: Filter, params: FindParams = {}): Promise<BaseRecord[]> {
    const { limit = 10, offset = 0, sort = {} } = params;
    // A sort on a virtual column (a computed title) or an unknown name falls back to the id, not to an error.
    const sortable = sort.sortBy && this.model.fields.some((f) => f.name === sort.sortBy && f.kind !== 'object');
    const orderBy = sortable ? this.buildSortBy(sort) : { id: sort.direction === 'desc' ? 'desc' : 'asc' };
    const where = await this.where(filter);
    const searched = this.searched.has(where);
    const take = searched ? limit + 1 : limit; // one more: is there a next page?
    const rows: Row[] = offset < DEEP_OFFSET ? await this.manager.findMany({ where, skip: offset, take, orderBy }) : await this.deepPage(where, orderBy, offset, take);
    if (searched) this.pages.set(where, { offset, limit, found: Math.min(rows.length, limit), more: rows.length > limit });
    return rows.slice(0, limit).map((row) => new BaseRecord(this.prepareReturnValues(row), this));
  }

  // Far pages: the ids first (an index walk that reads no rows, where an index covers the sort and
  // the id), then only that page's rows; skipping 125,000 whole rows on PostgreSQL read them all.
  private async deepPage(where: Row, orderBy: unknown, offset: number, limit: number): Promise<Row[]> {
    const id = this.model.fields.find((f) => f.isId)?.name;
    if (!id) return this.manager.findMany({ where, skip: offset, take: limit, orderBy });
    const keys = (await this.manager.findMany({ where, skip: offset, take: limit, orderBy, select: { [id]: true } })).map((r: Row) => r[id]);
    const rows: Row[] = await this.manager.findMany({ where: { [id]: { in: keys } } });
    const at = new Map(keys.map((key: unknown, i: number) => [key, i]));
    return rows.sort((a, b) => (at.get(a[id]) as number) - (at.get(b[id]) as number));
  }

  private where(filter: Filter): Promise<Row> {
    if (!filter || typeof filter !== 'object') return this.buildWhere(filter);
    let where = this.wheres.get(filter);
    if (!where) this.wheres.set(filter, (where = this.buildWhere(filter)));
    return where;
  }

  private async buildWhere(filter: Filter): Promise<Row> {
    const custom: Array<[CustomFilter, string]> = [];
    const rest = filter?.filters ? { ...filter.filters } : undefined;
    for (const [name, build] of Object.entries(this.filters)) {
      const value = rest?.[name]?.value;
      if (value === undefined) continue;
      delete rest![name];
      custom.push([build, String(value)]);
    }
    for (const [name, f] of Object.entries(rest ?? {})) {
      if (!f.property || isSecretField(name)) throw new InvalidInput(`Filter "${name.slice(0, 60)}": this list has no such field.`);
      const enumType = this.model.fields.find((m) => m.name === name && m.kind === 'enum')?.type;
      const choices = enumType ? (fullDmmf().datamodel.enums.find((e) => e.name === enumType)?.values.map((v) => v.name) ?? null) : null;
      checkFilterValue(name, f.property.type(), f.value, choices);
    }
    const where = convertFilter(this.model.fields, rest ? ({ ...filter, filters: rest } as Filter) : filter) as Row;
    const mode = { insensitive: this.provider === 'postgresql', db: { prisma: this.client, provider: this.provider } };
    if (custom.length) {
      const built = custom.map(([build, value]) => build(value, mode));
      if (built.some((w) => w instanceof Promise)) this.searched.add(where);
      where.AND = await Promise.all(built);
    }
    if (this.provider === 'postgresql') {
      for (const condition of Object.values(where)) {
        if (condition && typeof condition === 'object' && 'contains' in condition) (condition as Row).mode = 'insensitive';
      }
    }
    return where;
  }
}
