// The product page (AdminJS's show action with the gallery, variants, stock and movements attached),
// the list's thumbnails, and the small hooks that keep a manager on the product while editing its parts.
import { ValidationError, type ActionContext, type ActionRequest, type ActionResponse, type RecordJSON } from 'adminjs';
import type { CounterContext, CustomAction } from '../plugins/api.js';
import { Components } from '../components/index.js';
import { productDetails } from '../services/catalog/product-details.js';
import { skuConflict } from '../services/catalog/variants.js';
import { imageSrc } from '../shared/image-url.js';

export const productPageAction = (ctx: CounterContext): CustomAction => ({
  component: Components.ProductPage,
  after: async (response: ActionResponse) => {
    const record = response.record as RecordJSON | undefined;
    if (!record) return response;
    return { ...response, record: { ...record, details: await productDetails(ctx.shop.prisma, Number(record.id), ctx.rootPath) } };
  },
});

/** Each listed product's first image (by position), for the whole page in one query. */
export const withThumbnails = (ctx: CounterContext) => async (response: ActionResponse) => {
  const records = (response.records ?? []) as RecordJSON[];
  if (!records.length) return response;
  const images = await ctx.shop.prisma.productImage.findMany({
    where: { productId: { in: records.map((r) => Number(r.id)) } },
    orderBy: [{ productId: 'asc' }, { position: 'asc' }, { id: 'asc' }],
    select: { productId: true, url: true, alt: true },
  });
  const first = new Map<number, { url: string; alt: string | null }>();
  for (const image of images) if (!first.has(image.productId)) first.set(image.productId, image);
  const thumbnail = (id: string) => first.get(Number(id));
  return {
    ...response,
    records: records.map((r) => {
      const image = thumbnail(r.id);
      return image ? { ...r, params: { ...r.params, thumbnail: imageSrc(image.url, ctx.rootPath), thumbnailAlt: image.alt ?? r.title } } : r;
    }),
  };
};

/** A product's SKU is unique across products and variants; an emptied SKU is no SKU. */
export const checkProductSku = (ctx: CounterContext) => async (request: ActionRequest, context: ActionContext) => {
  const payload = request.payload as Record<string, unknown> | undefined;
  if (request.method !== 'post' || !payload || typeof payload.sku !== 'string') return request;
  payload.sku = payload.sku.trim() || null;
  const own = context.record ? { productId: Number(context.record.id()) } : {};
  const conflict = await skuConflict(ctx.shop.prisma, payload.sku as string | null, own);
  if (conflict) throw new ValidationError({ sku: { message: conflict } }, { message: conflict });
  return request;
};

/** After saving a part of a product (feature, image), back to the product page. */
export const backToProduct = async (response: ActionResponse, request: ActionRequest, context: ActionContext) => {
  const productId = response.record?.params?.product;
  if (request.method !== 'post' || !productId || Object.keys(response.record?.errors ?? {}).length) return response;
  return { ...response, redirectUrl: context.h.recordActionUrl({ resourceId: 'Product', recordId: String(productId), actionName: 'show' }) };
};

/** The list's small image column (filled by withThumbnails). */
export const THUMBNAIL_PROPERTY = {
  type: 'string' as const, isSortable: false, position: 0,
  isVisible: { list: true, show: false, edit: false, filter: false },
  components: { list: Components.ProductThumbnail },
};
