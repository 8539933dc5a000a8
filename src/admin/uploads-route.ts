// Uploaded files under <admin>/uploads/, for logged-in staff only: draft products' images stay
// private until a storefront publishes them its own way. Read-only, never a directory listing.
import express, { Router, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { MAX_IMAGE_BYTES } from '../services/catalog/images.js';

export function uploadsRoute(dir: string): Router {
  const router = Router();
  const files = express.static(dir, {
    index: false,
    redirect: false,
    dotfiles: 'deny',
    setHeaders: (res) => {
      // Served as what their extension says (set from their content at upload), never sniffed into HTML.
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Content-Security-Policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'");
      res.setHeader('Cache-Control', 'private, max-age=3600');
    },
  });
  router.use('/uploads', (req, res, next) => (req.method === 'GET' || req.method === 'HEAD' ? files(req, res, next) : res.status(405).end()));
  router.use('/uploads', (_req, res) => res.status(404).type('text').send('No such file'));
  return router;
}

/** What the form parser accepts at all; each kind of file has its own, smaller limit (images 5 MB). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** The form parser stops at its size limit; the sender gets a message, not a server error. */
export function uploadTooLarge(error: Error, _req: Request, res: Response, next: NextFunction) {
  if (!/maxFileSize exceeded/.test(error?.message ?? '')) return next(error);
  if (res.headersSent) return; // the parser reports the same failure twice
  res.status(413).json({ notice: { message: `The file is too large: an upload may be at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB (an image ${MAX_IMAGE_BYTES / 1024 / 1024} MB). Nothing was saved.`, type: 'error' } });
}

/** The form parser (formidable 1) reports a failure twice; the rest of the chain hears it once. */
export const onceNext = (handler: RequestHandler): RequestHandler => (req, res, next) => {
  let called = false;
  handler(req, res, (error?: unknown) => {
    if (called) return;
    called = true;
    next(error);
  });
};
