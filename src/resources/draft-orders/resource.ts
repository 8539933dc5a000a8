import { crud, type ResourceModule } from '../../plugins/api.js';
import { ORDER_DESK } from '../roles.js';
import { ValidationError, type ActionContext, type ActionRequest, type ActionResponse } from 'adminjs';
import { inTransaction } from '../../db/transaction.js';
import { recalculateDraft } from '../../services/drafts/totals.js';
import { completeDraftAction, sendInvoiceAction } from '../../actions/draft-order-actions.js';
import { formatMoney } from '../../services/money.js';

export const draftOrders: ResourceModule = {
  model: 'DraftOrder',
  money: ['subtotalCents', 'discountCents', 'shippingCents', 'taxCents', 'totalCents'],
  permissions: { ...crud({ read: ORDER_DESK, write: ORDER_DESK, remove: ORDER_DESK }), complete: ORDER_DESK, sendInvoice: ORDER_DESK },
  actions: (ctx) => {
    // A discount is never more than the lines (a €10 draft with a €500 discount made a negative order).
    const discountWithinLines = async (request: ActionRequest, context: ActionContext) => {
      const payload = request.payload as Record<string, unknown> | undefined;
      if (request.method !== 'post' || payload?.discountCents === undefined || payload.discountCents === null) return request;
      const id = Number(context.record?.id() ?? 0);
      const lines = id ? await ctx.shop.prisma.draftOrderLine.findMany({ where: { draftOrderId: id }, select: { unitPriceCents: true, quantity: true } }) : [];
      const subtotal = lines.reduce((n, l) => n + l.unitPriceCents * l.quantity, 0);
      const discount = Number(payload.discountCents);
      if (Number.isFinite(discount) && discount > subtotal) {
        const currency = String(payload.currency || context.record?.params.currency || 'EUR');
        throw new ValidationError({ discountCents: { message: `The discount cannot be more than the items (${formatMoney(subtotal, currency)}).` } });
      }
      return request;
    };
    // the totals follow the discount, shipping and tax typed in (the lines' own changes recompute them too)
    const recalculate = async (response: ActionResponse) => {
      const id = Number(response.record?.params?.id);
      if (id && !Object.keys(response.record?.errors ?? {}).length) {
        const draft = await inTransaction(ctx.shop, (tx) => recalculateDraft(tx, id));
        Object.assign(response.record!.params, { subtotalCents: draft.subtotalCents, totalCents: draft.totalCents });
      }
      return response;
    };
    return {
      complete: completeDraftAction(ctx), sendInvoice: sendInvoiceAction(ctx),
      new: { before: discountWithinLines, after: recalculate },
      // a completed draft is an order now: it is changed there, not here
      edit: { before: discountWithinLines, after: recalculate, isAccessible: ({ record }) => record?.params?.status !== 'COMPLETED' },
    };
  },
  options: {
    titleProperty: 'name',
    sort: { sortBy: 'createdAt', direction: 'desc' },
    listProperties: ['name', 'createdAt', 'customer', 'status', 'totalCents'],
    filterProperties: ['name', 'status', 'customer', 'email', 'createdAt'],
    editProperties: ['customer', 'email', 'currency', 'discountCents', 'shippingCents', 'note', 'tags'],
    properties: { note: { type: 'textarea' } },
  },
};
