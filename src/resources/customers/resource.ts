import { crud, type ResourceModule } from '../../plugins/api.js';
import { MANAGERS, ORDER_DESK } from '../roles.js';
import { wordsIn } from '../filters.js';

export const customers: ResourceModule = {
  model: 'Customer',
  permissions: crud({ read: ORDER_DESK, write: ORDER_DESK, remove: MANAGERS }),
  computed: { fullName: (row) => `${row.firstName ?? ''} ${row.lastName ?? ''}`.trim() },
  filters: { fullName: wordsIn(['firstName', 'lastName', 'email']) },
  options: {
    titleProperty: 'fullName',
    sort: { sortBy: 'createdAt', direction: 'desc' },
    listProperties: ['fullName', 'email', 'phone', 'acceptsMarketing', 'tags', 'createdAt'],
    filterProperties: ['fullName', 'email', 'phone', 'acceptsMarketing', 'tags', 'createdAt'],
    showProperties: ['fullName', 'email', 'phone', 'acceptsMarketing', 'tags', 'note', 'createdAt', 'updatedAt'],
    editProperties: ['firstName', 'lastName', 'email', 'phone', 'acceptsMarketing', 'tags', 'note'],
    properties: {
      fullName: { type: 'string', isSortable: false, isVisible: { list: true, show: true, edit: false, filter: true } },
      note: { type: 'textarea' },
    },
  },
};
