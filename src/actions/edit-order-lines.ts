import type { CounterContext } from '../plugins/api.js';
import { Components } from '../components/index.js';
import { InvalidInput } from '../services/errors.js';
import { formatMoney } from '../services/money.js';
import { editOrderLines } from '../services/orders/edit.js';
import { recordFormAction } from './record-form-action.js';

const json = (value: unknown, what: string) => {
  if (value === undefined || value === '') return [];
  try {
    return JSON.parse(String(value));
  } catch {
    throw new InvalidInput(`The ${what} could not be read.`);
  }
};

export const editOrderLinesAction = (ctx: CounterContext) =>
  recordFormAction(ctx, {
    icon: 'Edit3',
    details: true,
    component: Components.EditOrderLines,
    showFor: (p) => !p.cancelledAt && !p.archivedAt,
    run: async (c, { orderId, payload, staffUserId }) => {
      const r = await editOrderLines(c.shop, {
        orderId, staffUserId, changes: json(payload.changes, 'quantities'), add: json(payload.add, 'added items'),
        idempotencyKey: (payload.idempotencyKey as string | undefined) || null,
      });
      const { currency } = await c.shop.prisma.order.findUniqueOrThrow({ where: { id: orderId }, select: { currency: true } });
      const balance = r.balanceCents > 0 ? ` Balance due: ${formatMoney(r.balanceCents, currency)}.` : r.balanceCents < 0 ? ` Refund owed: ${formatMoney(-r.balanceCents, currency)}.` : '';
      return `Order updated; new total ${formatMoney(r.totalCents, currency)}.${balance}`;
    },
  });
