// The AdminJS list's query filters as Prisma where clauses, with the list's meaning
// (@adminjs/prisma's convertFilter), so an export holds exactly what the list shows.
import type { DMMF } from '@prisma/client/runtime/library';
import type { Database } from '../../db/client.js';
import { dmmfModel, fullDmmf } from '../../db/dmmf.js';
import { BadExportRequest } from './cells.js';

export type Where = Record<string, unknown>;
export interface FilterMode {
  /** PostgreSQL: `contains` is case-sensitive unless asked; SQLite's LIKE already ignores ASCII case and rejects the mode. */
  insensitive: boolean;
}
export type DateRange = { from?: string; to?: string };
/** `filters.email=ada` → { email: 'ada' }; `filters.createdAt~~from=2026-01-01` → { createdAt: { from: '2026-01-01' } }. */
export type FilterValues = Record<string, string | DateRange>;
/** A filter on a virtual property (search, archived…): value → where clause. */
export type CustomFilter = (value: string, mode: FilterMode) => Where;
/** What a filter that reads the database first gets (the order search looks its words up in a trigram index). */
export interface LookupMode extends FilterMode {
  db: Pick<Database, 'prisma' | 'provider'>;
}
export type LookupFilter = (value: string, mode: LookupMode) => Promise<Where>;
/** A list's filter on a virtual property (admin/counter-resource.ts awaits it). */
export type ListFilter = CustomFilter | LookupFilter;

/** Columns never exported nor filtered on (a filter on a hash would be an oracle for it). */
export const isSecretField = (name: string) => /password|secret|token|hash/i.test(name);

const RANGE = /^(.+)~~(from|to)$/;

/** Picks the `filters.*` parameters out of a parsed query string; empty values are ignored, as in the list. */
export function parseFilterQuery(query: Record<string, unknown>): FilterValues {
  const filters: FilterValues = {};
  for (const [key, raw] of Object.entries(query)) {
    if (!key.startsWith('filters.')) continue;
    if (typeof raw !== 'string') throw new BadExportRequest(`${key} is given more than once`);
    if (raw.trim() === '') continue;
    const name = key.slice('filters.'.length);
    const range = RANGE.exec(name);
    if (!range) {
      filters[name] = raw;
      continue;
    }
    const previous = filters[range[1]];
    filters[range[1]] = { ...(typeof previous === 'object' ? previous : {}), [range[2]]: raw };
  }
  return filters;
}

export const contains = (value: string, { insensitive }: FilterMode) => ({ contains: value, ...(insensitive ? { mode: 'insensitive' } : {}) });

/** Every word must appear in one of the fields: "ada love" finds Ada Lovelace (the list's search). */
export const wordsIn = (fields: string[], extra?: (word: string, mode: FilterMode) => Where[]): CustomFilter => (value, mode) => ({
  AND: value
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 8)
    .map((word) => ({ OR: [...fields.map((f) => ({ [f]: contains(word, mode) })), ...(extra?.(word, mode) ?? [])] })),
});

function yes(value: string): boolean {
  if (value !== 'true' && value !== 'false') throw new BadExportRequest(`filters: "${value}" is not true or false`);
  return value === 'true';
}

/** Yes/no on whether a date column is set (archived, cancelled). */
export const isSet = (column: string): CustomFilter => (value) => ({ [column]: yes(value) ? { not: null } : null });

/** Yes/no on whether any related row matches (a product with a stock item at or below its threshold). */
export const hasAny = (relation: string, match: Where): CustomFilter => (value) => ({ [relation]: yes(value) ? { some: match } : { none: match } });

/** At least N in a count column (customers with at least 3 orders). */
export const atLeast = (column: string): CustomFilter => (value) => {
  if (!/^\d{1,9}$/.test(value.trim())) throw new BadExportRequest(`filters: "${value}" is not a whole number`);
  return { [column]: { gte: Number(value) } };
};

const text = (name: string, value: string | DateRange): string => {
  if (typeof value !== 'string') throw new BadExportRequest(`filters.${name} takes one value, not ~~from/~~to`);
  return value;
};

function date(name: string, value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) throw new BadExportRequest(`filters.${name}: "${value}" is not a date (write it like 2026-01-31)`);
  return parsed;
}

/** One model field's condition: enums and numbers are equal, dates in a range, text contains. */
export function fieldCondition(model: DMMF.Model, name: string, value: string | DateRange, mode: FilterMode): Where {
  const field = model.fields.find((f) => f.name === name);
  if (!field || isSecretField(name)) throw new BadExportRequest(`Unknown filter "${name}" for ${model.name}`);
  if (field.kind === 'object') {
    const fk = field.relationFromFields?.length === 1 ? model.fields.find((f) => f.name === field.relationFromFields![0]) : undefined;
    if (!fk) throw new BadExportRequest(`filters.${name}: this relation cannot be filtered on`);
    return fieldCondition(model, fk.name, value, mode);
  }
  if (field.type === 'DateTime') {
    if (typeof value === 'string') throw new BadExportRequest(`filters.${name} needs ~~from and/or ~~to (filters.${name}~~from=2026-01-01)`);
    const gte = date(`${name}~~from`, value.from);
    const lte = date(`${name}~~to`, value.to);
    return { [name]: { ...(gte ? { gte } : {}), ...(lte ? { lte } : {}) } };
  }
  const v = text(name, value);
  if (field.kind === 'enum') {
    const values = fullDmmf().datamodel.enums.find((e) => e.name === field.type)?.values.map((e) => e.name) ?? [];
    if (!values.includes(v)) throw new BadExportRequest(`filters.${name}: "${v}" is not one of ${values.join(', ')}`);
    return { [name]: { equals: v } };
  }
  switch (field.type) {
    case 'String':
      return { [name]: contains(v, mode) };
    case 'Boolean':
      if (v !== 'true' && v !== 'false') throw new BadExportRequest(`filters.${name}: "${v}" is not true or false`);
      return { [name]: v === 'true' };
    case 'Int':
    case 'Float': {
      const n = Number(v);
      if (v.trim() === '' || !Number.isFinite(n) || (field.type === 'Int' && !(Number.isInteger(n) && Math.abs(n) <= 2 ** 31 - 1))) throw new BadExportRequest(`filters.${name}: "${v}" is not a number`);
      return { [name]: n };
    }
    default:
      throw new BadExportRequest(`filters.${name}: ${field.type} columns cannot be filtered on`);
  }
}

/** All the filters on a model's own columns, plus its virtual ones; unknown names are refused. */
export function whereFromFilters(modelName: string, filters: FilterValues, mode: FilterMode, custom: Record<string, CustomFilter> = {}): Where {
  const model = dmmfModel(modelName);
  const and = Object.entries(filters).map(([name, value]) =>
    Object.hasOwn(custom, name) ? custom[name](text(name, value), mode) : fieldCondition(model, name, value, mode),
  );
  return and.length ? { AND: and } : {};
}
