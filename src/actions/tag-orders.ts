import type { CounterContext } from '../plugins/api.js';
import { changeTags } from '../services/orders/tags.js';
import { orderBulkAction } from './order-bulk-action.js';

const tagField = [{ name: 'tags', label: 'Tags', placeholder: 'gift, priority', required: true }];

export const addTagsAction = (ctx: CounterContext) =>
  orderBulkAction(ctx, {
    icon: 'Tag',
    verb: 'tagged',
    intro: 'Add these tags to each order (separate several with commas).',
    fields: tagField,
    run: (c, { orderIds, payload, staffUserId }) => changeTags(c.shop, { orderIds, staffUserId, tags: payload.tags }),
  });

export const removeTagsAction = (ctx: CounterContext) =>
  orderBulkAction(ctx, {
    icon: 'X',
    verb: 'untagged',
    intro: 'Remove these tags from each order.',
    fields: tagField,
    run: (c, { orderIds, payload, staffUserId }) => changeTags(c.shop, { orderIds, staffUserId, tags: payload.tags, remove: true }),
  });
