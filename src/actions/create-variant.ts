// A new variant through the form: the variant and its stock row in one transaction (services/catalog/variants.ts),
// refusals under the field they concern, and back to the product page.
import { ValidationError, type ActionContext, type ActionRequest, type ActionResponse } from 'adminjs';
import type { CounterContext, CustomAction } from '../plugins/api.js';
import { createVariant, FieldRefused, skuConflict, syncVariantStockRow } from '../services/catalog/variants.js';
import { ShopError } from '../services/errors.js';

/** Form fields are named after the relation (`product`), the service's after the column (`productId`). */
const formField = (field: string) => (field === 'productId' ? 'product' : field);

const refusal = (error: ShopError) =>
  new ValidationError({ [formField(error instanceof FieldRefused ? error.field : 'title')]: { message: error.message } }, { message: error.message });

export const createVariantAction = (ctx: CounterContext): CustomAction => ({
  handler: async (request: ActionRequest, _response: unknown, context: ActionContext): Promise<ActionResponse> => {
    if (request.method !== 'post') throw new Error('new action can be invoked only via `post` http method');
    const p = (request.payload ?? {}) as Record<string, unknown>;
    try {
      const { variant } = await createVariant(ctx.shop, {
        productId: p.product, title: p.title, option1: p.option1, option2: p.option2, option3: p.option3,
        sku: p.sku, barcode: p.barcode, priceCents: p.priceCents, compareAtPriceCents: p.compareAtPriceCents, position: p.position,
      });
      const record = await context.resource.findOne(String(variant.id), context);
      return {
        record: record!.toJSON(context.currentAdmin),
        notice: { message: `Variant "${variant.title}" created, with its stock row.`, type: 'success' },
        redirectUrl: context.h.recordActionUrl({ resourceId: 'Product', recordId: String(variant.productId), actionName: 'show' }),
      };
    } catch (error) {
      if (error instanceof ShopError) throw refusal(error);
      throw error;
    }
  },
});

/** Editing a variant: its SKU stays unique across the shop and follows it to its stock row. */
export const editVariantAction = (ctx: CounterContext): CustomAction => ({
  before: async (request: ActionRequest, context: ActionContext) => {
    const payload = request.payload as Record<string, unknown> | undefined;
    if (request.method !== 'post' || !payload || typeof payload.sku !== 'string' || !context.record) return request;
    const sku = payload.sku.trim() || null;
    payload.sku = sku; // an emptied SKU is no SKU, not the empty one
    const conflict = await skuConflict(ctx.shop.prisma, sku, { variantId: Number(context.record.id()) });
    if (conflict) throw new ValidationError({ sku: { message: conflict } }, { message: conflict });
    return request;
  },
  after: async (response: ActionResponse, request: ActionRequest, context: ActionContext) => {
    if (request.method === 'post' && context.record && !Object.keys(response.record?.errors ?? {}).length) await syncVariantStockRow(ctx.shop.prisma, Number(context.record.id()));
    return response;
  },
});
