import type { CounterContext } from '../plugins/api.js';
import { Components } from '../components/index.js';
import { adjustStock } from '../services/inventory.js';
import { recordFormAction } from './record-form-action.js';
import { t } from '../shared/i18n.js';

export const adjustStockAction = (ctx: CounterContext) =>
  recordFormAction(ctx, {
    icon: 'Sliders',
    component: Components.OrderActionForm,
    intro: 'Record a stock count, a delivery or a loss. The change and its reason go on the item’s stock history.',
    fields: [
      { name: 'mode', label: 'Change', type: 'select', defaultValue: 'add', options: [{ value: 'add', label: 'Add or remove units (+/−)' }, { value: 'set', label: 'Set the counted quantity' }] },
      { name: 'quantity', label: 'Quantity', type: 'text' },
      { name: 'note', label: 'Reason', type: 'text', help: 'e.g. delivery from the supplier, broken in the warehouse, stock count' },
    ],
    run: async (c, { orderId: inventoryItemId, payload, staffUserId, language }) => {
      const r = await adjustStock(c.shop, { inventoryItemId, staffUserId, mode: payload.mode || 'add', quantity: payload.quantity, note: payload.note });
      return t(language, 'notices.stockAdjusted', { delta: `${r.delta > 0 ? '+' : ''}${r.delta}`, onHand: r.onHand });
    },
  });
