import type { CounterContext, CustomAction } from '../plugins/api.js';
import { endSale, putOnSale } from '../services/catalog/sale.js';
import { bulkFormAction } from './bulk-form-action.js';

export const putOnSaleAction = (ctx: CounterContext): CustomAction =>
  bulkFormAction(ctx, {
    icon: 'Percent',
    verb: 'put on sale',
    intro: 'The current price becomes the compare-at price, and the new price is lower by the percentage or amount you type.',
    fields: [
      { name: 'mode', label: 'Lower the price by', required: true, options: [{ value: 'percent', label: 'A percentage' }, { value: 'amount', label: 'An amount' }] },
      { name: 'value', label: 'How much (20 for 20 %, or 5.00)', required: true },
    ],
    run: (c, { orderIds, payload }) => putOnSale(c.shop, { productIds: orderIds, mode: payload.mode, value: payload.value }),
  });

export const endSaleAction = (ctx: CounterContext): CustomAction =>
  bulkFormAction(ctx, {
    icon: 'XCircle',
    verb: 'back to full price',
    intro: 'Put the compare-at price back as the price.',
    run: (c, { orderIds }) => endSale(c.shop, { productIds: orderIds }),
  });
