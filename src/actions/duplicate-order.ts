import type { CounterContext } from '../plugins/api.js';
import { Components } from '../components/index.js';
import { duplicateOrder } from '../services/orders/duplicate.js';
import { t } from '../shared/i18n.js';
import { recordFormAction } from './record-form-action.js';

/** A confirmation, then the new draft order opens, ready to adjust and complete (a GET changes nothing). */
export const duplicateOrderAction = (ctx: CounterContext) =>
  recordFormAction(ctx, {
    icon: 'Copy',
    component: Components.OrderActionForm,
    intro: 'Creates a draft order with the same items, customer and addresses. Nothing is charged or taken from stock until you complete it.',
    run: async (c, { orderId, staffUserId, language }) => {
      const draft = await duplicateOrder(c.shop, { orderId, staffUserId });
      const order = await c.shop.prisma.order.findUniqueOrThrow({ where: { id: orderId }, select: { name: true } });
      return {
        message: t(language, 'notices.duplicated', { draft: draft.name, name: order.name }),
        redirectUrl: `${c.rootPath}/resources/DraftOrder/records/${draft.id}/show`,
      };
    },
  });
