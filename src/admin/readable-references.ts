// AdminJS sends each referenced record's params with a row (`populated`), whatever the reader may see of
// that resource (PITFALLS): a warehouse clerk would read an owner's email, role and login times from a stock
// movement. A reference to a resource the reader may not show becomes its id and display name only.
import type { ActionContext, ActionResponse, RecordJSON } from 'adminjs';
import type { DMMF } from '@prisma/client/runtime/library';
import { staffRole } from '../plugins/api.js';
import { mayRun, type PermissionMatrix } from './permissions.js';

export function readableReferencesOnly(model: DMMF.Model, matrix: PermissionMatrix) {
  const targets = new Map(model.fields.filter((f) => f.kind === 'object' && f.relationFromFields?.length).map((f) => [f.name, f.type]));
  return async (response: ActionResponse, _request: unknown, context: ActionContext): Promise<ActionResponse> => {
    if (!targets.size) return response;
    const role = staffRole(context);
    const trim = (record: RecordJSON | undefined) => {
      for (const [key, populated] of Object.entries(record?.populated ?? {})) {
        const target = targets.get(key);
        if (!populated || !target || mayRun(matrix, role, target, 'show')) continue;
        record!.populated[key] = { id: populated.id, title: populated.title, params: { id: populated.id }, populated: {}, errors: {}, baseError: null, recordActions: [], bulkActions: [] } as RecordJSON;
      }
    };
    trim(response.record as RecordJSON | undefined);
    for (const record of (response.records ?? []) as RecordJSON[]) trim(record);
    return response;
  };
}
