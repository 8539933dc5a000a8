// GET <admin>/api/export/<Resource>.csv: a resource's list as a streamed CSV download.
//   columns=Name,Total   headers to keep, in that order (any case); unknown ones are a 400
//   excel=1              UTF-8 BOM, `;` separator, CRLF (what Excel opens without a wizard)
//   ids=1,2,3            only these records (the list's selection)
//   filters.<name>=…     the list's own filters, same meaning (orders: services/export/order-filter.ts)
// POST the same URL with a JSON body {"ids":[…], "columns":[…]} for selections too long for a URL.
// Who may run a resource's `list` may export it; rows come in id order.
import { Router, type Request, type Response, type NextFunction } from 'express';
import type { Shop } from '../db/transaction.js';
import { ShopError } from '../services/errors.js';
import { BadExportRequest } from '../services/export/cells.js';
import { prepareExport } from '../services/export/export.js';
import { parseFilterQuery } from '../services/export/filters.js';
import { mayRun, type PermissionMatrix } from './permissions.js';

const notice = (message: string) => ({ notice: { message, type: 'error' } });

/** "1,2,3", ["1","2"], [1,2] → numbers; anything else is a 400. */
function idList(raw: unknown): number[] | undefined {
  if (raw === undefined || raw === '') return undefined;
  const parts = Array.isArray(raw) ? raw : typeof raw === 'string' || typeof raw === 'number' ? String(raw).split(',') : null;
  const ids = parts?.map((p) => (typeof p === 'number' ? p : typeof p === 'string' && /^\s*\d+\s*$/.test(p) ? Number(p) : NaN));
  if (!ids || ids.some((id) => !Number.isSafeInteger(id))) throw new BadExportRequest('ids must be a comma-separated list of record ids');
  return ids;
}

function columnList(raw: unknown): string[] | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (Array.isArray(raw) && raw.every((c) => typeof c === 'string')) return raw as string[];
  if (typeof raw === 'string') return raw.split(',').filter((c) => c.trim() !== '');
  throw new BadExportRequest('columns must be a comma-separated list of column headers');
}

const flag = (raw: unknown) => raw === '1' || raw === 'true' || raw === true;

export function exportRoute(shop: Shop, permissions: PermissionMatrix): Router {
  const router = Router();
  const handler = async (req: Request, res: Response, next: NextFunction) => {
    const { resourceId } = req.params;
    if (!permissions.has(resourceId)) return res.status(404).json(notice(`Unknown resource ${resourceId}`));
    // A POST body (parsed by the admin's form middleware) may carry what the query string cannot.
    const body = (req.method === 'POST' ? (req as Request & { fields?: Record<string, unknown> }).fields : undefined) ?? {};
    const pick = (name: string) => body[name] ?? req.query[name];
    // The list and the export action both: a screen setting may take either from a role.
    const role = req.session.adminUser?.role;
    if (!mayRun(permissions, role, resourceId, 'list') || !mayRun(permissions, role, resourceId, pick('ids') ? 'exportSelected' : 'exportCsv')) {
      return res.status(403).json(notice('You are not allowed to export this. Ask the shop owner for access.'));
    }
    // The client going away stops the reading; the response's own end does not count.
    const stop = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) stop.abort(new Error('client closed the connection'));
    });
    let started = false;
    try {
      const prepared = await prepareExport(
        shop,
        { resourceId, columns: columnList(pick('columns')), ids: idList(pick('ids')), excel: flag(pick('excel')), filters: parseFilterQuery({ ...req.query, ...body }) },
        stop.signal,
      );
      res.status(200);
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="${prepared.filename}"`);
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      started = true;
      await prepared.writeTo(res);
    } catch (error) {
      if (stop.signal.aborted) return; // nobody is listening any more
      if (!started) {
        if (error instanceof ShopError) return res.status(error.status).json(notice(error.message));
        return next(error); // logged; 500 JSON
      }
      console.error(`counter: export of ${resourceId} failed mid-stream:`, error);
      res.destroy(error as Error); // the client sees a broken download, not a short file that looks complete
    }
  };
  router.get('/api/export/:resourceId.csv', handler);
  router.post('/api/export/:resourceId.csv', handler);
  return router;
}
