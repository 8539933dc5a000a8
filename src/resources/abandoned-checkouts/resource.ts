import { crud, type ResourceModule } from '../../plugins/api.js';
import { MANAGERS, ORDER_DESK } from '../roles.js';
import { recoveryBulkAction, recoveryRecordAction } from '../../actions/checkout-recovery.js';

export const abandonedCheckouts: ResourceModule = {
  model: 'AbandonedCheckout',
  money: ['subtotalCents', 'totalCents'],
  permissions: { ...crud({ read: ORDER_DESK, remove: MANAGERS }), sendRecovery: ORDER_DESK, sendRecoveryToSelected: ORDER_DESK },
  actions: (ctx) => ({ sendRecovery: recoveryRecordAction(ctx), sendRecoveryToSelected: recoveryBulkAction(ctx) }),
  options: {
    titleProperty: 'email',
    sort: { sortBy: 'createdAt', direction: 'desc' },
    listProperties: ['createdAt', 'email', 'customer', 'totalCents', 'recoveryState'],
    filterProperties: ['email', 'customer', 'recoveryState', 'createdAt'],
  },
};
