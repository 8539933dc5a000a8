// The line rows of fulfillments, refunds, draft orders and abandoned checkouts: written by the
// services of their parent, except draft order lines, which staff compose by hand.
import { crud, type ResourceModule } from '../../plugins/api.js';
import { EVERYONE, MANAGERS, ORDER_DESK } from '../roles.js';

type Roles = ResourceModule['permissions'][string];

const lines = (model: ResourceModule['model'], parent: string, read: Roles, money: string[] = [], write?: Roles): ResourceModule => ({
  model,
  money,
  permissions: crud({ read, write, remove: write }),
  options: { navigation: false, filterProperties: [parent] },
});

export const fulfillmentLines = lines('FulfillmentLine', 'fulfillment', EVERYONE);
export const refundLines = lines('RefundLine', 'refund', ORDER_DESK, ['amountCents']);
export const draftOrderLines = lines('DraftOrderLine', 'draftOrder', ORDER_DESK, ['unitPriceCents'], ORDER_DESK);
export const abandonedCheckoutLines = lines('AbandonedCheckoutLine', 'checkout', MANAGERS, ['unitPriceCents']);
