// The staff member's own account (components/MyAccount.tsx):
//   POST <admin>/api/account/password  {currentPassword, newPassword, confirmPassword}
// The current password is required and a wrong one counts as a failed login (throttled the same
// way); on success every other session of this person ends and this one goes on.
import express, { Router } from 'express';
import type { Db } from '../db/client.js';
import { changeOwnPassword, WrongPassword } from '../services/staff.js';
import { WeakPassword } from '../services/passwords.js';
import { loginVerdict, recordLoginFailure } from '../services/login-throttle.js';

const notice = (message: string, type: 'success' | 'error') => ({ notice: { message, type } });

export function accountRoute(db: Db): Router {
  const router = Router();
  router.post('/api/account/password', express.json({ limit: '10kb' }), async (req, res, next) => {
    const user = req.session.adminUser;
    if (!user) return res.status(401).json(notice('Not logged in', 'error'));
    const ip = req.ip ?? 'unknown';
    try {
      const verdict = await loginVerdict(db, { email: user.email, ip, knownDevice: false });
      if (!verdict.allowed) return res.status(429).set('Retry-After', String(verdict.retryAfterSeconds)).json(notice(verdict.message, 'error'));
      const body = (req.body ?? {}) as Record<string, unknown>;
      const changedAt = await changeOwnPassword(db, user.id, { current: body.currentPassword, next: body.newPassword, confirm: body.confirmPassword });
      req.session.authAt = changedAt.getTime(); // this session stays; the others end
      res.json(notice('Your password was changed. Your other sessions have been logged out.', 'success'));
    } catch (error) {
      if (error instanceof WrongPassword) {
        await recordLoginFailure(db, { email: user.email, ip });
        return res.status(422).json(notice(error.message, 'error'));
      }
      if (error instanceof WeakPassword) return res.status(422).json(notice(error.message, 'error'));
      next(error);
    }
  });
  return router;
}
