import { crud, type ResourceModule } from '../../plugins/api.js';
import { MANAGERS, ORDER_DESK } from '../roles.js';

export const abandonedCheckouts: ResourceModule = {
  model: 'AbandonedCheckout',
  money: ['subtotalCents', 'totalCents'],
  permissions: crud({ read: ORDER_DESK, remove: MANAGERS }),
  options: {
    titleProperty: 'email',
    sort: { sortBy: 'createdAt', direction: 'desc' },
    listProperties: ['createdAt', 'email', 'customer', 'totalCents', 'recoveryState'],
    filterProperties: ['email', 'customer', 'recoveryState', 'createdAt'],
  },
};
