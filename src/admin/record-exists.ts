// AdminJS answers an action on a record that does not exist with HTTP 200 and a notice; API
// callers get a 404 from here instead, before AdminJS runs anything.
import type { NextFunction, Request, Response } from 'express';
import type AdminJS from 'adminjs';

const RECORD = /^\/api\/resources\/([^/]+)\/records\/([^/]+)\//;
const BULK = /^\/api\/resources\/([^/]+)\/bulk\//;

export function requireExistingRecords(admin: AdminJS) {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const record = RECORD.exec(req.path);
      const bulk = BULK.exec(req.path);
      if (!record && !bulk) return next();
      const resource = admin.findResource(decodeURIComponent((record ?? bulk)![1]));
      const ids = record ? [decodeURIComponent(record[2])] : String(req.query.recordIds ?? '').split(',').filter(Boolean);
      const valid = ids.filter((id) => /^\d+$/.test(id));
      const found = valid.length ? await resource.findMany(valid) : [];
      if (found.length === 0) return res.status(404).json({ notice: { message: ids.length > 1 ? 'None of the selected records exists.' : 'This record does not exist (any more).', type: 'error' } });
      next();
    } catch (error) {
      next(error);
    }
  };
}
