import { crud, type ResourceModule } from '../../plugins/api.js';
import { EVERYONE, MANAGERS } from '../roles.js';

export const variants: ResourceModule = {
  model: 'ProductVariant',
  money: ['priceCents', 'compareAtPriceCents'],
  permissions: crud({ read: EVERYONE, write: MANAGERS, remove: MANAGERS }),
  options: {
    titleProperty: 'title',
    listProperties: ['product', 'title', 'sku', 'priceCents'],
    filterProperties: ['product', 'title', 'sku', 'barcode'],
    editProperties: ['product', 'title', 'option1', 'option2', 'option3', 'sku', 'barcode', 'priceCents', 'compareAtPriceCents', 'position'],
  },
};
