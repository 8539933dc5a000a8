// POST <admin>/api/orders/bulk/<action> {"orderIds":[…], …}: the orders' bulk actions for
// selections too large for AdminJS's query string (10,000 orders and more), same rules, same roles.
import express, { Router } from 'express';
import type { CounterContext } from '../plugins/api.js';
import { orderBulkSpecs } from '../actions/order-bulk-specs.js';
import { bulkNotice, refusalIn } from '../actions/notices.js';
import { languageOf } from '../shared/i18n.js';
import { ShopError } from '../services/errors.js';
import { mayRun, type PermissionMatrix } from './permissions.js';
import { refuseNulBytes } from './nul-bytes.js';
import { MAX_FIELDS_BYTES } from './request-body.js';

export function orderBulkRoute(ctx: CounterContext, permissions: PermissionMatrix): Router {
  const router = Router();
  router.post('/api/orders/bulk/:action', express.json({ limit: MAX_FIELDS_BYTES }), refuseNulBytes, async (req, res, next) => {
    const spec = Object.hasOwn(orderBulkSpecs, req.params.action) ? orderBulkSpecs[req.params.action] : undefined;
    if (!spec) return res.status(404).json({ notice: { message: `Unknown bulk action ${req.params.action}`, type: 'error' } });
    const staff = req.session.adminUser!;
    if (!mayRun(permissions, staff.role, 'Order', req.params.action)) return res.status(403).json({ notice: { message: refusalIn(languageOf(staff.locale), 'You are not allowed to do this. Ask the shop owner for access.'), type: 'error' } });
    const { orderIds, ...payload } = (req.body ?? {}) as { orderIds?: unknown } & Record<string, unknown>;
    try {
      const result = await spec.run(ctx, { orderIds: orderIds as number[], payload, staffUserId: staff.id });
      if (spec.sendsMail && result.done.length) ctx.mail.kick();
      res.json({ result, notice: { message: bulkNotice(languageOf(staff.locale), result, spec.verb), type: result.done.length ? 'success' : 'info' } });
    } catch (error) {
      if (error instanceof ShopError) return res.status(error.status).json({ notice: { message: refusalIn(languageOf(staff.locale), error.message), type: 'error' } });
      next(error);
    }
  });
  return router;
}
