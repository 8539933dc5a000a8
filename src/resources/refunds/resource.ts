import { crud, type ResourceModule } from '../../plugins/api.js';
import { ORDER_DESK } from '../roles.js';

export const refunds: ResourceModule = {
  model: 'Refund',
  money: ['amountCents', 'shippingCents'],
  permissions: crud({ read: ORDER_DESK }),
  options: {
    sort: { sortBy: 'createdAt', direction: 'desc' },
    listProperties: ['createdAt', 'order', 'amountCents', 'restock', 'reason', 'staffUser'],
    filterProperties: ['order', 'restock', 'createdAt'],
  },
};
