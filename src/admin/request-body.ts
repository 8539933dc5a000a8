// The admin's door for request bodies, before a byte of one is read: no session → 401, a type the
// admin's forms never send → 415, no declared length or more than the route takes → 411 / 413.
// Answered with "Connection: close", so an unread body is dropped with its connection.
import type { NextFunction, Request, Response } from 'express';
import { MAX_IMAGE_BYTES } from '../services/catalog/images.js';
import { MAX_UPLOAD_BYTES } from './uploads-route.js';

/** A form's or a JSON call's fields: generous for any description a product or an order has. */
export const MAX_FIELDS_BYTES = 1024 * 1024;

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
export const TOO_LARGE = {
  upload: `The file is too large: an upload may be at most ${mb(MAX_UPLOAD_BYTES)} (an image ${mb(MAX_IMAGE_BYTES)}). Nothing was saved.`,
  fields: `The form's fields are too large: at most ${mb(MAX_FIELDS_BYTES)} together. Nothing was saved.`,
};

const TYPES: Array<[RegExp, number, string]> = [
  [/^multipart\/form-data\s*;\s*boundary=/i, MAX_UPLOAD_BYTES + MAX_FIELDS_BYTES, TOO_LARGE.upload],
  [/^application\/x-www-form-urlencoded\s*(;|$)/i, MAX_FIELDS_BYTES, TOO_LARGE.fields],
  [/^application\/json\s*(;|$)/i, MAX_FIELDS_BYTES, TOO_LARGE.fields],
];

const hasBody = (req: Request) => req.headers['transfer-encoding'] !== undefined || (req.headers['content-length'] ?? '0') !== '0';

function refuse(res: Response, status: number, message: string) {
  res.set('Connection', 'close').status(status).json({ notice: { message, type: 'error' } });
}

export function bodyGate(req: Request, res: Response, next: NextFunction) {
  if (!hasBody(req)) return next();
  if (!req.session.adminUser) return refuse(res, 401, 'Not logged in');
  const type = req.headers['content-type'] ?? '';
  const [, limit, tooLarge] = TYPES.find(([pattern]) => pattern.test(type)) ?? [];
  if (limit === undefined) return refuse(res, 415, 'The admin takes forms (multipart or URL-encoded) and JSON; nothing else was read.');
  const length = req.headers['content-length'];
  if (length === undefined || !/^\d+$/.test(length)) return refuse(res, 411, 'Send the body with its length (Content-Length).');
  if (Number(length) > limit) return refuse(res, 413, tooLarge!);
  next();
}
