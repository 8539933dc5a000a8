import { crud, type ResourceModule } from '../../plugins/api.js';
import { EVERYONE, MANAGERS } from '../roles.js';
import { createVariantAction, editVariantAction } from '../../actions/create-variant.js';

// A variant is a sellable item: its own SKU (unique across products and variants), price and stock row.
export const variants: ResourceModule = {
  model: 'ProductVariant',
  money: ['priceCents', 'compareAtPriceCents'],
  permissions: crud({ read: EVERYONE, write: MANAGERS, remove: MANAGERS }),
  actions: (ctx) => ({ new: createVariantAction(ctx), edit: editVariantAction(ctx) }),
  options: {
    titleProperty: 'title',
    listProperties: ['product', 'title', 'sku', 'priceCents'],
    filterProperties: ['product', 'title', 'sku', 'barcode'],
    editProperties: ['product', 'title', 'option1', 'option2', 'option3', 'sku', 'barcode', 'priceCents', 'compareAtPriceCents', 'position'],
  },
};
