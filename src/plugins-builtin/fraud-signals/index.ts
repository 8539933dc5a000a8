// Fraud signals: every new order gets a risk score from explainable rules (rules.ts), shown as a
// badge in the orders list and on the order page; staff hold suspicious orders, and Fulfil skips
// held orders (the core's generic fulfilment hold, services/orders/hold.ts).
import { definePlugin } from '../../plugins/api.js';
import { registerComponent } from '../../plugins/components.js';
import { bulkFormAction } from '../../actions/bulk-form-action.js';
import { setFulfilmentHold } from '../../services/orders/hold.js';
import { MANAGERS, ORDER_DESK } from '../../resources/roles.js';
import { rescoreOrders, scoreOrder } from './score.js';
import { fraudLocales } from './words.js';

const RiskBadge = registerComponent('RiskBadge', new URL('./RiskBadge.tsx', import.meta.url));

export const FRAUD_REVIEW = 'fraud review';

export const fraudSignals = definePlugin({
  name: 'fraud-signals',
  events: {
    'order.placed': async (event, ctx) => {
      await scoreOrder(ctx.shop, event.orderId);
    },
  },
  extend: {
    Order: {
      // Support staff spot fraud and may hold an order; releasing it is a manager's call.
      permissions: { holdFulfilment: ORDER_DESK, releaseHold: MANAGERS, rescoreRisk: MANAGERS },
      actions: (ctx) => ({
        holdFulfilment: bulkFormAction(ctx, {
          icon: 'PauseCircle',
          verb: 'put on hold',
          intro: 'Hold the fulfilment of these orders: Fulfil skips them, with this reason, until the hold is released.',
          fields: [{ name: 'reason', label: 'Reason', placeholder: FRAUD_REVIEW }],
          variant: 'danger',
          run: (c, { orderIds, payload, staffUserId }) =>
            setFulfilmentHold(c.shop, { orderIds, staffUserId, reason: String(payload.reason ?? '').trim() || FRAUD_REVIEW }),
        }),
        releaseHold: bulkFormAction(ctx, {
          icon: 'PlayCircle',
          verb: 'released',
          intro: 'Release the fulfilment hold of these orders: they can be fulfilled again.',
          run: (c, { orderIds, staffUserId }) => setFulfilmentHold(c.shop, { orderIds, staffUserId, reason: null }),
        }),
        // Orders placed before the plugin was on are "not scored"; a score changes what staff do, so managers decide.
        rescoreRisk: bulkFormAction(ctx, {
          icon: 'RefreshCw',
          verb: 'rescored',
          intro: 'Compute the fraud risk of these orders again with the current rules (orders placed before the plugin was on are not scored).',
          run: (c, { orderIds, staffUserId }) => rescoreOrders(c.shop, { orderIds, staffUserId }),
        }),
      }),
      properties: {
        riskScore: { isSortable: true, components: { list: RiskBadge, show: RiskBadge }, custom: { slot: 'orderHeader' } },
        riskReasons: { isVisible: false },
      },
      listProperties: ['riskScore'],
    },
  },
  locales: fraudLocales,
});

export default fraudSignals;
