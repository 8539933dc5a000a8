// "Export CSV" on every list (the filtered list, or everything) and on every selection. The form
// (ExportCsv) builds the download link of admin/export-route.ts; who may list a resource may export it.
import type { CustomAction } from '../plugins/api.js';
import type { ActionPermissions } from '../plugins/api.js';
import { Components } from '../components/index.js';

export const EXPORT_ACTIONS = ['exportCsv', 'exportSelected'] as const;

export const exportActions = (): Record<(typeof EXPORT_ACTIONS)[number], CustomAction> => ({
  exportCsv: {
    actionType: 'resource',
    icon: 'Download',
    showInDrawer: true, // opens over the list, keeping its filters in the address
    component: Components.ExportCsv,
    handler: async () => ({}),
  },
  exportSelected: {
    actionType: 'bulk',
    icon: 'Download',
    component: Components.ExportCsv,
    handler: async (_request, _response, context) => ({ records: (context.records ?? []).map((r) => r.toJSON(context.currentAdmin)) }),
  },
});

/** The export actions take the roles of the resource's list, unless the module says otherwise. */
export const withExportPermissions = (permissions: ActionPermissions): ActionPermissions => ({
  exportCsv: permissions.list ?? [],
  exportSelected: permissions.list ?? [],
  ...permissions,
});
