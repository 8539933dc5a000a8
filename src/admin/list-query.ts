// AdminJS reads ?page and ?perPage with Number(): "abc", -1 or 1e308 became a database error. A list's
// page and page size are whole numbers from 1; anything else is a 400 before the list runs.
import type { NextFunction, Request, Response } from 'express';

const LIST = /^\/api\/resources\/[^/]+\/actions\/list$/;

export function checkListPaging(req: Request, res: Response, next: NextFunction) {
  if (!LIST.test(req.path)) return next();
  for (const name of ['page', 'perPage'] as const) {
    const value = req.query[name];
    if (value === undefined || value === '') continue;
    if (typeof value !== 'string' || !/^\d{1,6}$/.test(value) || Number(value) < 1) {
      return res.status(400).json({ notice: { message: `${name} must be a whole number from 1.`, type: 'error' } });
    }
  }
  next();
}
