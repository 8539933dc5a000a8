// Uploaded files under <admin>/uploads/, for logged-in staff only: draft products' images stay
// private until a storefront publishes them its own way. Read-only, never a directory listing.
import express, { Router } from 'express';

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
