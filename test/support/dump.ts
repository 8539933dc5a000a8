// Every row of every table (sessions and login failures aside), to prove a refused request changed
// nothing: compare two dumps table by table.
import type { PrismaClient } from '@prisma/client';

type Delegate = { findMany?: (a?: object) => Promise<unknown[]> };

export async function dumpShop(prisma: PrismaClient): Promise<Record<string, string>> {
  const models = Object.keys(prisma).filter((k) => !k.startsWith('$') && !k.startsWith('_') && k !== 'session' && k !== 'loginFailure');
  const out: Record<string, string> = {};
  for (const m of models) {
    const delegate = (prisma as unknown as Record<string, Delegate>)[m];
    if (typeof delegate?.findMany !== 'function') continue;
    const rows = await delegate.findMany({ orderBy: { id: 'asc' } }).catch(() => delegate.findMany!({}));
    // Logging in stamps the staff rows' lastLoginAt (and updatedAt): the only change a test's own login makes.
    out[m] = JSON.stringify(rows, (k, v) => (m === 'staffUser' && (k === 'lastLoginAt' || k === 'updatedAt') ? undefined : v));
  }
  return out;
}
