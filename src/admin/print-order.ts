// GET <admin>/orders/<id>/print: a packing slip / order sheet made for paper (print CSS).
import { Router } from 'express';
import type { Db } from '../db/client.js';
import { orderDetails } from '../services/orders/details.js';
import { escapeHtml as e } from '../services/mail/templates.js';
import { formatMoney } from '../services/money.js';
import { mayRun, type PermissionMatrix } from './permissions.js';

const CSS = `
body{font:14px/1.45 system-ui,sans-serif;color:#111;margin:32px auto;max-width:800px}
h1{font-size:22px;margin:0}header{display:flex;justify-content:space-between;border-bottom:2px solid #111;padding-bottom:12px;margin-bottom:20px}
table{width:100%;border-collapse:collapse;margin:16px 0}th,td{text-align:left;padding:6px 4px;border-bottom:1px solid #ccc}td.n,th.n{text-align:right}
.cols{display:flex;gap:32px}.cols>div{flex:1}.muted{color:#555}.totals{margin-left:auto;width:280px}.totals td{border:0}
.box{border:1px solid #bbb;width:14px;height:14px;display:inline-block}
@media print{body{margin:0}.noprint{display:none}@page{margin:15mm}}`;

export function printOrderRoute(db: Db, permissions: PermissionMatrix): Router {
  const router = Router();
  router.get('/orders/:id/print', async (req, res, next) => {
    try {
      if (!mayRun(permissions, req.session.adminUser?.role, 'Order', 'show')) return res.status(403).send('Not allowed');
      const id = Number(req.params.id);
      const order = Number.isInteger(id) ? await db.order.findUnique({ where: { id } }) : null;
      const details = order && (await orderDetails(db, order.id));
      if (!order || !details) return res.status(404).send('No such order');
      const money = (n: number) => e(formatMoney(n, order.currency));
      const address = (kind: 'shipping' | 'billing') =>
        (['Name', 'Address1', 'Address2', 'Zip', 'City', 'Province', 'Country', 'Phone'] as const)
          .map((f) => order[`${kind}${f}` as keyof typeof order] as string | null)
          .filter(Boolean)
          .map((l) => e(String(l)))
          .join('<br>') || '<span class="muted">—</span>';
      const rows = details.lines
        .map((l) => `<tr><td><span class="box"></span></td><td>${e(l.title)}${l.variantTitle ? ` — ${e(l.variantTitle)}` : ''}</td><td>${e(l.sku ?? '')}</td><td class="n">${l.quantity - l.removedQuantity}</td><td class="n">${money(l.unitPriceCents)}</td><td class="n">${money(l.unitPriceCents * l.quantity)}</td></tr>`)
        .join('');
      const totals = ([['Subtotal', order.subtotalCents], ['Discount', -order.discountCents], ['Shipping', order.shippingCents], ['Taxes', order.taxCents], ['Total', order.totalCents]] as const)
        .map(([k, v]) => `<tr><td>${k}</td><td class="n">${k === 'Total' ? `<b>${money(v)}</b>` : money(v)}</td></tr>`)
        .join('');
      res.type('html').send(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Order ${e(order.name)}</title><style>${CSS}</style></head><body>
<p class="noprint"><button onclick="window.print()">Print</button></p>
<header><div><h1>Order ${e(order.name)}</h1><div class="muted">${e(order.createdAt.toISOString().slice(0, 10))} · ${e(order.email)}</div></div><div class="muted">${e(order.financialStatus.toLowerCase().replace(/_/g, ' '))} · ${e(order.fulfillmentStatus.toLowerCase().replace(/_/g, ' '))}</div></header>
<div class="cols"><div><b>Ship to</b><br>${address('shipping')}</div><div><b>Bill to</b><br>${address('billing')}</div></div>
<table><thead><tr><th></th><th>Item</th><th>SKU</th><th class="n">Qty</th><th class="n">Price</th><th class="n">Total</th></tr></thead><tbody>${rows}</tbody></table>
<table class="totals">${totals}</table>
${order.note ? `<p><b>Note</b><br>${e(order.note)}</p>` : ''}
</body></html>`);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
