import { crud, type ResourceModule } from '../../plugins/api.js';
import { MANAGERS, ORDER_DESK } from '../roles.js';

export const discountCodes: ResourceModule = {
  model: 'DiscountCode',
  money: ['amountCents', 'minimumSubtotalCents'],
  permissions: crud({ read: ORDER_DESK, write: MANAGERS, remove: MANAGERS }),
  options: {
    titleProperty: 'code',
    sort: { sortBy: 'createdAt', direction: 'desc' },
    listProperties: ['code', 'type', 'percentage', 'amountCents', 'usageCount', 'usageLimit', 'active', 'endsAt'],
    filterProperties: ['code', 'type', 'active', 'startsAt', 'endsAt'],
    editProperties: ['code', 'type', 'percentage', 'currency', 'amountCents', 'minimumSubtotalCents', 'startsAt', 'endsAt', 'usageLimit', 'active'],
  },
};
