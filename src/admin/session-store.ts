// Sessions in the database (@quixo3/prisma-session-store), with one change: the store's own `get`
// turns a failed query into "no session", so a database outage logged everyone out (401, back to the
// login page). Here a failed read is an error: the request is answered 503 and the session survives.
import { PrismaSessionStore } from '@quixo3/prisma-session-store';
import type { SessionData } from 'express-session';
import type { Db } from '../db/client.js';

export function sessionStore(db: Db): PrismaSessionStore {
  const store = new PrismaSessionStore(db as never, { checkPeriod: 10 * 60 * 1000, dbRecordIdIsSessionId: true, logger: false });
  (store as { get: unknown }).get = (async (sid: string, callback: (err?: unknown, session?: SessionData | null) => void) => {
    try {
      const row = await db.session.findUnique({ where: { sid } });
      if (!row) return callback();
      if (row.expiresAt.getTime() <= Date.now()) {
        await db.session.deleteMany({ where: { sid } });
        return callback();
      }
      callback(undefined, JSON.parse(row.data || '{}') as SessionData);
    } catch (error) {
      callback(error);
    }
  });
  return store;
}
