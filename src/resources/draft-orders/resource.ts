import { crud, type ResourceModule } from '../../plugins/api.js';
import { ORDER_DESK } from '../roles.js';
import { completeDraftAction, sendInvoiceAction } from '../../actions/draft-order-actions.js';

export const draftOrders: ResourceModule = {
  model: 'DraftOrder',
  money: ['subtotalCents', 'discountCents', 'shippingCents', 'taxCents', 'totalCents'],
  permissions: { ...crud({ read: ORDER_DESK, write: ORDER_DESK, remove: ORDER_DESK }), complete: ORDER_DESK, sendInvoice: ORDER_DESK },
  actions: (ctx) => ({ complete: completeDraftAction(ctx), sendInvoice: sendInvoiceAction(ctx) }),
  options: {
    titleProperty: 'name',
    sort: { sortBy: 'createdAt', direction: 'desc' },
    listProperties: ['name', 'createdAt', 'customer', 'status', 'totalCents'],
    filterProperties: ['name', 'status', 'customer', 'email', 'createdAt'],
    editProperties: ['customer', 'email', 'currency', 'discountCents', 'shippingCents', 'note', 'tags'],
    properties: { note: { type: 'textarea' } },
  },
};
