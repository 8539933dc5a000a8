// A NUL character has no place in anything typed into a form or a filter, and PostgreSQL cannot store
// one in text: a request carrying one is refused at the door (400) instead of failing deeper (500).
import type { NextFunction, Request, Response } from 'express';

function hasNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 8 || value === null || typeof value !== 'object') return false;
  // Uploaded files (formidable) are checked by their own readers, not here.
  if (typeof (value as { path?: unknown }).path === 'string' && typeof (value as { size?: unknown }).size === 'number') return false;
  return Object.entries(value).some(([k, v]) => k.includes('\u0000') || hasNul(v, depth + 1));
}

export function refuseNulBytes(req: Request, res: Response, next: NextFunction) {
  const fields = (req as Request & { fields?: unknown }).fields;
  if (!/%00/.test(req.originalUrl) && !hasNul(req.query) && !hasNul(fields) && !hasNul(req.body)) return next();
  res.status(400).json({ notice: { message: 'The request contains a NUL character, which no field accepts. Nothing was changed.', type: 'error' } });
}
