import { crud, type ResourceModule } from '../../plugins/api.js';
import { EVERYONE, MANAGERS } from '../roles.js';
import { categoryListAction, categorySearchAction, checkParent, showWithPath } from './tree-actions.js';

// Categories form a tree; the list, the show page and every category select show paths ("Men › Shoes").
export const categories: ResourceModule = {
  model: 'Category',
  permissions: crud({ read: EVERYONE, write: MANAGERS, remove: MANAGERS }),
  actions: (ctx) => ({
    list: categoryListAction(ctx),
    search: categorySearchAction(ctx),
    show: { after: showWithPath(ctx) },
    new: { before: checkParent(ctx) },
    edit: { before: checkParent(ctx), after: showWithPath(ctx) },
  }),
  options: {
    titleProperty: 'name',
    sort: { sortBy: 'position', direction: 'asc' },
    listProperties: ['path', 'handle', 'position'],
    showProperties: ['path', 'name', 'handle', 'parent', 'position', 'description', 'createdAt', 'updatedAt'],
    filterProperties: ['name', 'handle', 'parent'],
    editProperties: ['name', 'handle', 'parent', 'position', 'description'],
    properties: {
      description: { type: 'textarea' },
      path: { type: 'string', isSortable: false, isVisible: { list: true, show: true, edit: false, filter: false } },
    },
  },
};
