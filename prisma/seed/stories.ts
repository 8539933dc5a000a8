// What happens to an order once placed, per scenario: payments, shipments, refunds, cancellation.
import type { CancelReason, OrderBuilder } from './order-builder.js';
import { lineRefund } from './pricing.js';
import type { Rng } from './random.js';
import type { Scenario } from './scenarios.js';

const DECLINES = ['Card declined: insufficient funds', 'Card declined: do not honor', '3-D Secure authentication failed', 'Card expired'];
const RETURNS = ['Wrong size', 'Changed mind', 'Damaged in transit', 'Not as described', 'Colour differs from the photos', 'Arrived too late'];
const WHY: Record<CancelReason, string> = {
  CUSTOMER: 'customer changed their mind', DECLINED: 'payment declined', FRAUD: 'high fraud risk', INVENTORY: 'item no longer available',
  STAFF: 'duplicate order', OTHER: 'bank transfer not received',
};

/** Runs the scenario on the builder: payments, shipments, refunds, cancellation. */
export function play(rng: Rng, b: OrderBuilder, scenario: Scenario, t: number): void {
  const { total, shipping, shippingTax } = b.totals;
  const lines = b.lines;
  const all = lines.map((l, i) => [i, l.quantity] as [number, number]);

  const settle = (): { txId: number; at: number } => {
    if (b.gateway === 'manual') {
      const at = b.later(t, 6, 60);
      return { txId: b.transaction('SALE', total, at), at };
    }
    let start = b.later(t, 0, 0.01);
    const authorizeFirst = b.gateway === 'stripe' && rng.chance(0.45);
    if (rng.chance(0.02)) {
      // A declined card, then a second attempt that goes through.
      b.transaction(authorizeFirst ? 'AUTHORIZATION' : 'SALE', total, start, { error: rng.pick(DECLINES) });
      start = b.later(start, 0.01, 0.1);
    }
    if (authorizeFirst) {
      const auth = b.transaction('AUTHORIZATION', total, start);
      const at = b.later(start, 0.5, 30);
      return { txId: b.transaction('CAPTURE', total, at, { parentId: auth }), at };
    }
    return { txId: b.transaction('SALE', total, start), at: start };
  };
  const shipAll = (from: number): number => {
    if (lines.length >= 2 && rng.chance(0.12)) {
      const k = rng.int(1, lines.length - 1);
      const first = b.later(from, 3, 40);
      b.fulfil(all.slice(0, k), first);
      const second = b.later(first, 24, 96);
      b.fulfil(all.slice(k), second);
      return second;
    }
    const at = b.later(from, 3, 48);
    b.fulfil(all, at);
    return at;
  };
  const shipSome = (from: number): number => {
    const at = b.later(from, 3, 48);
    b.fulfil(lines.length >= 2 ? all.slice(0, rng.int(1, lines.length - 1)) : [[0, rng.int(1, lines[0].quantity - 1)]], at);
    return at;
  };
  const goodwill = (from: number, parentId: number) => {
    const at = b.later(from, 24, 200);
    if (shipping > 0 && rng.chance(0.5)) b.refund({ parts: [], shipping: shipping + shippingTax, reason: 'Shipping refunded: parcel arrived late', at, parentId });
    else {
      const extra = Math.max(100, Math.round(total * rng.between(0.05, 0.2)));
      b.refund({ parts: [], shipping: 0, extra, reason: rng.pick(['Goodwill gesture: delivery delayed', 'Price adjustment: item went on sale', 'Compensation for a damaged box']), at, parentId });
    }
  };
  const returnSome = (from: number, parentId: number) => {
    const i = rng.int(0, lines.length - 1);
    const line = lines[i];
    let q = rng.int(1, line.quantity);
    if (lineRefund(line, q) >= b.capturedCents) q -= 1; // keep it partial
    if (q < 1) return goodwill(from, parentId);
    const restock = line.item.level === 'normal' && rng.chance(0.75);
    b.refund({ parts: [[i, q, restock]], shipping: 0, reason: rng.pick(RETURNS), at: b.later(from, 48, 500), parentId });
  };
  const cancelReason = (reasons: CancelReason[]) => rng.pick(reasons);

  switch (scenario) {
    case 'pending':
      return;
    case 'pendingCancelled': {
      const reason = cancelReason(['OTHER', 'OTHER', 'CUSTOMER']);
      return b.cancel(reason, b.later(t, 72, 240), WHY[reason]);
    }
    case 'declinedCancelled':
      b.transaction('AUTHORIZATION', total, b.later(t, 0, 0.01), { error: rng.pick(DECLINES) });
      return b.cancel('DECLINED', b.later(t, 0.1, 6), WHY.DECLINED);
    case 'authorized':
      b.transaction('AUTHORIZATION', total, b.later(t, 0, 0.01));
      return;
    case 'authorizedFulfilled':
      b.transaction('AUTHORIZATION', total, b.later(t, 0, 0.01));
      shipAll(t);
      return;
    case 'voided': {
      const auth = b.transaction('AUTHORIZATION', total, b.later(t, 0, 0.01));
      const at = b.later(t, 0.5, 48);
      const reason = cancelReason(['CUSTOMER', 'CUSTOMER', 'FRAUD', 'INVENTORY', 'STAFF']);
      b.cancel(reason, at, WHY[reason]);
      b.transaction('VOID', total, at, { parentId: auth });
      return;
    }
    case 'paidUnfulfilled':
      settle();
      return;
    case 'paidPartial':
      shipSome(settle().at);
      return;
    case 'paidFulfilled':
      shipAll(settle().at);
      return;
    case 'partiallyPaid': {
      // Shipped what was in stock and captured just that share (plus shipping).
      const auth = b.transaction('AUTHORIZATION', total, b.later(t, 0, 0.01));
      const at = shipSome(t);
      const share = lines.reduce((s, l, i) => s + lineRefund(l, b.fulfilled[i]), 0) + shipping + shippingTax;
      b.transaction('CAPTURE', Math.min(share, total - 1), at, { parentId: auth });
      return;
    }
    case 'deposit':
      b.transaction('SALE', Math.round(total * rng.pick([0.3, 0.5])), b.later(t, 2, 48));
      return;
    case 'partiallyRefunded': {
      const paid = settle();
      return returnSome(shipAll(paid.at), paid.txId);
    }
    case 'goodwill': {
      const paid = settle();
      return goodwill(shipAll(paid.at), paid.txId);
    }
    case 'refunded': {
      const paid = settle();
      const at = b.later(shipAll(paid.at), 48, 400);
      const parts = all.map(([i, q]) => [i, q, lines[i].item.level === 'normal' && rng.chance(0.85)] as [number, number, boolean]);
      return b.refund({ parts, shipping: shipping + shippingTax, reason: rng.pick(RETURNS), at, parentId: paid.txId });
    }
    case 'paidCancelled': {
      const paid = settle();
      const at = b.later(paid.at, 1, 48);
      const reason = cancelReason(['CUSTOMER', 'CUSTOMER', 'INVENTORY', 'FRAUD', 'STAFF']);
      b.cancel(reason, at, WHY[reason]);
      b.refund({ parts: all.map(([i, q]) => [i, q, true]), shipping: shipping + shippingTax, reason: `Order cancelled: ${WHY[reason]}`, at, parentId: paid.txId, cancelling: true });
      return;
    }
  }
}
