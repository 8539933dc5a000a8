import { crud, type ResourceModule } from '../../plugins/api.js';
import { MANAGERS, ORDER_DESK } from '../roles.js';
import type { ActionResponse } from 'adminjs';
import { wordsIn } from '../filters.js';
import { customerStats } from '../../services/customers/stats.js';
import { Components } from '../../components/index.js';

const history = { isSortable: false, isVisible: { list: false, show: true, edit: false, filter: false } };

export const customers: ResourceModule = {
  model: 'Customer',
  permissions: crud({ read: ORDER_DESK, write: ORDER_DESK, remove: MANAGERS }),
  computed: { fullName: (row) => `${row.firstName ?? ''} ${row.lastName ?? ''}`.trim() },
  filters: { fullName: wordsIn(['firstName', 'lastName', 'email']) },
  // The customer page shows their history: orders, total spent, average order, first and last order.
  actions: (ctx) => ({
    show: {
      after: async (response: ActionResponse) => {
        const stats = await customerStats(ctx.shop.prisma, Number(response.record.id));
        response.record.params = { ...response.record.params, ...stats };
        return response;
      },
    },
  }),
  options: {
    titleProperty: 'fullName',
    sort: { sortBy: 'createdAt', direction: 'desc' },
    listProperties: ['fullName', 'email', 'phone', 'acceptsMarketing', 'tags', 'createdAt'],
    filterProperties: ['fullName', 'email', 'phone', 'acceptsMarketing', 'tags', 'createdAt'],
    showProperties: ['fullName', 'email', 'phone', 'acceptsMarketing', 'tags', 'note', 'ordersCount', 'totalSpentCents', 'averageOrderCents', 'firstOrderAt', 'lastOrderAt', 'createdAt'],
    editProperties: ['firstName', 'lastName', 'email', 'phone', 'acceptsMarketing', 'tags', 'note'],
    properties: {
      fullName: { type: 'string', isSortable: false, isVisible: { list: true, show: true, edit: false, filter: true } },
      note: { type: 'textarea' },
      ordersCount: { ...history, type: 'number' },
      totalSpentCents: { ...history, type: 'number', components: { show: Components.MoneyValue } },
      averageOrderCents: { ...history, type: 'number', components: { show: Components.MoneyValue } },
      firstOrderAt: { ...history, type: 'datetime' },
      lastOrderAt: { ...history, type: 'datetime' },
    },
  },
};
