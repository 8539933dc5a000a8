import { crud, type ResourceModule } from '../../plugins/api.js';
import { MANAGERS, ORDER_DESK } from '../roles.js';
import type { ActionResponse } from 'adminjs';
import { numberFilter, yesNoFilter } from '../filters.js';
import { CUSTOMER_FILTERS } from '../../services/export/customers.js';
import { customerStats } from '../../services/customers/stats.js';
import { Components } from '../../components/index.js';

const history = { isSortable: false, isVisible: { list: false, show: true, edit: false, filter: false } };

export const customers: ResourceModule = {
  model: 'Customer',
  permissions: crud({ read: ORDER_DESK, write: ORDER_DESK, remove: MANAGERS }),
  computed: { fullName: (row) => `${row.firstName ?? ''} ${row.lastName ?? ''}`.trim() },
  readOnly: ['ordersCount'],
  // Returning customers have ordered more than once; loyal ones at least N times.
  filters: CUSTOMER_FILTERS,
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
    listProperties: ['fullName', 'email', 'phone', 'acceptsMarketing', 'ordersCount', 'tags', 'createdAt'],
    filterProperties: ['fullName', 'email', 'phone', 'acceptsMarketing', 'returning', 'minOrders', 'tags', 'createdAt'],
    showProperties: ['fullName', 'email', 'phone', 'acceptsMarketing', 'tags', 'note', 'ordersCount', 'totalSpentCents', 'averageOrderCents', 'firstOrderAt', 'lastOrderAt', 'createdAt'],
    editProperties: ['firstName', 'lastName', 'email', 'phone', 'acceptsMarketing', 'tags', 'note'],
    properties: {
      fullName: { type: 'string', isSortable: false, isVisible: { list: true, show: true, edit: false, filter: true } },
      note: { type: 'textarea' },
      ordersCount: { isVisible: { list: true, show: true, edit: false, filter: false } },
      returning: { ...yesNoFilter, description: 'Customers with two orders or more' },
      minOrders: { ...numberFilter, description: 'Loyal customers: at least this many orders (not cancelled)' },
      totalSpentCents: { ...history, type: 'number', components: { show: Components.MoneyValue } },
      averageOrderCents: { ...history, type: 'number', components: { show: Components.MoneyValue } },
      firstOrderAt: { ...history, type: 'datetime' },
      lastOrderAt: { ...history, type: 'datetime' },
    },
  },
};
