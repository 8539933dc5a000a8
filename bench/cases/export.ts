// The CSV export of every order, one row per line item, downloaded in full; the server's peak RSS
// is sampled meanwhile. The floor: the same orders and lines read through the driver, unformatted.
import { downloadCsv } from '../lib/csv-download.js';
import type { OnceCase } from './types.js';

const MB = 1024 * 1024;

export const exportOrders: OnceCase = {
  kind: 'once',
  id: 'export-orders',
  title: 'CSV export of every order (a row per line)',
  target: '≥ 100,000 rows/s, peak RSS < 200 MB',
  async run(ctx) {
    const idle = (await ctx.counter.peak()).rss; // before the export: what the server holds anyway
    await ctx.counter.resetPeak();
    const got = await downloadCsv(`${ctx.counter.base}/api/export/Order.csv`, ctx.counter.cookie);
    const { peak, cpuSeconds } = await ctx.counter.peak();
    const started = performance.now();
    const rawRows = await ctx.raw.each(
      `SELECT o.*, l.title, l."variantTitle", l.sku, l."unitPriceCents", l.quantity FROM "Order" o LEFT JOIN "OrderLine" l ON l."orderId" = o.id ORDER BY o.id, l.id`,
      [],
      () => undefined,
    );
    const rawMs = performance.now() - started;
    const once = (ms: number) => ({ median: Math.round(ms), p95: Math.round(ms), min: Math.round(ms), runs: 1 });
    return {
      counter: once(got.seconds * 1000),
      raw: once(rawMs),
      extra: {
        rows: got.rows,
        'rows/s': Math.round(got.rows / got.seconds),
        'raw rows/s': Math.round(rawRows / (rawMs / 1000)),
        'first byte ms': Math.round(got.firstByteMs),
        'idle RSS MB': Math.round(idle / MB),
        'peak RSS MB': Math.round(peak / MB),
        // On a busy shared machine the wall clock says little: rows per CPU-second of the server say more.
        'server CPU s': Math.round(cpuSeconds * 10) / 10,
        'rows/CPU-s': Math.round(got.rows / cpuSeconds),
      },
    };
  },
  met: (m) => Number(m.extra!['rows/s']) >= 100_000 && Number(m.extra!['peak RSS MB']) < 200,
};
