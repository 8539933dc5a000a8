// Builds bulk actions (orders, checkouts, products): a small form (BulkOrderAction) for the selection, then one
// service call for all selected records, and a notice that says what happened to each.
import type { ActionRequest } from 'adminjs';
import { Components } from '../components/index.js';
import type { CounterContext, CustomAction } from '../plugins/api.js';
import type { BulkResult } from '../services/orders/bulk.js';
import { bulkNotice, localeWord, staffLanguage } from './notices.js';
import { runService, staffId } from './run-service.js';

export interface BulkField {
  name: string;
  label: string;
  placeholder?: string;
  required?: boolean;
  /** A choice instead of free text. */
  options?: Array<{ value: string; label: string }>;
}

export interface BulkSpec {
  icon: string;
  verb: string; // "fulfilled"
  intro: string; // what the form says before confirming
  fields?: BulkField[];
  variant?: 'primary' | 'danger';
  /** Tell the mail delivery to run after the commit. */
  sendsMail?: boolean;
  run(ctx: CounterContext, input: { orderIds: number[]; payload: Record<string, unknown>; staffUserId: number | null }): Promise<BulkResult>;
}

export function bulkFormAction(ctx: CounterContext, spec: BulkSpec): CustomAction {
  return {
    actionType: 'bulk',
    icon: spec.icon,
    variant: spec.variant ?? 'primary',
    component: Components.BulkOrderAction,
    custom: { fields: spec.fields ?? [], intro: spec.intro },
    handler: async (request: ActionRequest, response, context) => {
      const records = context.records ?? [];
      if (request.method === 'get') return { records: records.map((r) => r.toJSON(context.currentAdmin)) };
      return runService(response, { records: [] }, async () => {
        const result = await spec.run(ctx, { orderIds: records.map((r) => Number(r.id())), payload: request.payload ?? {}, staffUserId: staffId(context) });
        if (spec.sendsMail && result.done.length) ctx.mail.kick();
        const language = staffLanguage(context);
        return {
          records: [],
          result,
          notice: { message: bulkNotice(language, result, spec.verb, localeWord(context, language, `components.forms.${context.resource.id()}.${context.action.name}.verb`)), type: result.done.length ? 'success' : 'info' },
          redirectUrl: context.h.resourceUrl({ resourceId: context.resource.id() }),
        };
      });
    },
  };
}
