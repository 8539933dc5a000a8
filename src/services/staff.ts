// Staff accounts: the first owner, and checking a login.
import type { StaffRole, StaffUser } from '@prisma/client';
import type { Db } from '../db/client.js';
import { checkPasswordPolicy, generatePassword, hashPassword, verifyPassword, WeakPassword } from './passwords.js';

export interface SessionStaff {
  id: number;
  email: string;
  name: string;
  role: StaffRole;
  locale: string;
}

export const toSessionStaff = (s: StaffUser): SessionStaff => ({ id: s.id, email: s.email, name: s.name, role: s.role, locale: s.locale });

export interface OwnerSetup {
  created: boolean;
  email: string;
  generatedPassword?: string;
}

/** Creates the first owner when there is no staff at all; never touches an existing shop. */
export async function ensureFirstOwner(db: Db, wanted: { email?: string; password?: string }): Promise<OwnerSetup> {
  const existing = await db.staffUser.findFirst({ where: { role: 'OWNER' }, orderBy: { id: 'asc' } });
  if (existing || (await db.staffUser.count()) > 0) return { created: false, email: existing?.email ?? '' };
  const email = (wanted.email ?? 'owner@counter.local').toLowerCase();
  const generatedPassword = wanted.password ? undefined : generatePassword();
  const password = wanted.password ?? generatedPassword!;
  checkPasswordPolicy(password);
  await db.staffUser.create({ data: { email, name: 'Shop owner', role: 'OWNER', passwordHash: await hashPassword(password) } });
  return { created: true, email, generatedPassword };
}

// Compared against when the email is unknown, so both failures take the same time.
const DUMMY_HASH = '$2b$12$UN64tCfPi/K3JaKFHMn61OLS4zmEmB9cWfw88YhSjp7FZ/TbxlPsq';

export async function authenticateStaff(db: Db, email: string, password: string): Promise<StaffUser | null> {
  const staff = await db.staffUser.findUnique({ where: { email: email.trim().toLowerCase() } });
  const ok = await verifyPassword(password, staff?.passwordHash ?? DUMMY_HASH);
  if (!staff || !ok || !staff.active) return null;
  return db.staffUser.update({ where: { id: staff.id }, data: { lastLoginAt: new Date() } });
}

export class WrongPassword extends Error {}

/** A staff member changes their own password: the current one first, then the policy; every other session ends (admin/login-routes.ts). */
export async function changeOwnPassword(db: Db, staffId: number, input: { current: unknown; next: unknown; confirm: unknown }): Promise<Date> {
  const current = typeof input.current === 'string' ? input.current : '';
  const next = typeof input.next === 'string' ? input.next : '';
  if (next.length > 200) throw new WeakPassword('A password has 200 characters at most.');
  if (next !== input.confirm) throw new WeakPassword('The new password and its confirmation differ.');
  const staff = await db.staffUser.findUniqueOrThrow({ where: { id: staffId } });
  if (!(await verifyPassword(current, staff.passwordHash))) throw new WrongPassword('The current password is not right.');
  if (next === current) throw new WeakPassword('Choose a password different from the current one.');
  checkPasswordPolicy(next);
  const changedAt = new Date();
  await db.staffUser.update({ where: { id: staffId }, data: { passwordHash: await hashPassword(next), passwordChangedAt: changedAt } });
  return changedAt;
}
