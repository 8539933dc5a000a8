import { definePlugin } from '../plugins/api.js';
import { ordersFr } from '../locales/fr/modules.js';
import { orders } from '../resources/orders/resource.js';
import { orderLines } from '../resources/order-lines/resource.js';
import { transactions } from '../resources/transactions/resource.js';
import { fulfillments } from '../resources/fulfillments/resource.js';
import { refunds } from '../resources/refunds/resource.js';
import { draftOrders } from '../resources/draft-orders/resource.js';
import { draftOrderLines, fulfillmentLines, refundLines } from '../resources/line-items/resource.js';

const ORDER_ACTIONS_EN = {
  fulfil: 'Fulfil', fulfilItems: 'Fulfil items', capture: 'Capture payments', archive: 'Archive', unarchive: 'Unarchive', addTags: 'Add tags', removeTags: 'Remove tags',
  refund: 'Refund', cancel: 'Cancel order', capturePayment: 'Capture payment', editLines: 'Edit items', duplicate: 'Duplicate', print: 'Print',
};

export const ordersModule = definePlugin({
  name: 'orders',
  navigation: { name: 'Orders', icon: 'ShoppingCart' },
  resources: [orders, draftOrders, transactions, fulfillments, refunds, orderLines, fulfillmentLines, refundLines, draftOrderLines],
  locales: {
    en: {
      labels: { Order: 'Orders', DraftOrder: 'Draft orders', PaymentTransaction: 'Transactions', Fulfillment: 'Fulfillments', Refund: 'Refunds', OrderLine: 'Order lines', FulfillmentLine: 'Fulfillment lines', RefundLine: 'Refund lines', DraftOrderLine: 'Draft order lines' },
      // Top-level too: the breadcrumb looks an action's name up without its resource.
      actions: ORDER_ACTIONS_EN,
      resources: {
        DraftOrder: { actions: { complete: 'Complete', sendInvoice: 'Send invoice' } },
        Order: {
          properties: { name: 'Order', createdAt: 'Date', totalCents: 'Total' },
          actions: ORDER_ACTIONS_EN,
        },
      },
    },
    fr: ordersFr,
  },
});
