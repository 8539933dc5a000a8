import { crud, type ResourceModule } from '../../plugins/api.js';
import { EVERYONE } from '../roles.js';

// The stock ledger: written only by the stock service, never by hand.
export const stockMovements: ResourceModule = {
  model: 'StockMovement',
  permissions: crud({ read: EVERYONE }),
  options: {
    sort: { sortBy: 'createdAt', direction: 'desc' },
    listProperties: ['createdAt', 'inventoryItem', 'reason', 'onHandDelta', 'committedDelta', 'order', 'staffUser'],
    filterProperties: ['inventoryItem', 'reason', 'order', 'createdAt'],
  },
};
