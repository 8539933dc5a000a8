// AdminJS answers an action on a record that does not exist with HTTP 200 and a notice, runs a
// record action called without a record (and fails), and throws on a GET of "new": API callers get
// a 404 or 405 from here instead, before AdminJS runs anything.
import type { NextFunction, Request, Response } from 'express';
import type AdminJS from 'adminjs';

const RECORD = /^\/api\/resources\/([^/]+)\/records\/([^/]+)\//;
const BULK = /^\/api\/resources\/([^/]+)\/bulk\//;
const RESOURCE_ACTION = /^\/api\/resources\/([^/]+)\/actions\/([^/]+)$/;

type Decorated = { action: { actionType?: string } };

export function requireExistingRecords(admin: AdminJS) {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const direct = RESOURCE_ACTION.exec(req.path);
      if (direct) {
        const action = (admin.findResource(decodeURIComponent(direct[1])).decorate().actions as unknown as Record<string, Decorated>)[decodeURIComponent(direct[2])];
        const type = action?.action.actionType;
        if (type === 'record' || type === 'bulk') {
          return res.status(404).json({ notice: { message: `This action works on ${type === 'record' ? 'a record' : 'selected records'}: choose ${type === 'record' ? 'one' : 'them'} first.`, type: 'error' } });
        }
        if (direct[2] === 'new' && req.method !== 'POST') return res.status(405).set('Allow', 'POST').json({ notice: { message: 'A new record is created with POST.', type: 'error' } });
        return next();
      }
      const record = RECORD.exec(req.path);
      const bulk = BULK.exec(req.path);
      if (!record && !bulk) return next();
      const resource = admin.findResource(decodeURIComponent((record ?? bulk)![1]));
      const ids = record ? [decodeURIComponent(record[2])] : String(req.query.recordIds ?? '').split(',').filter(Boolean);
      // Ids are 32-bit integers: a longer number names no record (and would overflow the query).
      const valid = ids.filter((id) => /^\d{1,10}$/.test(id) && Number(id) <= 2 ** 31 - 1);
      const found = valid.length ? await resource.findMany(valid) : [];
      if (found.length === 0) return res.status(404).json({ notice: { message: ids.length > 1 ? 'None of the selected records exists.' : 'This record does not exist (any more).', type: 'error' } });
      next();
    } catch (error) {
      next(error);
    }
  };
}
