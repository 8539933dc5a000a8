// Login, logout and the session's life. We do not use AdminJS's buildAuthenticatedRouter: it keeps
// the session id across login (fixation), answers a wrong password with HTTP 200, logs out on a GET
// only and throttles nothing (see PITFALLS.md).
// - login: throttled per account and per address (services/login-throttle.ts), a new session id,
//   and a "known device" cookie so the account's own browser is not held by the account's lock;
// - every request: the session ends after SESSION_IDLE_MS without use, SESSION_ABSOLUTE_MS after
//   login, and at once when the staff member is disabled or their password changes (logout everywhere).
import express, { Router, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import type AdminJS from 'adminjs';
import type { Db } from '../db/client.js';
import type { Shop } from '../db/transaction.js';
import { authenticateStaff, toSessionStaff, type SessionStaff } from '../services/staff.js';
import { clearLoginFailures, deviceToken, isKnownDevice, loginVerdict, recordLoginFailure } from '../services/login-throttle.js';

declare module 'express-session' {
  interface SessionData {
    adminUser?: SessionStaff;
    /** When this session logged in (ms): the absolute timeout and "logout everywhere" count from it. */
    authAt?: number;
  }
}

export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;

const DEVICE_COOKIE = 'counter.device';
const DEVICE_MAX_AGE_MS = 180 * 24 * 60 * 60 * 1000;

function deviceTokens(req: Request): string[] {
  const raw = (req.headers.cookie ?? '').split(';').map((c) => c.trim()).find((c) => c.startsWith(`${DEVICE_COOKIE}=`));
  return raw ? decodeURIComponent(raw.slice(DEVICE_COOKIE.length + 1)).split('.').filter(Boolean).slice(0, 5) : [];
}

export function loginRoutes(admin: AdminJS, db: Db, secret: string): Router {
  const router = Router();
  const { rootPath, loginPath, logoutPath } = admin.options;
  const local = (path: string) => path.slice(rootPath.length) || '/';
  const page = (errorMessage: string | null) => admin.renderLogin({ action: loginPath, errorMessage } as never);

  router.get(local(loginPath), async (req, res) => {
    if (req.session.adminUser) return res.redirect(rootPath);
    res.send(await page(null));
  });

  router.post(local(loginPath), express.urlencoded({ extended: false, limit: '10kb' }), async (req, res, next) => {
    try {
      const body = req.body as { email?: unknown; password?: unknown };
      const email = typeof body.email === 'string' ? body.email : '';
      const password = typeof body.password === 'string' ? body.password : '';
      const ip = req.ip ?? 'unknown';
      const tokens = deviceTokens(req);
      const knownDevice = tokens.some((t) => isKnownDevice(secret, email, t));
      const verdict = await loginVerdict(db, { email, ip, knownDevice });
      if (!verdict.allowed) {
        console.warn(`counter: login refused for ${JSON.stringify(email.slice(0, 320))} from ${ip}: ${verdict.message}`);
        res.status(429).set('Retry-After', String(verdict.retryAfterSeconds)).send(await page(verdict.message));
        return;
      }
      const staff = email && password ? await authenticateStaff(db, email, password) : null;
      if (!staff) {
        await recordLoginFailure(db, { email, ip });
        res.status(401).send(await page('invalidCredentials'));
        return;
      }
      await clearLoginFailures(db, email);
      const token = deviceToken(secret, email);
      res.cookie(DEVICE_COOKIE, [token, ...tokens.filter((t) => t !== token)].slice(0, 5).join('.'), {
        httpOnly: true, sameSite: 'lax', secure: req.secure, maxAge: DEVICE_MAX_AGE_MS, path: rootPath,
      });
      // A new session id at login: a session planted before login is worth nothing after it.
      req.session.regenerate((err) => {
        if (err) return next(err);
        req.session.adminUser = toSessionStaff(staff);
        req.session.authAt = Date.now();
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
  return router;
}

/** Ends a session that is too old, or whose staff member was disabled or changed password since it logged in. */
export function sessionGuard(shop: Pick<Shop, 'reader'>, loginPath: string): RequestHandler {
  return async (req, res, next) => {
    const user = req.session.adminUser;
    if (!user) return next();
    try {
      const staff = await staffStanding(shop, user.id); // on every request: straight through the driver
      const authAt = req.session.authAt ?? 0;
      const valid = staff?.active && Date.now() - authAt < SESSION_ABSOLUTE_MS && staff.passwordChangedAt <= authAt;
      if (valid) {
        // a role or language change applies at once
        if (staff.role !== user.role || staff.locale !== user.locale) req.session.adminUser = { ...user, role: staff.role as SessionStaff['role'], locale: staff.locale };
        return next();
      }
      req.session.destroy((err) => {
        if (err) return next(err);
        res.clearCookie('counter.sid');
        if (req.path.startsWith('/api/')) return res.status(401).json({ error: 'Your session has ended; log in again.' });
        res.redirect(loginPath);
      });
    } catch (error) {
      next(error);
    }
  };
}

/** Whether a staff member may still work, their role and language, and when their password last changed (ms). */
async function staffStanding(shop: Pick<Shop, 'reader'>, id: number) {
  const reader = shop.reader();
  const [row] = await reader.rows('SELECT "active", "role", "locale", "passwordChangedAt" FROM "StaffUser" WHERE "id" = ?', [id]);
  if (!row) return null;
  return { active: row[0] === true || Number(row[0]) === 1, role: String(row[1]), locale: String(row[2]), passwordChangedAt: Date.parse(reader.isoTime(row[3])!) };
}
