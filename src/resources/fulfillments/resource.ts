import { crud, type ResourceModule } from '../../plugins/api.js';
import { EVERYONE } from '../roles.js';

export const fulfillments: ResourceModule = {
  model: 'Fulfillment',
  permissions: crud({ read: EVERYONE }),
  options: {
    sort: { sortBy: 'createdAt', direction: 'desc' },
    listProperties: ['createdAt', 'order', 'carrier', 'trackingNumber', 'staffUser'],
    filterProperties: ['order', 'carrier', 'trackingNumber', 'createdAt'],
  },
};
