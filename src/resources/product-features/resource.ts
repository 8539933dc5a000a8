import { crud, type ResourceModule } from '../../plugins/api.js';
import { EVERYONE, MANAGERS } from '../roles.js';
import { backToProduct } from '../../actions/product-page.js';

export const productFeatures: ResourceModule = {
  model: 'ProductFeature',
  permissions: crud({ read: EVERYONE, write: MANAGERS, remove: MANAGERS }),
  actions: () => ({ new: { after: backToProduct }, edit: { after: backToProduct } }),
  options: {
    navigation: false,
    titleProperty: 'name',
    listProperties: ['product', 'name', 'value', 'position'],
    editProperties: ['product', 'name', 'value', 'position'],
  },
};
