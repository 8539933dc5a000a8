import { crud, type ResourceModule } from '../../plugins/api.js';
import { EVERYONE, MANAGERS } from '../roles.js';

export const categories: ResourceModule = {
  model: 'Category',
  permissions: crud({ read: EVERYONE, write: MANAGERS, remove: MANAGERS }),
  options: {
    titleProperty: 'name',
    sort: { sortBy: 'position', direction: 'asc' },
    listProperties: ['name', 'parent', 'handle', 'position'],
    editProperties: ['name', 'handle', 'parent', 'position', 'description'],
    properties: { description: { type: 'textarea' } },
  },
};
