// AdminJS answers a refused form (a field's validation, a column no one may write) with 200 and
// the messages in record.errors. Counter answers 422 with the same body: a script sees the refusal
// by its status, and the admin's own forms still show each message under its field
// (components/FormRefusals.tsx teaches AdminJS's API client to read a 422 as the form's answer).
// The messages are the checks' English sentences; here they are put in the staff member's language.
import type { NextFunction, Request, Response } from 'express';
import { refusalIn } from '../actions/notices.js';
import { languageOf } from '../shared/i18n.js';

const FORM_ACTION = /^\/api\/resources\/[^/]+\/(actions\/[^/]+|records\/[^/]+\/[^/]+|bulk\/[^/]+)$/;

interface FormAnswer {
  record?: { errors?: Record<string, { message?: string } | undefined> };
  notice?: { message?: string; type?: string };
}

export function formRefusals(req: Request, res: Response, next: NextFunction) {
  if (req.method !== 'POST' || !FORM_ACTION.test(req.path)) return next();
  const language = languageOf(req.session.adminUser?.locale);
  const json = res.json.bind(res);
  res.json = (body?: FormAnswer) => {
    const errors = body?.record?.errors;
    if (errors && Object.keys(errors).length > 0) {
      if (res.statusCode === 200) res.status(422);
      for (const error of Object.values(errors)) if (error?.message) error.message = refusalIn(language, error.message);
      if (body.notice?.type === 'error' && body.notice.message) body.notice.message = refusalIn(language, body.notice.message);
    }
    return json(body);
  };
  next();
}
