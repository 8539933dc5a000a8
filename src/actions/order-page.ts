import type { ActionResponse, RecordJSON } from 'adminjs';
import type { CounterContext, CustomAction } from '../plugins/api.js';
import { Components } from '../components/index.js';
import { withDetails } from './record-form-action.js';

/** The order page: AdminJS's show action, with the order's lines, payments and timeline attached. */
export const orderPageAction = (ctx: CounterContext): CustomAction => ({
  component: Components.OrderPage,
  after: async (response: ActionResponse) => ({ ...response, record: await withDetails(ctx, response.record as RecordJSON) }),
});
