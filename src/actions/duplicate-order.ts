import type { ActionRequest } from 'adminjs';
import type { CounterContext, CustomAction } from '../plugins/api.js';
import { duplicateOrder } from '../services/orders/duplicate.js';
import { runService, staffId } from './run-service.js';

/** One click: the new draft order opens, ready to adjust and complete. */
export const duplicateOrderAction = (ctx: CounterContext): CustomAction => ({
  actionType: 'record',
  icon: 'Copy',
  component: false,
  handler: async (_request: ActionRequest, response, context) => {
    const record = context.record!;
    return runService(response, { record: record.toJSON(context.currentAdmin) }, async () => {
      const draft = await duplicateOrder(ctx.shop, { orderId: record.id(), staffUserId: staffId(context) });
      return {
        record: record.toJSON(context.currentAdmin),
        notice: { message: `Draft order ${draft.name} created from ${String(record.params.name)}.`, type: 'success' },
        redirectUrl: context.h.recordActionUrl({ resourceId: 'DraftOrder', recordId: String(draft.id), actionName: 'show' }),
      };
    });
  },
});
