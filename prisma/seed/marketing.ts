// Draft orders (some completed into real orders) and abandoned checkouts (some recovered).
import type { Sellable } from './catalog.js';
import { guest, type CustomerBook, type Shopper } from './customers.js';
import { emailFor } from './places.js';
import type { Ids } from './ids.js';
import type { CapturedOrder } from './orders.js';
import type { ItemPools } from './pools.js';
import { priceCart, type CartLine, type Totals } from './pricing.js';
import { DAY, HOUR, type Rng } from './random.js';
import type { Batch, Row } from './tables.js';

export interface MarketingContext {
  rng: Rng;
  now: number;
  ids: Ids;
  batch: Batch;
  book: CustomerBook;
  pools: ItemPools;
  lastOrderAt: Map<number, number>;
}

const DRAFT_NOTES = ['Phone order, customer will pay by invoice.', 'Replacement for a damaged parcel.', 'Quote for a corporate gift order.',
  'Trade order taken at the showroom.', 'Customer asked to hold until payday.'];

const fullTitle = (s: Sellable) => (s.variantTitle ? `${s.title} — ${s.variantTitle}` : s.title);

function cart(c: MarketingContext, shopper: Shopper | null, maxLines: number): { lines: CartLine[]; totals: Totals } {
  const { rng } = c;
  const items = c.pools.basket(rng, rng.int(1, maxLines), false, false).map((item) => ({ item, quantity: rng.chance(0.8) ? 1 : rng.int(2, 4) }));
  const country = shopper?.addresses[0].country ?? 'FR';
  return priceCart(items, { country, discount: null, wholesale: shopper?.wholesale ?? false, priority: false });
}

function randomCustomer(c: MarketingContext): Shopper {
  return c.rng.pick(c.book.customers);
}

export function buildDraftOrders(c: MarketingContext, completed: CapturedOrder[], count: number): void {
  const { rng, now } = c;
  type Draft = { at: number; row: (id: number, name: string) => Row; lines: CartLine[] };
  const drafts: Draft[] = [];
  for (const o of completed) {
    const at = Math.round(o.placedAt - rng.between(2, 72) * HOUR);
    const sent = rng.chance(0.7) ? Math.round(at + (o.placedAt - at) * rng.between(0.1, 0.8)) : null;
    const t = o.totals;
    drafts.push({
      at, lines: o.lines,
      row: (id, name) => [id, name, 'COMPLETED', o.shopper.id, o.shopper.email, 'EUR', t.subtotal, t.discount, t.shipping, t.tax, t.total,
        rng.pick(DRAFT_NOTES), o.shopper.wholesale ? 'wholesale' : 'phone-order', sent, o.placedAt, o.orderId, at, o.placedAt],
    });
  }
  while (drafts.length < count) {
    const at = Math.round(now - rng.between(0.1, 45) * DAY);
    const shopper = rng.chance(0.85) ? randomCustomer(c) : rng.chance(0.5) ? guest(rng, at) : null;
    const { lines, totals: t } = cart(c, shopper, 4);
    const sentAt = shopper && rng.chance(0.45) ? Math.round(at + rng.between(0.5, 48) * HOUR) : null; // an invoice needs an email
    const sent = sentAt !== null && sentAt < now ? sentAt : null;
    const note = rng.chance(0.5) ? rng.pick(DRAFT_NOTES) : null;
    drafts.push({
      at, lines,
      row: (id, name) => [id, name, sent ? 'INVOICE_SENT' : 'OPEN', shopper?.id ?? null, shopper?.email ?? null, 'EUR', t.subtotal, t.discount,
        t.shipping, t.tax, t.total, note, shopper?.wholesale ? 'wholesale' : '', sent, null, null, at, sent ?? at],
    });
  }
  drafts.sort((a, b) => a.at - b.at);
  drafts.forEach((d, k) => {
    const id = c.ids.next('DraftOrder');
    c.batch.add('DraftOrder', d.row(id, `#D${k + 1}`));
    for (const l of d.lines) {
      c.batch.add('DraftOrderLine', [c.ids.next('DraftOrderLine'), id, l.item.productId, l.item.variantId, fullTitle(l.item), l.item.sku, l.item.price, l.quantity]);
    }
  });
}

/**
 * Checkouts follow the shop's rules: an order recovers the latest checkout of its email from the
 * last 30 days, and recovery emails go only to customers who accepted marketing. So a checkout
 * still open has no later order from its email, and a recovered one none before its own order.
 */
export function buildAbandonedCheckouts(c: MarketingContext, recovered: CapturedOrder[], count: number): void {
  const { rng, now } = c;
  const tokens = new Set<string>();
  const token = () => {
    let t = rng.hex(32);
    while (tokens.has(t)) t = rng.hex(32);
    tokens.add(t);
    return t;
  };
  const customerEmails = new Set(c.book.customers.map((s) => s.email));
  const consents = (s: Shopper) => s.id !== null && s.acceptsMarketing;
  type Checkout = { at: number; row: Row; lines: CartLine[] };
  const checkouts: Checkout[] = [];
  for (const o of recovered) {
    const after = (o.previousOrderAt ?? 0) + 60_000;
    const at = Math.round(Math.max(o.placedAt - rng.between(2, 48) * HOUR, Math.min(after, o.placedAt - 30_000)));
    const sent = consents(o.shopper) && rng.chance(0.7) ? Math.round(at + (o.placedAt - at) * rng.between(0.2, 0.7)) : null;
    checkouts.push({ at, lines: o.lines, row: [token(), o.shopper.email, o.shopper.id, 'EUR', o.totals.subtotal, o.totals.total, 'RECOVERED', sent, o.orderId, at, o.placedAt] });
  }
  while (checkouts.length < count) {
    const at = Math.round(now - rng.between(0.05, 30) * DAY);
    const shopper = (rng.chance(0.55) && openCustomer(c, at)) || anonymous(c, at, customerEmails);
    const { lines, totals } = cart(c, shopper, 3);
    const sentAt = consents(shopper) && rng.chance(0.6) ? Math.round(at + rng.between(1, 24) * HOUR) : null;
    const sent = sentAt !== null && sentAt < now ? sentAt : null;
    checkouts.push({
      at, lines,
      row: [token(), shopper.email, shopper.id, 'EUR', totals.subtotal, totals.total, sent ? 'SENT' : 'NOT_SENT', sent, null, at, sent ?? at],
    });
  }
  checkouts.sort((a, b) => a.at - b.at);
  for (const ch of checkouts) {
    const id = c.ids.next('AbandonedCheckout');
    c.batch.add('AbandonedCheckout', [id, ...ch.row]);
    for (const l of ch.lines) {
      c.batch.add('AbandonedCheckoutLine', [c.ids.next('AbandonedCheckoutLine'), id, l.item.productId, l.item.variantId, fullTitle(l.item), l.item.price, l.quantity]);
    }
  }
}

/** A customer who existed at `at` and has not ordered since (else that order would have recovered the checkout). */
function openCustomer(c: MarketingContext, at: number): Shopper | null {
  for (let tries = 0; tries < 20; tries++) {
    const s = c.rng.pick(c.book.customers);
    if (s.createdAt < at && (c.lastOrderAt.get(s.id!) ?? 0) < at) return s;
  }
  return null;
}

/** A visitor who left an email at checkout and never ordered (guest orders' emails carry a .123 suffix). */
function anonymous(c: MarketingContext, at: number, taken: Set<string>): Shopper {
  const visitor = guest(c.rng, at);
  let email = emailFor(c.rng, visitor.firstName, visitor.lastName);
  while (taken.has(email)) email = emailFor(c.rng, visitor.firstName, visitor.lastName);
  return { ...visitor, email };
}
