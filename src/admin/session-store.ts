// Sessions in the database (@quixo3/prisma-session-store), with one change: the store's own `get`
// turns a failed query into "no session", so a database outage logged everyone out (401, back to the
// login page). Here a failed read is an error: the request is answered 503 and the session survives.
// And the store's `touch` (two queries, one of them a write, on every request of a rolling session)
// runs at most once a minute per session and instance: the idle end moves by a minute at most.
// The read on every request goes straight through the driver (db.reader()): through Prisma it cost
// about 2 ms of CPU per request on SQLite, more than the answer to a list page.
import { PrismaSessionStore } from '@quixo3/prisma-session-store';
import type { SessionData } from 'express-session';
import type { Database } from '../db/client.js';

/** How often a session in use has its expiry pushed back in the database. */
export const TOUCH_EVERY_MS = 60_000;

export function sessionStore(db: Pick<Database, 'prisma' | 'reader'>): PrismaSessionStore {
  const store = new PrismaSessionStore(db.prisma as never, { checkPeriod: 10 * 60 * 1000, dbRecordIdIsSessionId: true, logger: false });
  (store as { get: unknown }).get = (async (sid: string, callback: (err?: unknown, session?: SessionData | null) => void) => {
    try {
      const reader = db.reader();
      const [row] = await reader.rows('SELECT "data", "expiresAt" FROM "Session" WHERE "sid" = ?', [sid]);
      if (!row) return callback();
      if (Date.parse(reader.isoTime(row[1])!) <= Date.now()) {
        await db.prisma.session.deleteMany({ where: { sid } });
        return callback();
      }
      callback(undefined, JSON.parse((row[0] as string) || '{}') as SessionData);
    } catch (error) {
      callback(error);
    }
  });
  const touch = store.touch.bind(store);
  const touched = new Map<string, number>();
  (store as { touch: PrismaSessionStore['touch'] }).touch = async (sid, session, callback) => {
    const now = Date.now();
    if (now - (touched.get(sid) ?? 0) < TOUCH_EVERY_MS) return void callback?.();
    if (touched.size >= 10_000) for (const [key, at] of touched) if (now - at >= TOUCH_EVERY_MS) touched.delete(key);
    touched.set(sid, now);
    return touch(sid, session, callback);
  };
  return store;
}
