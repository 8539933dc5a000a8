// The orders' bulk operations, each described once: AdminJS shows them on a selection
// (order-bulk-action.ts) and the JSON route takes them for selections too big for a URL.
import { fulfilOrders } from '../services/orders/fulfil.js';
import { captureOrders } from '../services/orders/capture.js';
import { setArchived } from '../services/orders/archive.js';
import { changeTags } from '../services/orders/tags.js';
import type { BulkSpec } from './bulk-form-action.js';

const tagField = [{ name: 'tags', label: 'Tags', placeholder: 'gift, priority', required: true }];

export const orderBulkSpecs: Record<string, BulkSpec> = {
  fulfil: {
    icon: 'Truck',
    verb: 'fulfilled',
    intro: 'Ship every unfulfilled item of these orders and email each customer a shipping confirmation.',
    fields: [
      { name: 'carrier', label: 'Carrier', placeholder: 'e.g. Colissimo' },
      { name: 'trackingNumber', label: 'Tracking number' },
    ],
    sendsMail: true,
    run: (c, { orderIds, payload, staffUserId }) =>
      fulfilOrders(c.shop, {
        orderIds, staffUserId, mailMode: c.mail.mode,
        carrier: payload.carrier as string | undefined, trackingNumber: payload.trackingNumber as string | undefined,
        notifyCustomer: payload.notifyCustomer !== 'false' && payload.notifyCustomer !== false,
      }),
  },
  capture: {
    icon: 'CreditCard',
    verb: 'captured',
    intro: 'Capture the whole remaining authorized amount of each order.',
    run: (c, { orderIds, staffUserId }) => captureOrders(c.shop, { orderIds, staffUserId }),
  },
  archive: {
    icon: 'Archive',
    verb: 'archived',
    intro: 'Archive these orders: they leave the default list and can no longer be edited.',
    run: (c, { orderIds, staffUserId }) => setArchived(c.shop, { orderIds, staffUserId, archived: true }),
  },
  unarchive: {
    icon: 'RotateCcw',
    verb: 'unarchived',
    intro: 'Bring these orders back from the archive.',
    run: (c, { orderIds, staffUserId }) => setArchived(c.shop, { orderIds, staffUserId, archived: false }),
  },
  addTags: {
    icon: 'Tag',
    verb: 'tagged',
    intro: 'Add these tags to each order (separate several with commas).',
    fields: tagField,
    run: (c, { orderIds, payload, staffUserId }) => changeTags(c.shop, { orderIds, staffUserId, tags: payload.tags }),
  },
  removeTags: {
    icon: 'X',
    verb: 'untagged',
    intro: 'Remove these tags from each order.',
    fields: tagField,
    run: (c, { orderIds, payload, staffUserId }) => changeTags(c.shop, { orderIds, staffUserId, tags: payload.tags, remove: true }),
  },
};
