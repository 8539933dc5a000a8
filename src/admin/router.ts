// The admin's HTTP surface: AdminJS's assets and routes, behind Counter's own login
// (login-routes.ts) and cross-site request checks (same-origin.ts).
import { Router } from 'express';
import AdminJS, { Router as AdminRoutes } from 'adminjs';
import { buildAssets, buildRoutes } from '@adminjs/express';
import type { Db } from '../db/client.js';
import { loginRoutes, sessionGuard } from './login-routes.js';
import { sameOriginOnly } from './same-origin.js';
import { staffLanguage } from './staff-language.js';
import { enforcePermissions, type PermissionMatrix } from './permissions.js';
import { ScreenSettingsRuntime } from './screen-settings.js';
import { orderBulkRoute } from './order-bulk-route.js';
import { printOrderRoute } from './print-order.js';
import { requireExistingRecords } from './record-exists.js';
import { refuseNulBytes } from './nul-bytes.js';
import { checkListPaging } from './list-query.js';
import { exportRoute } from './export-route.js';
import { dashboardRoute } from './dashboard-route.js';
import { accountRoute } from './account-route.js';
import { uploadsRoute } from './uploads-route.js';
import { bodyGate } from './request-body.js';
import { formBody } from './form-body.js';
import { formRefusals } from './form-refusals.js';
import type { CounterContext, CounterPlugin } from '../plugins/api.js';
import { PluginHealth } from '../plugins/health.js';
import { pluginRoutes } from './plugin-routes.js';

export function adminRouter(admin: AdminJS, db: Db, permissions: PermissionMatrix, ctx: CounterContext, sessionSecret: string, plugins: CounterPlugin[] = [], health = new PluginHealth()): Router {
  const router = Router();
  router.use(sameOriginOnly());
  router.use(staffLanguage()); // each page in the staff member's language
  router.use(loginRoutes(admin, db, sessionSecret));
  router.use(sessionGuard(ctx.shop, admin.options.loginPath));
  router.use(new ScreenSettingsRuntime(admin, ctx.shop, permissions).middleware); // screen settings saved on any instance

  router.use(bodyGate); // 401, 415, 411 or 413 before any body is read
  router.use((req, res, next) => {
    if (req.session.adminUser || !req.path.startsWith('/api/orders/')) return next();
    res.status(401).json({ error: 'Not logged in' });
  });
  router.use(orderBulkRoute(ctx, permissions)); // its own JSON parser, before formidable
  router.use(accountRoute(db)); // same
  router.use(formBody);
  router.use(refuseNulBytes);
  router.use(checkListPaging);
  buildAssets({ admin, assets: AdminRoutes.assets, routes: AdminRoutes.routes, router });

  router.use((req, res, next) => {
    if (req.session.adminUser) return next();
    if (req.path.startsWith('/api/')) return res.status(401).json({ error: 'Not logged in' });
    res.redirect(admin.options.loginPath);
  });
  router.use(uploadsRoute(ctx.uploadsDir));
  router.use(enforcePermissions(permissions));
  router.use(requireExistingRecords(admin));
  router.use(formRefusals);
  router.use(printOrderRoute(db, permissions));
  router.use(exportRoute(ctx.shop, permissions));
  router.use(dashboardRoute(ctx.shop));
  router.use(pluginRoutes(plugins, ctx, health));
  buildRoutes({ admin, routes: AdminRoutes.routes, router });
  return router;
}
