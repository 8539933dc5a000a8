import { crud, type ResourceModule } from '../../plugins/api.js';
import type { ActionContext, ActionResponse } from 'adminjs';
import { EVERYONE, MANAGERS } from '../roles.js';
import { ensureInventoryItem } from '../../services/inventory.js';
import { endSaleAction, putOnSaleAction } from '../../actions/product-sale.js';
import { importProductsAction } from '../../actions/import-products.js';
import { checkProductSku, productPageAction, THUMBNAIL_PROPERTY, withThumbnails } from '../../actions/product-page.js';
import { yesNoFilter } from '../filters.js';
import { PRODUCT_FILTERS } from '../../services/export/products.js';

export const products: ResourceModule = {
  model: 'Product',
  money: ['priceCents', 'compareAtPriceCents'],
  filters: PRODUCT_FILTERS,
  permissions: { ...crud({ read: EVERYONE, write: MANAGERS, remove: MANAGERS }), putOnSale: MANAGERS, endSale: MANAGERS, importCsv: MANAGERS },
  actions: (ctx) => ({
    putOnSale: putOnSaleAction(ctx),
    endSale: endSaleAction(ctx),
    importCsv: importProductsAction(ctx),
    show: productPageAction(ctx),
    list: { after: withThumbnails(ctx) },
    edit: { before: checkProductSku(ctx) },
    new: {
      before: checkProductSku(ctx),
      after: async (response: ActionResponse, _request: unknown, context: ActionContext) => {
        const p = response.record?.params;
        if (!p?.id) return response;
        await ensureInventoryItem(ctx.shop, { productId: Number(p.id), sku: p.sku ?? null });
        // Straight to the new product's page, where its images, features and variants are added.
        return { ...response, redirectUrl: context.h.recordActionUrl({ resourceId: 'Product', recordId: String(p.id), actionName: 'show' }) };
      },
    },
  }),
  options: {
    titleProperty: 'title',
    sort: { sortBy: 'updatedAt', direction: 'desc' },
    listProperties: ['thumbnail', 'title', 'status', 'category', 'sku', 'priceCents', 'updatedAt'],
    filterProperties: ['title', 'status', 'category', 'sku', 'barcode', 'vendor', 'tags', 'lowStock', 'outOfStock', 'createdAt'],
    showProperties: ['title', 'handle', 'status', 'category', 'vendor', 'productType', 'priceCents', 'compareAtPriceCents', 'currency', 'sku', 'barcode', 'tags', 'description', 'createdAt', 'updatedAt'],
    editProperties: ['title', 'handle', 'status', 'category', 'vendor', 'productType', 'currency', 'priceCents', 'compareAtPriceCents', 'sku', 'barcode', 'tags', 'description'],
    properties: {
      description: { type: 'textarea' },
      thumbnail: THUMBNAIL_PROPERTY,
      // The database fills these when left empty (EUR, no tags): not for the manager to type every time.
      currency: { isRequired: false },
      tags: { isRequired: false },
      lowStock: { ...yesNoFilter, description: 'A stock item has no more available than its low-stock threshold' },
      outOfStock: { ...yesNoFilter, description: 'A stock item has nothing available' },
    },
  },
};
