// The line rows of fulfillments, refunds, draft orders and abandoned checkouts: written by the
// services of their parent, except draft order lines, which staff compose by hand.
import { crud, type ResourceModule } from '../../plugins/api.js';
import { ValidationError, type ActionContext, type ActionRequest, type ActionResponse } from 'adminjs';
import { EVERYONE, MANAGERS, ORDER_DESK } from '../roles.js';
import { inTransaction } from '../../db/transaction.js';
import { recalculateDraft } from '../../services/drafts/totals.js';

type Roles = ResourceModule['permissions'][string];

const MAX_LINE_QUANTITY = 100_000;
const isId = (n: number) => Number.isSafeInteger(n) && n >= 0 && n <= 2 ** 31 - 1;
/** Totals are 32-bit integer columns (minor units). */
const MAX_DRAFT_TOTAL = 2 ** 31 - 1;

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
  editable: ['draftOrder', 'productId', 'variantId', 'title', 'sku', 'unitPriceCents', 'quantity'],
  // The draft's totals follow its lines.
  actions: (ctx) => {
    const recalculate = async (response: ActionResponse) => {
      const draftOrderId = Number(response.record?.params?.draftOrder);
      if (isId(draftOrderId) && !Object.keys(response.record?.errors ?? {}).length) await inTransaction(ctx.shop, (tx) => recalculateDraft(tx, draftOrderId));
      return response;
    };
    // Checked before the line is written: the totals are recomputed after, outside its write.
    const fitsTheDraft = async (request: ActionRequest, context: ActionContext) => {
      if (request.method !== 'post' || !request.payload) return request;
      const p = request.payload as Record<string, unknown>;
      const current = context.record?.params ?? {};
      const value = (k: string) => Number(p[k] ?? current[k]);
      const [quantity, unit, draftOrderId] = [value('quantity'), value('unitPriceCents'), value('draftOrder')];
      if (p.quantity !== undefined && !(Number.isInteger(quantity) && quantity >= 1 && quantity <= MAX_LINE_QUANTITY)) {
        throw new ValidationError({ quantity: { message: `Enter a quantity from 1 to ${MAX_LINE_QUANTITY.toLocaleString('en')}.` } });
      }
      if (!isId(quantity) || !isId(unit) || !isId(draftOrderId)) return request; // the form's own checks say what is wrong
      await refuseCompleted(draftOrderId);
      const others = await ctx.shop.prisma.draftOrderLine.findMany({ where: { draftOrderId, id: { not: Number(current.id ?? 0) } }, select: { unitPriceCents: true, quantity: true } });
      const subtotal = others.reduce((n, l) => n + l.unitPriceCents * l.quantity, unit * quantity);
      if (subtotal > MAX_DRAFT_TOTAL) throw new ValidationError({ quantity: { message: 'The draft\'s total would be larger than an order can hold.' } });
      return request;
    };
    // A completed draft is an order now: its lines stay as they were when it was completed.
    const refuseCompleted = async (draftOrderId: number) => {
      const draft = await ctx.shop.prisma.draftOrder.findUnique({ where: { id: draftOrderId }, select: { status: true, name: true } });
      if (draft?.status === 'COMPLETED') throw new ValidationError({ draftOrder: { message: `Draft order ${draft.name} is completed: its lines cannot change.` } });
    };
    const notCompleted = async (request: ActionRequest, context: ActionContext) => {
      if (request.method === 'post') await refuseCompleted(Number(context.record?.params?.draftOrder));
      return request;
    };
    return { new: { before: fitsTheDraft, after: recalculate }, edit: { before: [notCompleted, fitsTheDraft], after: recalculate }, delete: { before: notCompleted, after: recalculate } };
  },
};
export const abandonedCheckoutLines = lines('AbandonedCheckoutLine', 'checkout', MANAGERS, ['unitPriceCents']);
