// AdminJS answers a refused form (a field's validation, a column no one may write) with 200 and
// the messages in record.errors. Counter answers 422 with the same body: a script sees the refusal
// by its status, and the admin's own forms still show each message under its field
// (components/FormRefusals.ts teaches AdminJS's API client to read a 422 as the form's answer).
import type { NextFunction, Request, Response } from 'express';

const FORM_ACTION = /^\/api\/resources\/[^/]+\/(actions\/[^/]+|records\/[^/]+\/[^/]+|bulk\/[^/]+)$/;

export function formRefusals(req: Request, res: Response, next: NextFunction) {
  if (req.method !== 'POST' || !FORM_ACTION.test(req.path)) return next();
  const json = res.json.bind(res);
  res.json = (body?: { record?: { errors?: Record<string, unknown> } }) => {
    if (res.statusCode === 200 && body?.record?.errors && Object.keys(body.record.errors).length > 0) res.status(422);
    return json(body);
  };
  next();
}
