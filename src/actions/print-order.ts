import type { CustomAction } from '../plugins/api.js';
import { Components } from '../components/index.js';

/** Shows the printable sheet (admin/print-order.ts) with a Print button. */
export const printOrderAction = (): CustomAction => ({
  actionType: 'record',
  icon: 'Printer',
  component: Components.PrintOrder,
  handler: async (_request, _response, context) => ({ record: context.record!.toJSON(context.currentAdmin) }),
});
