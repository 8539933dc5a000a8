import type { ResourceModule } from '../../plugins/api.js';
import { NOBODY, OWNER } from '../roles.js';
import { configureScreensAction, screenRecordAction } from '../../actions/screen-settings.js';

// Settings → Screens: the owner's overrides of each resource's screens (src/admin/screen-settings.ts
// applies them). Rows are written only through the editor (validated, with history), never by the
// generic forms; "Reset to default" deletes a row.
export const screenSettings: ResourceModule = {
  model: 'ScreenSetting',
  permissions: {
    list: OWNER,
    search: OWNER,
    show: OWNER,
    edit: OWNER,
    configure: OWNER,
    new: NOBODY,
    delete: NOBODY,
    bulkDelete: NOBODY,
  },
  actions: (ctx) => ({
    configure: configureScreensAction(ctx),
    edit: screenRecordAction(ctx, 'edit'),
    show: screenRecordAction(ctx, 'show'),
  }),
  options: {
    titleProperty: 'resourceId',
    sort: { sortBy: 'resourceId', direction: 'asc' },
    listProperties: ['resourceId', 'version', 'updatedAt', 'updatedBy'],
    filterProperties: ['resourceId', 'updatedBy', 'updatedAt'],
    properties: { settings: { type: 'textarea' } },
    translations: { en: { actions: { configure: 'Configure a screen' } }, fr: { actions: { configure: 'Configurer un écran' } } },
  },
};
