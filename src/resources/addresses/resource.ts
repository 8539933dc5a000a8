import { crud, type ResourceModule } from '../../plugins/api.js';
import { ORDER_DESK } from '../roles.js';

export const addresses: ResourceModule = {
  model: 'Address',
  permissions: crud({ read: ORDER_DESK, write: ORDER_DESK, remove: ORDER_DESK }),
  computed: { label: (row) => [row.address1, row.zip, row.city, row.country].filter(Boolean).join(', ') },
  options: {
    titleProperty: 'label',
    listProperties: ['customer', 'label', 'isDefault'],
    filterProperties: ['customer', 'city', 'zip', 'country'],
    properties: { label: { type: 'string', isSortable: false, isVisible: { list: true, show: false, edit: false, filter: false } } },
  },
};
