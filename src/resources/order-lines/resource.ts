import { crud, type ResourceModule } from '../../plugins/api.js';
import { EVERYONE } from '../roles.js';

// Lines change through the order services (edit, refund, fulfil), never through a generic form.
export const orderLines: ResourceModule = {
  model: 'OrderLine',
  money: ['unitPriceCents', 'discountCents', 'taxCents'],
  permissions: crud({ read: EVERYONE }),
  options: {
    navigation: false,
    titleProperty: 'title',
    listProperties: ['order', 'title', 'sku', 'quantity', 'unitPriceCents', 'fulfilledQuantity', 'refundedQuantity'],
    filterProperties: ['order', 'product', 'sku', 'title'],
  },
};
