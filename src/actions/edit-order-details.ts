import type { ActionRequest, ActionResponse } from 'adminjs';
import type { CounterContext, CustomAction } from '../plugins/api.js';
import { recordEvent } from '../services/audit.js';
import type { SessionStaff } from '../services/staff.js';

/** AdminJS's edit form for contact details, notes and tags: closed to archived orders, and on the timeline. */
export const orderDetailsEditAction = (ctx: CounterContext): CustomAction => ({
  isAccessible: ({ record }) => !record?.params?.archivedAt && !record?.params?.cancelledAt,
  after: async (response: ActionResponse, request: ActionRequest, context) => {
    if (request.method === 'post' && response.notice?.type === 'success') {
      const id = Number(response.record?.id);
      const changed = Object.keys(request.payload ?? {}).filter((k) => !k.includes('.')).join(', ');
      await recordEvent(ctx.shop.prisma, {
        action: 'order.details_edited', subjectType: 'Order', subjectId: id, orderId: id,
        staffUserId: (context.currentAdmin as SessionStaff | undefined)?.id ?? null, message: `Details edited${changed ? ` (${changed})` : ''}`,
      });
    }
    return response;
  },
});
