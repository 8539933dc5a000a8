import type { CounterContext } from '../plugins/api.js';
import { setArchived } from '../services/orders/archive.js';
import { orderBulkAction } from './order-bulk-action.js';

export const archiveOrdersAction = (ctx: CounterContext) =>
  orderBulkAction(ctx, {
    icon: 'Archive',
    verb: 'archived',
    intro: 'Archive these orders: they leave the default list and can no longer be edited.',
    run: (c, { orderIds, staffUserId }) => setArchived(c.shop, { orderIds, staffUserId, archived: true }),
  });

export const unarchiveOrdersAction = (ctx: CounterContext) =>
  orderBulkAction(ctx, {
    icon: 'RotateCcw',
    verb: 'unarchived',
    intro: 'Bring these orders back from the archive.',
    run: (c, { orderIds, staffUserId }) => setArchived(c.shop, { orderIds, staffUserId, archived: false }),
  });
