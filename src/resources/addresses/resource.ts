import { crud, type ResourceModule } from '../../plugins/api.js';
import { ORDER_DESK } from '../roles.js';
import { wordsIn } from '../filters.js';

export const addresses: ResourceModule = {
  model: 'Address',
  permissions: crud({ read: ORDER_DESK, write: ORDER_DESK, remove: ORDER_DESK }),
  computed: { label: (row) => [row.address1, row.zip, row.city, row.country].filter(Boolean).join(', ') },
  filters: { label: wordsIn(['address1', 'zip', 'city', 'country']) }, // the reference picker searches the label
  options: {
    titleProperty: 'label',
    listProperties: ['customer', 'label', 'isDefault'],
    filterProperties: ['customer', 'city', 'zip', 'country'],
    editProperties: ['customer', 'firstName', 'lastName', 'company', 'address1', 'address2', 'city', 'province', 'zip', 'country', 'phone', 'isDefault'],
    properties: { label: { type: 'string', isSortable: false, isVisible: { list: true, show: false, edit: false, filter: false } } },
  },
};
