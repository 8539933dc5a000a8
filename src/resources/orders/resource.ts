import { crud, type ResourceModule } from '../../plugins/api.js';
import { EVERYONE, MANAGERS, NOBODY, ORDER_DESK } from '../roles.js';
import { yesNoFilter } from '../filters.js';
import { ORDER_FILTERS } from '../../services/export/order-filter.js';
import { bulkFormAction } from '../../actions/bulk-form-action.js';
import { orderBulkSpecs } from '../../actions/order-bulk-specs.js';
import { refundOrderAction } from '../../actions/refund-order.js';
import { fulfilItemsAction } from '../../actions/fulfil-items.js';
import { cancelOrderAction } from '../../actions/cancel-order.js';
import { capturePaymentAction } from '../../actions/capture-payment.js';
import { orderPageAction } from '../../actions/order-page.js';
import { Components } from '../../components/index.js';
import { editOrderLinesAction } from '../../actions/edit-order-lines.js';
import { duplicateOrderAction } from '../../actions/duplicate-order.js';
import { printOrderAction } from '../../actions/print-order.js';
import { orderDetailsEditAction } from '../../actions/edit-order-details.js';

const FULFILMENT: ResourceModule['permissions'][string] = ['OWNER', 'MANAGER', 'WAREHOUSE'];

const ADDRESS = ['Name', 'Address1', 'Address2', 'City', 'Zip', 'Province', 'Country', 'Phone'];

// Orders come from the shop or from completed draft orders; they are archived or cancelled, never deleted.
// Totals and statuses are derived by the services, so the form edits contact details, notes and tags only.
export const orders: ResourceModule = {
  model: 'Order',
  money: ['subtotalCents', 'discountCents', 'shippingCents', 'taxCents', 'totalCents'],
  // A hold is lifted by "Release hold" (its own roles), the risk written by its plugin: never through the edit form.
  readOnly: ['fulfilmentHold', 'riskScore', 'riskReasons'],
  // Warehouse may fulfil but not refund; support may tag and archive but not capture.
  permissions: {
    ...crud({ read: EVERYONE, write: ORDER_DESK }),
    new: NOBODY,
    fulfil: FULFILMENT,
    fulfilItems: FULFILMENT,
    capture: MANAGERS,
    archive: ORDER_DESK,
    unarchive: ORDER_DESK,
    addTags: ORDER_DESK,
    removeTags: ORDER_DESK,
    refund: MANAGERS,
    cancel: MANAGERS,
    capturePayment: MANAGERS,
    editLines: MANAGERS,
    duplicate: ORDER_DESK,
    print: EVERYONE,
  },
  actions: (ctx) => ({
    ...Object.fromEntries(Object.entries(orderBulkSpecs).map(([name, spec]) => [name, bulkFormAction(ctx, spec)])),
    fulfilItems: fulfilItemsAction(ctx),
    refund: refundOrderAction(ctx),
    cancel: cancelOrderAction(ctx),
    capturePayment: capturePaymentAction(ctx),
    editLines: editOrderLinesAction(ctx),
    duplicate: duplicateOrderAction(ctx),
    print: printOrderAction(),
    show: orderPageAction(ctx),
    edit: orderDetailsEditAction(ctx),
    // AdminJS's own list (its columns set in Settings → Screens), but a searched list shows no count: it is not counted
    list: { component: Components.OrderList, custom: { drawsProperties: true } },
  }),
  // "#1004", "ada@example.com", "Lovelace": number, email or the customer's name; archived; cancelled.
  filters: { search: ORDER_FILTERS.search, archived: ORDER_FILTERS.archived, cancelled: ORDER_FILTERS.cancelled } as NonNullable<ResourceModule['filters']>,
  options: {
    titleProperty: 'name',
    sort: { sortBy: 'createdAt', direction: 'desc' },
    listProperties: ['name', 'createdAt', 'customer', 'email', 'totalCents', 'financialStatus', 'fulfillmentStatus', 'tags'],
    filterProperties: ['search', 'createdAt', 'financialStatus', 'fulfillmentStatus', 'tags', 'archived', 'cancelled', 'customer', 'email'],
    showProperties: [
      'name', 'createdAt', 'customer', 'email', 'phone', 'financialStatus', 'fulfillmentStatus',
      'currency', 'subtotalCents', 'discountCode', 'discountCents', 'shippingCents', 'taxCents', 'totalCents',
      'tags', 'note', 'archivedAt', 'cancelledAt', 'cancelReason',
      ...ADDRESS.map((f) => `shipping${f}`), ...ADDRESS.map((f) => `billing${f}`),
    ],
    editProperties: ['email', 'phone', 'tags', 'note', ...ADDRESS.map((f) => `shipping${f}`)],
    properties: {
      name: { isSortable: true, components: { list: Components.NoWrap }, custom: { strong: true } },
      email: { components: { list: Components.NoWrap } },
      note: { type: 'textarea' },
      number: { isVisible: false },
      search: { type: 'string', isSortable: false, isVisible: { list: false, show: false, edit: false, filter: true }, description: 'Order number, email or customer name' },
      archived: yesNoFilter,
      cancelled: yesNoFilter,
    },
  },
};
