import { crud, type ResourceModule } from '../../plugins/api.js';
import { ORDER_DESK } from '../roles.js';

// The payment ledger: written only by the payment service.
export const transactions: ResourceModule = {
  model: 'PaymentTransaction',
  money: ['amountCents'],
  permissions: crud({ read: ORDER_DESK }),
  options: {
    sort: { sortBy: 'createdAt', direction: 'desc' },
    listProperties: ['createdAt', 'order', 'kind', 'status', 'amountCents', 'gateway'],
    filterProperties: ['order', 'kind', 'status', 'gateway', 'createdAt'],
    showProperties: ['createdAt', 'order', 'kind', 'status', 'amountCents', 'currency', 'gateway', 'parent', 'refund', 'idempotencyKey', 'errorMessage', 'staffUser'],
  },
};
