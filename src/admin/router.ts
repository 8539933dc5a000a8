// The admin's HTTP surface: AdminJS's assets and routes, behind Counter's own login.
// We do not use buildAuthenticatedRouter: it keeps the session id across login (fixation),
// answers a wrong password with HTTP 200 and logs out on a GET only (see PITFALLS.md).
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import AdminJS, { Router as AdminRoutes } from 'adminjs';
import { buildAssets, buildRoutes } from '@adminjs/express';
import formidableMiddleware from 'express-formidable';
import type { Db } from '../db/client.js';
import { authenticateStaff, toSessionStaff, type SessionStaff } from '../services/staff.js';
import { enforcePermissions, type PermissionMatrix } from './permissions.js';
import { orderBulkRoute } from './order-bulk-route.js';
import { printOrderRoute } from './print-order.js';
import { requireExistingRecords } from './record-exists.js';
import { exportRoute } from './export-route.js';
import { onceNext, uploadsRoute, uploadTooLarge } from './uploads-route.js';
import { dashboardRoute } from './dashboard-route.js';
import type { CounterContext } from '../plugins/api.js';

declare module 'express-session' {
  interface SessionData {
    adminUser?: SessionStaff;
  }
}

export function adminRouter(admin: AdminJS, db: Db, permissions: PermissionMatrix, ctx: CounterContext): Router {
  const router = Router();
  const { rootPath, loginPath, logoutPath } = admin.options;
  const local = (path: string) => path.slice(rootPath.length) || '/';

  router.get(local(loginPath), async (req, res) => {
    if (req.session.adminUser) return res.redirect(rootPath);
    res.send(await admin.renderLogin({ action: loginPath, errorMessage: null } as never));
  });

  router.post(local(loginPath), express.urlencoded({ extended: false, limit: '10kb' }), async (req, res, next) => {
    try {
      const { email, password } = req.body as { email?: unknown; password?: unknown };
      const staff = typeof email === 'string' && typeof password === 'string' ? await authenticateStaff(db, email, password) : null;
      if (!staff) {
        res.status(401).send(await admin.renderLogin({ action: loginPath, errorMessage: 'invalidCredentials' } as never));
        return;
      }
      // A new session id at login: a session planted before login is worth nothing after it.
      req.session.regenerate((err) => {
        if (err) return next(err);
        req.session.adminUser = toSessionStaff(staff);
        req.session.save((saveErr) => (saveErr ? next(saveErr) : res.redirect(rootPath)));
      });
    } catch (error) {
      next(error);
    }
  });

  const logout = (req: Request, res: Response, next: NextFunction) =>
    req.session.destroy((err) => {
      if (err) return next(err);
      res.clearCookie('counter.sid');
      res.redirect(loginPath);
    });
  router.get(local(logoutPath), logout);
  router.post(local(logoutPath), logout);

  router.use((req, res, next) => {
    if (req.session.adminUser || !req.path.startsWith('/api/orders/')) return next();
    res.status(401).json({ error: 'Not logged in' });
  });
  router.use(orderBulkRoute(ctx, permissions)); // its own JSON parser, before formidable
  router.use(onceNext(formidableMiddleware({ maxFileSize: 10 * 1024 * 1024 }) as express.RequestHandler));
  router.use(uploadTooLarge);
  buildAssets({ admin, assets: AdminRoutes.assets, routes: AdminRoutes.routes, router });

  router.use((req, res, next) => {
    if (req.session.adminUser) return next();
    if (req.path.startsWith('/api/')) return res.status(401).json({ error: 'Not logged in' });
    res.redirect(loginPath);
  });
  router.use(uploadsRoute(ctx.uploadsDir));
  router.use(enforcePermissions(permissions));
  router.use(requireExistingRecords(admin));
  router.use(printOrderRoute(db, permissions));
  router.use(exportRoute(ctx.shop, permissions));
  router.use(dashboardRoute(ctx.shop));
  buildRoutes({ admin, routes: AdminRoutes.routes, router });
  return router;
}
