// What a form may write into a row, checked against the model before Prisma sees it: every wrong type,
// overflowing number, unknown choice, missing required value, over-long or NUL-bearing text and
// reference to a record that does not exist becomes a validation message on its field, not a 500.
// Database refusals that only the database can see (a unique value taken meanwhile) are turned into
// the same messages.
import { Prisma } from '@prisma/client';
import { ValidationError } from 'adminjs';
import type { DMMF } from '@prisma/client/runtime/library';
import { fullDmmf } from '../db/dmmf.js';
import { InvalidInput } from '../services/errors.js';

type Row = Record<string, unknown>;
type Errors = Record<string, { message: string }>;
type FindById = (model: string, id: number) => Promise<unknown>;

/** Longer than any name, address or description a shop needs; 1 MB pastes are refused, not stored. */
export const MAX_TEXT = 65_535;
const INT_MAX = 2 ** 31 - 1;

const refuse = (errors: Errors) => {
  const first = Object.entries(errors)[0];
  return new ValidationError(errors, { message: first ? `${first[0]}: ${first[1].message}` : 'Check the form.' });
};

/** Checks and normalises `data` (a Prisma create/update payload); throws a ValidationError listing each bad field. */
export async function checkRecordInput(model: DMMF.Model, data: Row, isNew: boolean, findById: FindById): Promise<Row> {
  const errors: Errors = {};
  const out: Row = {};
  const enums = fullDmmf().datamodel.enums;
  const field = (name: string) => model.fields.find((f) => f.name === name && f.kind !== 'object');
  for (const [name, raw] of Object.entries(data)) {
    const f = field(name);
    if (!f) {
      out[name] = raw;
      continue;
    }
    const problem = (message: string) => (errors[formName(model, name)] = { message });
    if (raw === null || raw === undefined || (raw === '' && f.type !== 'String')) {
      if (f.isRequired && !(raw === undefined)) problem('This field is required.');
      else out[name] = raw === '' ? null : raw;
      continue;
    }
    if (f.isList) {
      out[name] = raw;
      continue;
    }
    const value = Array.isArray(raw) ? raw[0] : raw;
    switch (f.kind === 'enum' ? 'enum' : f.type) {
      case 'Int':
      case 'BigInt': {
        const n = typeof value === 'number' ? value : Number(String(value).trim());
        if (!Number.isFinite(n) || !Number.isInteger(n)) problem('Enter a whole number.');
        else if (Math.abs(n) > INT_MAX) problem('This number is too large.');
        else if (n < 0 && name.endsWith('Cents')) problem('An amount cannot be negative.');
        else out[name] = f.type === 'BigInt' ? BigInt(n) : n;
        break;
      }
      case 'Float':
      case 'Decimal': {
        const n = typeof value === 'number' ? value : Number(String(value).trim());
        if (!Number.isFinite(n) || Math.abs(n) > 1e15) problem('Enter a number.');
        else out[name] = n;
        break;
      }
      case 'Boolean':
        if (value === true || value === 'true') out[name] = true;
        else if (value === false || value === 'false') out[name] = false;
        else problem('Choose yes or no.');
        break;
      case 'DateTime': {
        const d = value instanceof Date ? value : new Date(String(value));
        const year = d.getUTCFullYear();
        if (Number.isNaN(d.getTime()) || year < 1900 || year > 9999) problem('Enter a date.');
        else out[name] = d;
        break;
      }
      case 'enum': {
        const allowed = enums.find((e) => e.name === f.type)?.values.map((v) => v.name) ?? [];
        if (!allowed.includes(String(value))) problem(`Choose one of: ${allowed.join(', ')}.`);
        else out[name] = String(value);
        break;
      }
      case 'String': {
        const text = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : null;
        if (name === 'currency') {
          // Money is formatted and rounded by its currency: only codes the platform knows (ISO 4217).
          if (text === '') continue; // the database's default (or the current one) stands
          if (!isCurrency(text)) problem('Enter a currency code such as EUR or USD.');
          else out[name] = text;
          break;
        }
        if (text === null) problem('Enter text.');
        else if (text.length > MAX_TEXT) problem(`This text is too long (${MAX_TEXT.toLocaleString('en')} characters at most).`);
        else if (text.includes('\u0000')) problem('This text contains a NUL character, which cannot be stored.');
        else out[name] = text;
        break;
      }
      default:
        out[name] = value;
    }
  }
  if (isNew) {
    for (const f of model.fields) {
      if (f.kind === 'object' || f.isList || !f.isRequired || f.hasDefaultValue || f.isUpdatedAt || f.isId) continue;
      if (out[f.name] === undefined && !errors[formName(model, f.name)]) errors[formName(model, f.name)] = { message: 'This field is required.' };
    }
  }
  // A reference must name an existing record of its resource (not just any number).
  for (const relation of model.fields.filter((f) => f.kind === 'object' && f.relationFromFields?.length === 1)) {
    const column = relation.relationFromFields![0];
    const id = out[column];
    if (typeof id === 'number' && !errors[relation.name] && !(await findById(relation.type, id))) {
      errors[relation.name] = { message: `There is no ${relation.type} with id ${id}.` };
    }
  }
  if (Object.keys(errors).length) throw refuse(errors);
  return out;
}

function isCurrency(code: string | null): boolean {
  if (!code || !/^[A-Z]{3}$/.test(code)) return false;
  return Intl.supportedValuesOf('currency').includes(code);
}

/** The form's name for a column: the relation's name for a foreign key (customer for customerId). */
function formName(model: DMMF.Model, column: string): string {
  return model.fields.find((f) => f.kind === 'object' && f.relationFromFields?.length === 1 && f.relationFromFields[0] === column)?.name ?? column;
}

/** Runs a write; what the database refuses because of the input becomes a validation message. */
export async function guardWrite<T>(model: DMMF.Model, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError || (error as { name?: string })?.name === 'PrismaClientKnownRequestError') {
      const { code, meta } = error as Prisma.PrismaClientKnownRequestError;
      const target = (meta?.target ?? (meta as { driverAdapterError?: { cause?: { constraint?: { fields?: string[] } } } })?.driverAdapterError?.cause?.constraint?.fields) as string[] | string | undefined;
      const fields = (Array.isArray(target) ? target : typeof target === 'string' ? [target] : []).map((c) => formName(model, c.replace(/"/g, '')));
      if (code === 'P2002') throw refuse(Object.fromEntries((fields.length ? fields : ['id']).map((f) => [f, { message: 'This value is already used by another record.' }])));
      if (code === 'P2003') throw new ValidationError({}, { message: 'Other records still refer to this one (or a reference names no record): nothing was changed.' });
      if (code === 'P2025') throw new ValidationError({}, { message: 'This record does not exist (any more).' });
      if (code === 'P2000') throw refuse(Object.fromEntries((fields.length ? fields : ['id']).map((f) => [f, { message: 'This value is too long.' }])));
    }
    throw error;
  }
}

/** A list filter's value must fit its property's type: anything else is a 422 naming the filter, not a query error. */
export function checkFilterValue(name: string, type: string, value: unknown, choices: string[] | null): void {
  const bad = (what: string) => new InvalidInput(`Filter "${name}": ${what}.`);
  const one = (v: unknown) => (typeof v === 'string' ? v : null);
  if (['date', 'datetime'].includes(type)) {
    const range = typeof value === 'object' && value !== null ? (value as { from?: unknown; to?: unknown }) : { from: value };
    for (const end of [range.from, range.to]) {
      if (end === undefined || end === '') continue;
      const text = one(end);
      const d = text === null ? null : new Date(text);
      if (!d || Number.isNaN(d.getTime()) || d.getUTCFullYear() < 1 || d.getUTCFullYear() > 9999) throw bad(`"${String(end).slice(0, 40)}" is not a date (write it like 2026-01-31)`);
    }
    return;
  }
  const text = one(value);
  if (text === null) throw bad('give one value');
  if (type === 'number' || type === 'float' || type === 'currency' || type === 'reference') {
    let n: unknown;
    try {
      n = JSON.parse(text);
    } catch {
      n = undefined;
    }
    const ok = typeof n === 'number' && Number.isFinite(n) && (type === 'float' || (Number.isInteger(n) && Math.abs(n) <= INT_MAX));
    if (!ok) throw bad(`"${text.slice(0, 40)}" is not ${type === 'reference' ? 'a record id' : 'a number'}`);
  } else if (type === 'boolean') {
    if (text !== 'true' && text !== 'false') throw bad(`"${text.slice(0, 40)}" is not true or false`);
  } else if (choices && !choices.includes(text)) {
    throw bad(`"${text.slice(0, 40)}" is not one of the choices`);
  } else if (text.length > 1000) {
    throw bad('the text to look for is too long (1,000 characters at most)');
  }
}
