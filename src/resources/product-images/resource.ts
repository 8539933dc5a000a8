import { crud, type ResourceModule } from '../../plugins/api.js';
import { EVERYONE, MANAGERS } from '../roles.js';

export const productImages: ResourceModule = {
  model: 'ProductImage',
  permissions: crud({ read: EVERYONE, write: MANAGERS, remove: MANAGERS }),
  options: {
    navigation: false,
    titleProperty: 'url',
    listProperties: ['product', 'url', 'alt', 'position'],
    editProperties: ['product', 'url', 'alt', 'position'],
  },
};
