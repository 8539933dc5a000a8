// The line rows of fulfillments, refunds, draft orders and abandoned checkouts: written by the
// services of their parent, except draft order lines, which staff compose by hand.
import { crud, type ResourceModule } from '../../plugins/api.js';
import type { ActionResponse } from 'adminjs';
import { EVERYONE, MANAGERS, ORDER_DESK } from '../roles.js';
import { inTransaction } from '../../db/transaction.js';
import { recalculateDraft } from '../../services/drafts/totals.js';

type Roles = ResourceModule['permissions'][string];

const lines = (model: ResourceModule['model'], parent: string, read: Roles, money: string[] = [], write?: Roles): ResourceModule => ({
  model,
  money,
  permissions: crud({ read, write, remove: write }),
  options: { navigation: false, filterProperties: [parent] },
});

export const fulfillmentLines = lines('FulfillmentLine', 'fulfillment', EVERYONE);
export const refundLines = lines('RefundLine', 'refund', ORDER_DESK, ['amountCents']);
export const draftOrderLines: ResourceModule = {
  ...lines('DraftOrderLine', 'draftOrder', ORDER_DESK, ['unitPriceCents'], ORDER_DESK),
  // The draft's totals follow its lines.
  actions: (ctx) => {
    const recalculate = async (response: ActionResponse) => {
      const draftOrderId = Number(response.record?.params?.draftOrder);
      if (draftOrderId) await inTransaction(ctx.shop, (tx) => recalculateDraft(tx, draftOrderId));
      return response;
    };
    return { new: { after: recalculate }, edit: { after: recalculate }, delete: { after: recalculate } };
  },
};
export const abandonedCheckoutLines = lines('AbandonedCheckoutLine', 'checkout', MANAGERS, ['unitPriceCents']);
