// AdminJS's forms and JSON calls, parsed by formidable (through express-formidable) within the limits
// request-body.ts declared. Every temp file an upload creates is removed once the answer is sent,
// whatever happened (a handler keeps what it needs by reading it before it answers). A body the
// parser cannot read is the sender's mistake: 413 over a limit, 400 otherwise, never a 500.
import { rm } from 'node:fs';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import formidableMiddleware from 'express-formidable';
import { MAX_FIELDS_BYTES, TOO_LARGE } from './request-body.js';
import { MAX_UPLOAD_BYTES } from './uploads-route.js';

const TEMP_FILES = Symbol('temp files');
type Tracked = Request & { [TEMP_FILES]?: string[] };

const parse = formidableMiddleware({ maxFileSize: MAX_UPLOAD_BYTES, maxFieldsSize: MAX_FIELDS_BYTES }, [
  { event: 'fileBegin', action: (req: Tracked, _res: Response, _next: NextFunction, _name: string, file: { path: string }) => req[TEMP_FILES]?.push(file.path) },
]) as RequestHandler;

function answer(error: Error, res: Response) {
  const message = error?.message ?? '';
  if (/maxFileSize exceeded/.test(message)) return res.status(413).json({ notice: { message: TOO_LARGE.upload, type: 'error' } });
  if (/maxFieldsSize exceeded/.test(message)) return res.status(413).json({ notice: { message: TOO_LARGE.fields, type: 'error' } });
  res.status(400).json({ notice: { message: 'The form could not be read (it was cut off or malformed). Nothing was saved.', type: 'error' } });
}

export const formBody: RequestHandler = (req: Tracked, res, next) => {
  const files: string[] = (req[TEMP_FILES] = []);
  res.on('close', () => files.forEach((path) => rm(path, { force: true }, () => undefined)));
  let called = false; // formidable 1 reports a failure twice
  parse(req, res, (error?: unknown) => {
    if (called) return;
    called = true;
    if (!error) return next();
    res.set('Connection', 'close');
    answer(error as Error, res);
  });
};
