// Login throttling: failures are counted per account and per address over a window, in the
// database so every app instance behind one PostgreSQL sees the same counts.
// - an account is slowed after a few failures (each next try waits longer), then locked for a while;
// - an address that fails many times, whatever the accounts, is locked;
// - a browser where the account logged in before (a signed "known device" cookie) is not held by the
//   account's lock, only by its own address's: an attacker cannot lock the owner out of their own browser.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Db } from '../db/client.js';

export const THROTTLE = {
  windowMs: 15 * 60_000,
  /** From this many failures of one account in the window, each next try waits (30 s, 1, 2, 4, 5 min). */
  accountSlowAfter: 5,
  accountFirstDelayMs: 30_000,
  accountMaxDelayMs: 5 * 60_000,
  /** This many failures of one account in the window lock it until they age out (≤ 15 min). */
  accountLockAfter: 10,
  /** This many failures from one address in the window lock that address. */
  addressLockAfter: 30,
} as const;

export type LoginVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number; message: string };

const MAX_EMAIL = 320;
export const normalEmail = (email: string) => email.trim().toLowerCase().slice(0, MAX_EMAIL);

/** Whether a login attempt may be checked at all, before its password is looked at. */
export async function loginVerdict(db: Db, attempt: { email: string; ip: string; knownDevice: boolean; now?: Date }): Promise<LoginVerdict> {
  const now = (attempt.now ?? new Date()).getTime();
  const since = new Date(now - THROTTLE.windowMs);
  const recent = (where: { email: string } | { ip: string }, take: number) =>
    db.loginFailure.findMany({ where: { ...where, createdAt: { gte: since } }, orderBy: { createdAt: 'desc' }, take, select: { createdAt: true } });

  const byAddress = await recent({ ip: attempt.ip }, THROTTLE.addressLockAfter);
  if (byAddress.length >= THROTTLE.addressLockAfter) {
    return refused(byAddress[THROTTLE.addressLockAfter - 1].createdAt.getTime() + THROTTLE.windowMs - now, 'Too many failed logins from this address.');
  }
  if (attempt.knownDevice) return { allowed: true };
  const byAccount = await recent({ email: normalEmail(attempt.email) }, THROTTLE.accountLockAfter);
  if (byAccount.length >= THROTTLE.accountLockAfter) {
    return refused(byAccount[THROTTLE.accountLockAfter - 1].createdAt.getTime() + THROTTLE.windowMs - now, 'Too many failed logins for this account; it is locked for a while.');
  }
  const wait = byAccount.length ? byAccount[0].createdAt.getTime() + accountDelayMs(byAccount.length) - now : 0;
  if (wait > 0) return refused(wait, 'Several failed logins for this account: wait before trying again.');
  return { allowed: true };
}

/** How long an account waits after its last failure, given its failures in the window. */
export function accountDelayMs(failures: number): number {
  if (failures < THROTTLE.accountSlowAfter) return 0;
  return Math.min(THROTTLE.accountMaxDelayMs, THROTTLE.accountFirstDelayMs * 2 ** (failures - THROTTLE.accountSlowAfter));
}

function refused(waitMs: number, reason: string): LoginVerdict {
  const retryAfterSeconds = Math.max(1, Math.ceil(waitMs / 1000));
  const minutes = Math.ceil(retryAfterSeconds / 60);
  const when = retryAfterSeconds < 60 ? `${retryAfterSeconds} seconds` : `${minutes} minute${minutes > 1 ? 's' : ''}`;
  return { allowed: false, retryAfterSeconds, message: `${reason} Try again in ${when}.` };
}

/** A failed login is counted (and logged); old failures are cleared now and then. */
export async function recordLoginFailure(db: Db, attempt: { email: string; ip: string }): Promise<number> {
  const email = normalEmail(attempt.email);
  await db.loginFailure.create({ data: { email, ip: attempt.ip.slice(0, 64) } });
  const since = new Date(Date.now() - THROTTLE.windowMs);
  const count = await db.loginFailure.count({ where: { email, createdAt: { gte: since } } });
  console.warn(`counter: login failed for ${JSON.stringify(email)} from ${attempt.ip} (${count} in 15 min for this account)`);
  if (Math.random() < 0.02) await db.loginFailure.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - 24 * 3600_000) } } });
  return count;
}

/** A successful login forgets the account's failures. */
export async function clearLoginFailures(db: Db, email: string): Promise<void> {
  await db.loginFailure.deleteMany({ where: { email: normalEmail(email) } });
}

/** The "known device" cookie: proof that this browser logged in to this account before. */
export function deviceToken(secret: string, email: string): string {
  return createHmac('sha256', secret).update(`device:${normalEmail(email)}`).digest('base64url');
}

export function isKnownDevice(secret: string, email: string, token: string | undefined): boolean {
  if (!token) return false;
  const expected = Buffer.from(deviceToken(secret, email));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
