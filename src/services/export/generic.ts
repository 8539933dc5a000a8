// Any other resource: every scalar column of its model, read from the schema, minus secrets.
// Money (`…Cents`) becomes a decimal amount in the row's currency.
import type { DMMF } from '@prisma/client/runtime/library';
import { dmmfModel } from '../../db/dmmf.js';
import { NotFound } from '../errors.js';
import { money, type ExportColumn } from './cells.js';
import { isSecretField, whereFromFilters } from './filters.js';
import { keysetPages, type PageQuery } from './pages.js';
import type { ExportLoad, ExportSource } from './columns.js';

type Row = Record<string, unknown> & { id: number };
interface Delegate {
  findMany(query: PageQuery<object> & { select: Record<string, true> }): Promise<Row[]>;
}

/** Tables that are not shop data: sessions and idempotency records never leave the database. */
const NEVER_EXPORTED = new Set(['Session', 'IdempotencyKey']);

const isMoney = (field: DMMF.Field) => field.type === 'Int' && field.name.endsWith('Cents');

function exportedFields(model: DMMF.Model): DMMF.Field[] {
  return model.fields.filter((f) => (f.kind === 'scalar' || f.kind === 'enum') && f.type !== 'Bytes' && !isSecretField(f.name));
}

function columnOf(field: DMMF.Field, hasCurrency: boolean): ExportColumn<Row> {
  const name = field.name;
  if (isMoney(field)) {
    return { header: name.slice(0, -'Cents'.length), value: (row) => money(row[name] as number | null, hasCurrency ? String(row.currency) : 'EUR') };
  }
  if (field.type === 'Json') return { header: name, value: (row) => (row[name] === null ? null : JSON.stringify(row[name])) };
  return { header: name, value: (row) => row[name] as string | number | boolean | Date | null };
}

export function genericSource(modelName: string): ExportSource<Row> {
  const model = NEVER_EXPORTED.has(modelName) ? undefined : tryModel(modelName);
  const idField = model?.fields.find((f) => f.name === 'id');
  if (!model || idField?.type !== 'Int') throw new NotFound(`${modelName} cannot be exported`);
  const fields = exportedFields(model);
  const hasCurrency = fields.some((f) => f.name === 'currency' && f.type === 'String');
  const select = Object.fromEntries(fields.map((f) => [f.name, true as const]));
  const load: ExportLoad<Row> = (shop, { filters, ids, signal }) => {
    const delegate = (shop.prisma as unknown as Record<string, Delegate>)[modelName.charAt(0).toLowerCase() + modelName.slice(1)];
    const where = whereFromFilters(modelName, filters, { insensitive: shop.provider === 'postgresql' });
    return keysetPages((q) => delegate.findMany({ ...q, select }), where, { ids, signal });
  };
  return { columns: fields.map((f) => columnOf(f, hasCurrency)), load };
}

function tryModel(name: string): DMMF.Model | undefined {
  try {
    return dmmfModel(name);
  } catch {
    return undefined;
  }
}
