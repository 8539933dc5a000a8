import { crud, type ResourceModule } from '../../plugins/api.js';
import { ValidationError, type ActionRequest } from 'adminjs';
import { MANAGERS, ORDER_DESK } from '../roles.js';
import { checkDiscountCode } from '../../services/discounts.js';

/** Refuses an incoherent code with messages under the fields; stores codes in upper case. */
async function validateCode(request: ActionRequest) {
  if (request.method !== 'post' || !request.payload) return request;
  const payload = request.payload as Record<string, unknown>;
  if (typeof payload.code === 'string') payload.code = payload.code.trim().toUpperCase();
  const errors = checkDiscountCode(payload);
  if (Object.keys(errors).length) throw new ValidationError(Object.fromEntries(Object.entries(errors).map(([k, message]) => [k, { message }])));
  return request;
}

export const discountCodes: ResourceModule = {
  model: 'DiscountCode',
  money: ['amountCents', 'minimumSubtotalCents'],
  permissions: crud({ read: ORDER_DESK, write: MANAGERS, remove: MANAGERS }),
  options: {
    actions: { new: { before: validateCode }, edit: { before: validateCode } },
    titleProperty: 'code',
    sort: { sortBy: 'createdAt', direction: 'desc' },
    listProperties: ['code', 'type', 'percentage', 'amountCents', 'usageCount', 'usageLimit', 'active', 'endsAt'],
    filterProperties: ['code', 'type', 'active', 'startsAt', 'endsAt'],
    editProperties: ['code', 'type', 'percentage', 'currency', 'amountCents', 'minimumSubtotalCents', 'startsAt', 'endsAt', 'usageLimit', 'active'],
  },
};
