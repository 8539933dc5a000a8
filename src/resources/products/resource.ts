import { crud, type ResourceModule } from '../../plugins/api.js';
import { EVERYONE, MANAGERS } from '../roles.js';

export const products: ResourceModule = {
  model: 'Product',
  money: ['priceCents', 'compareAtPriceCents'],
  permissions: crud({ read: EVERYONE, write: MANAGERS, remove: MANAGERS }),
  options: {
    titleProperty: 'title',
    sort: { sortBy: 'updatedAt', direction: 'desc' },
    listProperties: ['title', 'status', 'category', 'sku', 'priceCents', 'updatedAt'],
    filterProperties: ['title', 'status', 'category', 'sku', 'barcode', 'vendor', 'tags', 'createdAt'],
    showProperties: ['title', 'handle', 'status', 'category', 'vendor', 'productType', 'priceCents', 'compareAtPriceCents', 'currency', 'sku', 'barcode', 'tags', 'description', 'createdAt', 'updatedAt'],
    editProperties: ['title', 'handle', 'status', 'category', 'vendor', 'productType', 'currency', 'priceCents', 'compareAtPriceCents', 'sku', 'barcode', 'tags', 'description'],
    properties: { description: { type: 'textarea' } },
  },
};
