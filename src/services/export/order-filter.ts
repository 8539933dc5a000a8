// Which orders an export holds: the Order list's filters, same names, same meaning.
import type { Prisma } from '@prisma/client';
import { dmmfModel } from '../../db/dmmf.js';
import { BadExportRequest } from './cells.js';
import { fieldCondition, isSet, type CustomFilter, type FilterValues, type LookupFilter, type LookupMode } from './filters.js';
import { orderSearch } from './order-search.js';

/**
 * Supported (as query parameters `filters.<name>=…`, what the AdminJS orders list sends):
 * - financialStatus, fulfillmentStatus: equal to the enum value (PAID, UNFULFILLED…)
 * - createdAt~~from, createdAt~~to: createdAt ≥ from and ≤ to (ISO dates or date-times, as the list)
 * - email, tags: contains the text
 * - customer: the customer's id
 * - search: every word in the order name/number, the email or the customer's first or last name (% and _ are plain characters)
 * - archived, cancelled: true | false
 * Text matches ignore case on both databases. The selection (`ids=`) is applied by the pager.
 */
export const ORDER_FILTERS: Record<string, CustomFilter | LookupFilter | 'column'> = {
  financialStatus: 'column',
  fulfillmentStatus: 'column',
  createdAt: 'column',
  email: 'column',
  tags: 'column',
  customer: 'column',
  search: orderSearch, // through a trigram index at scale: see order-search.ts
  archived: isSet('archivedAt'),
  cancelled: isSet('cancelledAt'),
};

export async function orderFilter(filters: FilterValues, mode: LookupMode): Promise<Prisma.OrderWhereInput> {
  const model = dmmfModel('Order');
  const and = Object.entries(filters).map(([name, value]) => {
    const filter = Object.hasOwn(ORDER_FILTERS, name) ? ORDER_FILTERS[name] : undefined;
    if (!filter) throw new BadExportRequest(`Unknown filter "${name}" for orders (supported: ${Object.keys(ORDER_FILTERS).join(', ')})`);
    if (filter === 'column') return fieldCondition(model, name, value, mode);
    if (typeof value !== 'string') throw new BadExportRequest(`filters.${name} takes one value, not ~~from/~~to`);
    return filter(value, mode);
  });
  return (and.length ? { AND: await Promise.all(and) } : {}) as Prisma.OrderWhereInput;
}
