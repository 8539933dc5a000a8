// Low-stock alerts: a home widget (items at or below their threshold), a daily email digest to
// chosen staff, and the reorder list as CSV. Settings (environment):
//   LOW_STOCK_DIGEST_TO     comma-separated emails (default: every active owner and warehouse staff member)
//   LOW_STOCK_DIGEST_HOUR   UTC hour from which the day's digest goes out (default 7)
import { definePlugin, type CounterContext, type CounterPlugin } from '../../plugins/api.js';
import { registerComponent } from '../../plugins/components.js';
import { STOCK_DESK } from '../../resources/roles.js';
import { sendLowStockDigest } from './digest.js';
import { countLowItems, lowItems } from './stock.js';
import { lowStockLocales } from './words.js';
import { wordsIn } from '../../plugins/words.js';

const LowStockWidget = registerComponent('LowStockWidget', new URL('./LowStockWidget.tsx', import.meta.url));

export const CSV_PATH = '/api/plugins/low-stock-alerts/reorder-list.csv';
const HOUR_MS = 60 * 60 * 1000;

export interface LowStockSettings {
  recipients?: string[];
  digestHourUtc?: number;
}

/** The digest for today, if it is late enough and not sent yet (the server's timer calls this hourly). */
export async function runDailyDigest(ctx: CounterContext, settings: LowStockSettings, now = new Date()) {
  if (now.getUTCHours() < (settings.digestHourUtc ?? 7)) return { sent: false as const, day: now.toISOString().slice(0, 10), reason: 'too early' };
  const result = await sendLowStockDigest(ctx.shop, { recipients: settings.recipients ?? [], mailMode: ctx.mail.mode, now });
  if (result.sent) ctx.mail.kick();
  return result;
}

export function lowStockAlerts(settings: LowStockSettings = {}): CounterPlugin {
  return definePlugin({
    name: 'low-stock-alerts',
    widgets: [
      {
        id: 'low-stock',
        title: 'Low stock to reorder',
        roles: STOCK_DESK,
        component: LowStockWidget,
        load: async (ctx) => ({ total: await countLowItems(ctx.shop), items: await lowItems(ctx.shop, { limit: 8 }), csv: CSV_PATH }),
      },
    ],
    downloads: [
      {
        id: 'reorder-list',
        roles: STOCK_DESK,
        filename: (now) => `reorder-list-${now.toISOString().slice(0, 10)}.csv`,
        // A list for people, not a file format: its headers follow the staff member's language.
        headers: (language) => (['sku', 'item', 'available', 'threshold', 'suggested'] as const).map((k) => wordsIn(lowStockLocales, language, `components.LowStockCsv.${k}`)),
        rows: async function* (ctx) {
          for (let afterId = 0; ; ) {
            const page = await lowItems(ctx.shop, { byId: true, afterId, limit: 1000 });
            if (!page.length) return;
            yield page.map((i) => [i.sku, i.title, i.available, i.threshold, i.suggested]);
            afterId = page[page.length - 1].inventoryItemId;
          }
        },
      },
    ],
    locales: lowStockLocales,
    start: (ctx, tools) => tools.every(HOUR_MS, () => runDailyDigest(ctx, settings)),
  });
}

const list = (value: string | undefined) => (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);

/** COUNTER_PLUGINS=low-stock-alerts: settings from the environment. */
export default function fromEnvironment(): CounterPlugin {
  const hour = process.env.LOW_STOCK_DIGEST_HOUR;
  if (hour !== undefined && hour !== '' && !/^(1?\d|2[0-3])$/.test(hour)) throw new Error('LOW_STOCK_DIGEST_HOUR must be an hour from 0 to 23');
  return lowStockAlerts({ recipients: list(process.env.LOW_STOCK_DIGEST_TO), digestHourUtc: hour ? Number(hour) : undefined });
}
