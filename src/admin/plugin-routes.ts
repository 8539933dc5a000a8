// The plugins' dashboard widgets, next to the home's cards (dashboard-route.ts), with the same refusals,
// and their CSV downloads:
//   GET <admin>/api/dashboard/widgets         the widgets this role may see: [{ id, title, component, plugin }]
//   GET <admin>/api/dashboard/widgets/<id>    that widget's data (403 outside its roles, 404 unknown,
//                                             503 when its plugin is turned off)
//   GET <admin>/api/plugins/<plugin>/<id>.csv  a plugin's CSV (403 outside its roles, 404 unknown)
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { Router } from 'express';
import { stringify } from 'csv-stringify';
import type { CounterContext, CounterPlugin, DashboardWidget } from '../plugins/api.js';
import { errorLine, type PluginHealth } from '../plugins/health.js';
import { ShopError } from '../services/errors.js';
import { requestLanguage } from './staff-language.js';

const notice = (message: string) => ({ notice: { message, type: 'error' } });

export function pluginRoutes(plugins: CounterPlugin[], ctx: CounterContext, health: PluginHealth): Router {
  const router = Router();
  const widgets = plugins.flatMap((p) => (p.widgets ?? []).map((widget) => ({ plugin: p.name, widget })));
  const sees = (role: string | undefined, w: DashboardWidget) => Boolean(role && (w.roles as readonly string[]).includes(role));

  router.get('/api/dashboard/widgets', (req, res) => {
    const role = req.session.adminUser?.role;
    const mine = widgets.filter(({ plugin, widget }) => health.isEnabled(plugin) && sees(role, widget));
    res.setHeader('Cache-Control', 'no-store');
    res.json({ widgets: mine.map(({ plugin, widget }) => ({ id: widget.id, title: widget.title, component: widget.component, plugin })) });
  });

  router.get('/api/dashboard/widgets/:id', async (req, res, next) => {
    const found = widgets.find(({ widget }) => widget.id === req.params.id);
    if (!found) return res.status(404).json(notice(`Unknown widget ${req.params.id}`));
    if (!sees(req.session.adminUser?.role, found.widget)) return res.status(403).json(notice('You are not allowed to see this widget. Ask the shop owner for access.'));
    if (!health.isEnabled(found.plugin)) return res.status(503).json(notice(`The ${found.plugin} plugin is turned off after an error.`));
    try {
      const data = await found.widget.load(ctx);
      res.setHeader('Cache-Control', 'no-store');
      res.json({ id: found.widget.id, data });
    } catch (error) {
      if (error instanceof ShopError) return res.status(error.status).json(notice(error.message));
      // A widget that fails to load fails alone: one line in the log, the rest of the home stays.
      console.error(`counter: plugin "${found.plugin}" widget "${found.widget.id}" failed: ${errorLine(error)}`);
      if (res.headersSent) return next(error);
      res.status(500).json(notice(`The ${found.widget.title} widget could not be loaded; the error has been logged.`));
    }
  });
  const downloads = plugins.flatMap((p) => (p.downloads ?? []).map((download) => ({ plugin: p.name, download })));
  router.get('/api/plugins/:plugin/:file', async (req, res, next) => {
    const found = downloads.find(({ plugin, download }) => plugin === req.params.plugin && `${download.id}.csv` === req.params.file);
    if (!found) return res.status(404).json(notice(`Unknown download ${req.params.plugin}/${req.params.file}`));
    if (!sees(req.session.adminUser?.role, { roles: found.download.roles } as DashboardWidget)) return res.status(403).json(notice('You are not allowed to download this. Ask the shop owner for access.'));
    if (!health.isEnabled(found.plugin)) return res.status(503).json(notice(`The ${found.plugin} plugin is turned off after an error.`));
    const { download } = found;
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${download.filename(new Date())}"`);
    res.setHeader('Cache-Control', 'no-store');
    try {
      // OWASP: text starting with = + - @ tab or CR is prefixed with ' (spreadsheets would run it).
      const headers = typeof download.headers === 'function' ? download.headers(requestLanguage(req)) : download.headers;
      const csv = stringify({ header: true, columns: headers.map((header, i) => ({ key: String(i), header })), escape_formulas: true });
      const rows = Readable.from((async function* () {
        for await (const page of download.rows(ctx)) for (const row of page) yield row;
      })());
      await pipeline(rows, csv, res);
    } catch (error) {
      console.error(`counter: plugin "${found.plugin}" download "${download.id}" failed: ${errorLine(error)}`);
      if (!res.headersSent) return next(error);
      res.destroy();
    }
  });
  return router;
}
