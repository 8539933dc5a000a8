// GET <admin>/orders/<id>/print: a packing slip / order sheet made for paper (print CSS), in the staff
// member's language (words in src/locales/{en,fr}/counter.ts under `print`, statuses as the admin names them).
import { Router } from 'express';
import type { Db } from '../db/client.js';
import { orderDetails } from '../services/orders/details.js';
import { escapeHtml as e } from '../services/mail/templates.js';
import { formatMoney } from '../shared/money-format.js';
import { intlTag, t } from '../shared/i18n.js';
import { enumsFr } from '../locales/fr/enums.js';
import { mayRun, type PermissionMatrix } from './permissions.js';
import { requestLanguage } from './staff-language.js';

const CSS = `
body{font:14px/1.45 system-ui,sans-serif;color:#111;margin:32px auto;max-width:800px}
h1{font-size:22px;margin:0}header{display:flex;justify-content:space-between;gap:24px;border-bottom:2px solid #111;padding-bottom:12px;margin-bottom:20px}
header>.muted{text-align:right}
table{width:100%;border-collapse:collapse;margin:16px 0}th,td{text-align:left;padding:6px 4px;border-bottom:1px solid #ccc;vertical-align:top}td.n,th.n{text-align:right;white-space:nowrap}
td.sku{white-space:nowrap}
.cols{display:flex;gap:32px}.cols>div{flex:1}.muted{color:#555}.totals{margin-left:auto;width:280px}.totals td{border:0}
.box{border:1px solid #bbb;width:14px;height:14px;display:inline-block}
@media print{body{margin:0}.noprint{display:none}@page{margin:15mm}}`;

const humanize = (value: string) => value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ');

export function printOrderRoute(db: Db, permissions: PermissionMatrix): Router {
  const router = Router();
  router.get('/orders/:id/print', async (req, res, next) => {
    try {
      const language = requestLanguage(req);
      const say = (key: string, params: Record<string, string | number> = {}) => t(language, `print.${key}`, params);
      if (!mayRun(permissions, req.session.adminUser?.role, 'Order', 'show')) return res.status(403).send(say('notAllowed'));
      const id = Number(req.params.id);
      const order = Number.isInteger(id) ? await db.order.findUnique({ where: { id } }) : null;
      const details = order && (await orderDetails(db, order.id));
      if (!order || !details) return res.status(404).send(say('notFound'));
      const tag = intlTag(language);
      const money = (n: number) => e(formatMoney(n, order.currency, tag));
      const status = (enumName: string, value: string) => e((language === 'fr' ? enumsFr[enumName]?.[value] : undefined) ?? humanize(value)).toLowerCase();
      const date = new Intl.DateTimeFormat(language === 'fr' ? tag : 'en-CA', { timeZone: 'UTC', dateStyle: language === 'fr' ? 'long' : 'short' }).format(order.createdAt);
      const address = (kind: 'shipping' | 'billing') =>
        (['Name', 'Address1', 'Address2', 'Zip', 'City', 'Province', 'Country', 'Phone'] as const)
          .map((f) => order[`${kind}${f}` as keyof typeof order] as string | null)
          .filter(Boolean)
          .map((l) => e(String(l)))
          .join('<br>') || '<span class="muted">—</span>';
      const rows = details.lines
        .map((l) => `<tr><td><span class="box"></span></td><td>${e(l.title)}${l.variantTitle ? ` — ${e(l.variantTitle)}` : ''}</td><td class="sku">${e(l.sku ?? '')}</td><td class="n">${l.quantity - l.removedQuantity}</td><td class="n">${money(l.unitPriceCents)}</td><td class="n">${money(l.unitPriceCents * l.quantity)}</td></tr>`)
        .join('');
      const totals = ([['subtotal', order.subtotalCents], ['discount', -order.discountCents || 0], ['shipping', order.shippingCents], ['taxes', order.taxCents], ['total', order.totalCents]] as const)
        .map(([k, v]) => `<tr><td>${e(say(k))}</td><td class="n">${k === 'total' ? `<b>${money(v)}</b>` : money(v)}</td></tr>`)
        .join('');
      const title = e(say('title', { name: order.name }));
      res.type('html').send(`<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${title}</title><style>${CSS}</style></head><body>
<p class="noprint"><button onclick="window.print()">${e(say('print'))}</button></p>
<header><div><h1>${title}</h1><div class="muted">${e(date)} · ${e(order.email)}</div></div><div class="muted">${status('FinancialStatus', order.financialStatus)} · ${status('FulfillmentStatus', order.fulfillmentStatus)}</div></header>
<div class="cols"><div><b>${e(say('shipTo'))}</b><br>${address('shipping')}</div><div><b>${e(say('billTo'))}</b><br>${address('billing')}</div></div>
<table><thead><tr><th></th><th>${e(say('item'))}</th><th>${e(say('sku'))}</th><th class="n">${e(say('qty'))}</th><th class="n">${e(say('price'))}</th><th class="n">${e(say('lineTotal'))}</th></tr></thead><tbody>${rows}</tbody></table>
<table class="totals">${totals}</table>
${order.note ? `<p><b>${e(say('note'))}</b><br>${e(order.note)}</p>` : ''}
</body></html>`);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
