// Cross-site request forgery. The session cookie is SameSite=Lax, which older browsers ignore, so
// every state-changing request must also prove it comes from a page of this admin:
// - POST/PUT/PATCH/DELETE need an Origin (or, from browsers that send none, a Referer) of this site;
//   a request with neither is refused — browsers send at least one on every form or fetch POST;
// - any request that a browser marks `Sec-Fetch-Site: cross-site` is refused, except a plain
//   navigation to a page (a link in an email to an order): an export URL with filters, opened from
//   another site, does not run.
import type { Request, RequestHandler } from 'express';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

function ownOrigin(req: Request): string {
  const forwarded = req.app.get('trust proxy') ? req.get('x-forwarded-host')?.split(',')[0].trim() : undefined;
  return `${req.protocol}://${forwarded || req.get('host')}`;
}

function originOf(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.origin === 'null' ? 'null' : url.origin;
  } catch {
    return 'invalid';
  }
}

export function sameOriginOnly(): RequestHandler {
  return (req, res, next) => {
    const site = req.get('sec-fetch-site');
    const navigation = req.method === 'GET' && req.get('sec-fetch-mode') === 'navigate';
    if (site === 'cross-site' && !navigation) return refuse(res, 'a request from another site');
    if (SAFE.has(req.method)) return next();
    const from = originOf(req.get('origin')) ?? originOf(req.get('referer'));
    if (from === null) return refuse(res, 'a request without Origin or Referer');
    if (from !== ownOrigin(req)) return refuse(res, `a request from ${from}`);
    next();
  };
}

function refuse(res: Parameters<RequestHandler>[1], what: string) {
  res.status(403).json({ notice: { message: `Refused ${what}: this action must be sent from the admin's own pages.`, type: 'error' } });
}
