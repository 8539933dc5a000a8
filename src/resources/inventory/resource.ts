import { crud, type ResourceModule } from '../../plugins/api.js';
import { EVERYONE, STOCK_DESK } from '../roles.js';
import { adjustStockAction } from '../../actions/adjust-stock.js';

// On-hand and committed figures change only through the stock service (with a movement),
// so the form edits the threshold and the backorder policy alone.
export const inventory: ResourceModule = {
  model: 'InventoryItem',
  permissions: { ...crud({ read: EVERYONE, write: STOCK_DESK }), new: [], adjustStock: STOCK_DESK }, // items are created with their product
  actions: (ctx) => ({ adjustStock: adjustStockAction(ctx) }),
  readOnly: ['onHand', 'committed', 'available', 'lowStock'],
  options: {
    titleProperty: 'sku',
    sort: { sortBy: 'onHand', direction: 'asc' },
    listProperties: ['product', 'variant', 'sku', 'onHand', 'committed', 'available', 'lowStockThreshold', 'lowStock'],
    showProperties: ['product', 'variant', 'sku', 'onHand', 'committed', 'available', 'lowStockThreshold', 'lowStock', 'allowBackorder', 'updatedAt'],
    filterProperties: ['product', 'sku', 'lowStock', 'available', 'onHand', 'allowBackorder'],
    editProperties: ['lowStockThreshold', 'allowBackorder'],
    properties: {
      available: { description: 'On hand minus committed to open orders' },
      lowStock: { description: 'Available at or below the low-stock threshold' },
    },
  },
};
