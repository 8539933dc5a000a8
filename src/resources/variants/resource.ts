import { crud, type ResourceModule } from '../../plugins/api.js';
import type { ActionResponse } from 'adminjs';
import { EVERYONE, MANAGERS } from '../roles.js';
import { ensureInventoryItem } from '../../services/inventory.js';

export const variants: ResourceModule = {
  model: 'ProductVariant',
  money: ['priceCents', 'compareAtPriceCents'],
  permissions: crud({ read: EVERYONE, write: MANAGERS, remove: MANAGERS }),
  actions: (ctx) => ({
    new: {
      after: async (response: ActionResponse) => {
        const p = response.record?.params;
        if (p?.id && p.product) await ensureInventoryItem(ctx.shop, { productId: Number(p.product), variantId: Number(p.id), sku: p.sku ?? null });
        return response;
      },
    },
  }),
  options: {
    titleProperty: 'title',
    listProperties: ['product', 'title', 'sku', 'priceCents'],
    filterProperties: ['product', 'title', 'sku', 'barcode'],
    editProperties: ['product', 'title', 'option1', 'option2', 'option3', 'sku', 'barcode', 'priceCents', 'compareAtPriceCents', 'position'],
  },
};
