// Deny-by-default writes. AdminJS's new and edit handlers save every column in the payload, whatever the
// form shows (PITFALLS), so every resource declares the columns a form may write — `editable`, or the code's
// edit form — and a payload naming any other column is refused under that field before anything is written.
// The edit form sends the whole record back, so a column that only repeats its stored value is dropped.
import { ValidationError, type ActionContext, type ActionRequest } from 'adminjs';
import type { DMMF } from '@prisma/client/runtime/library';
import type { ResourceModule } from '../plugins/api.js';

/** What a form may write, by property path (a reference by its relation's name: `customer`, not `customerId`). */
export function writableColumns(mod: ResourceModule, model: DMMF.Model): Set<string> {
  const columns = columnPaths(model);
  const declared = mod.editable ?? mod.options?.editProperties ?? [];
  const readOnly = new Set([...(mod.readOnly ?? []), ...(mod.secret ?? [])]);
  return new Set(declared.filter((name) => columns.has(name) && !readOnly.has(name)));
}

/** Every property path that stands for a column of the table (scalars, enums and many-to-one references). */
function columnPaths(model: DMMF.Model): Map<string, DMMF.Field> {
  const paths = new Map<string, DMMF.Field>();
  for (const field of model.fields) {
    if (field.kind === 'object') {
      if (field.relationFromFields?.length) paths.set(field.name, field);
    } else if (!field.isReadOnly) {
      paths.set(field.name, field);
    }
  }
  return paths;
}

/** The before hook of new and edit: refuses (422 under the field) a column the resource does not let a form write. */
export function refuseUnwritableColumns(mod: ResourceModule, model: DMMF.Model) {
  const writable = writableColumns(mod, model);
  const columns = columnPaths(model);
  const secret = new Set(mod.secret ?? []);
  return async (request: ActionRequest, context: ActionContext): Promise<ActionRequest> => {
    if (request.method !== 'post' || !request.payload) return request;
    const payload = request.payload as Record<string, unknown>;
    const stored = (context.record?.params ?? null) as Record<string, unknown> | null;
    const errors: Record<string, { message: string }> = {};
    for (const key of Object.keys(payload)) {
      const path = key.split('.')[0];
      if (secret.has(path)) {
        errors[path] = { message: 'This field cannot be written through a form.' };
        continue;
      }
      if (!columns.has(path) || writable.has(path)) continue; // not a column (a password to hash, a computed label): never saved as such
      if (stored && sameValue(stored[key], payload[key])) {
        delete payload[key];
        continue;
      }
      errors[path] = { message: 'This field cannot be changed here: it is kept by the shop\'s own actions.' };
    }
    if (Object.keys(errors).length) {
      const names = Object.keys(errors).join(', ');
      throw new ValidationError(errors, { message: `Nothing was saved: ${names} cannot be changed here.` });
    }
    return request;
  };
}

/** The form's text for a value and the stored value stand for the same thing (a date, a number, nothing). */
function sameValue(stored: unknown, sent: unknown): boolean {
  return asText(stored) === asText(sent);
}

function asText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  if (typeof value === 'string') {
    // AdminJS's record JSON writes dates as ISO text; a form may send them back in any ISO form
    if (/^\d{4}-\d{2}-\d{2}T/.test(value)) {
      const d = new Date(value);
      return Number.isNaN(d.getTime()) ? value : d.toISOString();
    }
    return value;
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value);
}
