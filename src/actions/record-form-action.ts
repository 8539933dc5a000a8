// Builds the actions on one record (refund, cancel, capture, complete a draft…): GET gives the form the
// record (and an order's details), POST calls one service and comes back to the record with a notice.
import type { ActionRequest, RecordJSON } from 'adminjs';
import type { CounterContext, CustomAction } from '../plugins/api.js';
import { orderDetails } from '../services/orders/details.js';
import { runService, staffId } from './run-service.js';
import { staffLanguage } from './notices.js';
import type { Language } from '../shared/i18n.js';

import type { FormField } from '../shared/form-fields.js';

export interface RecordFormSpec {
  icon: string;
  component: string;
  intro?: string;
  fields?: FormField[];
  variant?: 'primary' | 'danger';
  sendsMail?: boolean;
  /** The form needs the order's lines and payments (refund, edit lines). */
  details?: boolean;
  /** Hidden on orders this returns false for (e.g. Cancel on a cancelled order). */
  showFor?: (params: Record<string, unknown>) => boolean;
  /** Says what happened; may send the user elsewhere than back to the record. */
  run(ctx: CounterContext, input: { orderId: number; payload: Record<string, unknown>; staffUserId: number | null; language: Language }): Promise<string | { message: string; redirectUrl: string }>;
}

export async function withDetails(ctx: CounterContext, record: RecordJSON): Promise<RecordJSON & { details: unknown }> {
  return { ...record, details: await orderDetails(ctx.shop.prisma, Number(record.id)) };
}

export function recordFormAction(ctx: CounterContext, spec: RecordFormSpec): CustomAction {
  return {
    actionType: 'record',
    icon: spec.icon,
    variant: spec.variant ?? 'primary',
    component: spec.component,
    custom: { fields: spec.fields ?? [], intro: spec.intro },
    ...(spec.showFor ? { isVisible: ({ record }) => !record || spec.showFor!(record.params) } : {}),
    handler: async (request: ActionRequest, response, context) => {
      const record = context.record!;
      const json = record.toJSON(context.currentAdmin);
      if (request.method === 'get') return { record: spec.details ? await withDetails(ctx, json) : json };
      return runService(response, { record: json }, async () => {
        const outcome = await spec.run(ctx, { orderId: Number(record.id()), payload: request.payload ?? {}, staffUserId: staffId(context), language: staffLanguage(context) });
        const { message, redirectUrl } = typeof outcome === 'string' ? { message: outcome, redirectUrl: undefined } : outcome;
        if (spec.sendsMail) ctx.mail.kick();
        const fresh = await context.resource.findOne(record.id(), context);
        return {
          record: fresh ? fresh.toJSON(context.currentAdmin) : json,
          notice: { message, type: 'success' },
          redirectUrl: redirectUrl ?? context.h.recordActionUrl({ resourceId: context.resource.id(), recordId: record.id(), actionName: 'show' }),
        };
      });
    },
  };
}
