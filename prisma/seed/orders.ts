// Generates one order at a time: who buys what, at which price, and what happened next.
import { guest, type CustomerBook, type Shopper } from './customers.js';
import { chooseDiscount, type DiscountCode } from './discounts.js';
import type { Ids } from './ids.js';
import { OrderBuilder } from './order-builder.js';
import { COUNTRIES, makeAddress, type PostalAddress } from './places.js';
import type { ItemPools } from './pools.js';
import { priceCart, euros, type CartLine, type Totals } from './pricing.js';
import { cumulative, DAY, type Rng } from './random.js';
import { play } from './stories.js';
import { ARCHIVABLE, CANCELLED, chooseScenario, LEAVES_COMMITMENT, NEEDS_TWO_UNITS, type Scenario } from './scenarios.js';
import type { Batch } from './tables.js';
import type { Timeline } from './timeline.js';

/** An order remembered so a completed draft or a recovered checkout can point at it. */
export interface CapturedOrder {
  orderId: number;
  name: string;
  placedAt: number;
  shopper: Shopper;
  lines: CartLine[];
  totals: Totals;
  /** The same customer's previous order, if any. */
  previousOrderAt: number | null;
}

export interface OrderContext {
  rng: Rng;
  now: number;
  ids: Ids;
  batch: Batch;
  timeline: Timeline;
  book: CustomerBook;
  pools: ItemPools;
  discounts: DiscountCode[];
  firstNumber: number;
  showcase: Map<number, { scenario: Scenario; archived: boolean }>;
  /** Order indexes after which the next eligible order is captured, for drafts and checkouts. */
  targets: { draft: number[]; checkout: number[] };
  captured: { draft: CapturedOrder[]; checkout: CapturedOrder[] };
  /** Each customer's latest order so far (checkouts must agree with the recovery rule). */
  lastOrderAt: Map<number, number>;
  /** How many lines an order has: cumulative weights of 1, 2, 3… lines (see lineCounts). */
  lineCounts: Float64Array;
}

/** The demo's baskets: 1 to 4 lines, 1.8 on average. */
const LINE_COUNT = cumulative([50, 28, 15, 7]);
const MAX_LINES = 10;

/**
 * Cumulative weights of 1…4 lines (the demo's table) or, given an average, of 1…10 lines
 * decreasing geometrically: one-line orders stay the most common whatever the average.
 */
export function lineCounts(average?: number): Float64Array {
  if (average === undefined) return LINE_COUNT;
  if (!(average >= 1 && average <= 5)) throw new Error('linesPerOrder must be between 1 and 5');
  const weights = (p: number) => Array.from({ length: MAX_LINES }, (_, k) => p ** k);
  const mean = (w: number[]) => w.reduce((s, x, k) => s + x * (k + 1), 0) / w.reduce((s, x) => s + x, 0);
  let [lo, hi] = [0, 1];
  for (let i = 0; i < 50; i++) {
    const p = (lo + hi) / 2;
    if (mean(weights(p)) < average) lo = p;
    else hi = p;
  }
  return cumulative(weights(lo));
}
const QUANTITY = cumulative([80, 14, 5, 1]);
const NOTES = ['Please leave the parcel with the neighbour.', 'Call before delivery, please.', 'Ring twice, the bell is broken.',
  "Could you ship before Friday? It's for a birthday.", 'Please use recycled packaging.', 'Office delivery: reception closes at 5 pm.'];

function pickShopper(ctx: OrderContext, t: number): Shopper {
  const { rng, book } = ctx;
  if (!rng.chance(0.07)) {
    for (let k = 0; k < 3; k++) {
      const c = book.customers[rng.weighted(book.weights)];
      if (c.createdAt <= t) return c;
    }
  }
  return guest(rng, t);
}

function addresses(rng: Rng, shopper: Shopper): { ship: PostalAddress; bill: PostalAddress } {
  const [home, other] = shopper.addresses;
  const ship = other && rng.chance(0.15) ? other : home;
  if (other && other.country !== ship.country && rng.chance(0.5)) return { ship, bill: other };
  if (rng.chance(0.03)) {
    // Billed to a company or relative abroad.
    const abroad = rng.pick(COUNTRIES.filter((c) => c.code !== ship.country));
    return { ship, bill: makeAddress(rng, abroad, ship.firstName, ship.lastName, ship.phone, rng.chance(0.5) ? `${ship.lastName} Consulting` : null) };
  }
  return { ship, bill: ship };
}

const addressCells = (a: PostalAddress) => [`${a.firstName} ${a.lastName}`, a.address1, a.address2, a.city, a.zip, a.province, a.country, a.phone];

export function generateOrder(ctx: OrderContext, index: number): void {
  const { rng, now } = ctx;
  const t = ctx.timeline.at(index);
  const age = (now - t) / DAY;
  const shopper = pickShopper(ctx, t);
  const forced = ctx.showcase.get(index);
  const scenario = forced?.scenario ?? chooseScenario(rng, age, shopper.wholesale);

  const wanted = rng.weighted(ctx.lineCounts) + 1;
  const items = ctx.pools.basket(rng, NEEDS_TWO_UNITS.has(scenario) ? Math.max(2, wanted) : wanted, age > 45, LEAVES_COMMITMENT.has(scenario))
    .map((item) => ({ item, quantity: shopper.wholesale ? rng.pick([4, 6, 8, 10, 12, 20]) : rng.weighted(QUANTITY) + 1 }));
  if (NEEDS_TWO_UNITS.has(scenario) && items.length === 1) items[0].quantity = Math.max(2, items[0].quantity);
  const { ship, bill } = addresses(rng, shopper);
  const priority = rng.chance(shopper.vip ? 0.2 : 0.06);
  const gift = rng.chance(0.06);
  const tags = [gift && 'gift', shopper.wholesale && 'wholesale', priority && 'priority', rng.chance(0.04) && 'instagram'].filter(Boolean).join(', ');
  const note = gift && rng.chance(0.5) ? 'Gift wrap please, no prices inside.' : rng.chance(0.06) ? rng.pick(NOTES) : null;
  const code = chooseDiscount(rng, ctx.discounts, t, shopper, items.reduce((s, l) => s + l.item.price * l.quantity, 0));
  if (code) code.used++;
  const { lines, totals } = priceCart(items, { country: ship.country, discount: code, wholesale: shopper.wholesale, priority });

  const card = rng.chance(0.72) ? 'stripe' : 'paypal';
  const manual = scenario === 'pending' || scenario === 'pendingCancelled' || scenario === 'deposit';
  const usesAuth = ['authorized', 'authorizedFulfilled', 'voided', 'partiallyPaid', 'declinedCancelled'].includes(scenario);
  const gateway = manual || (!usesAuth && rng.chance(shopper.wholesale ? 0.7 : 0.06)) ? 'manual' : card;
  const id = ctx.ids.next('Order');
  const number = ctx.firstNumber + index;
  const b = new OrderBuilder(rng, ctx.batch, ctx.ids, now, id, `#${number}`, t, lines, totals, gateway);
  const who = shopper.id === null ? 'a guest' : `${shopper.firstName} ${shopper.lastName}`;
  const units = items.reduce((s, l) => s + l.quantity, 0);
  b.event('order.placed', `Order #${number} placed by ${who}: ${units} item${units > 1 ? 's' : ''}, ${euros(totals.total)}`, t, { totalCents: totals.total });

  play(rng, b, scenario, t);
  const archive = forced ? forced.archived : ARCHIVABLE.has(scenario) && age > 12 && rng.chance(CANCELLED.has(scenario) ? 0.4 : 0.6);
  if (archive) b.archive(b.later(b.lastAt, 24, 240));

  ctx.batch.add('Order', [
    id, number, `#${number}`, shopper.id, shopper.email, shopper.phone, 'EUR', totals.subtotal, totals.discount, totals.shipping,
    totals.tax, totals.total, code?.code ?? null, b.financialStatus(), b.fulfillmentStatus(), tags,
    note ?? (scenario === 'pending' ? 'Customer chose bank transfer; awaiting payment.' : scenario === 'deposit' ? 'Deposit received; balance due before shipping.' : null),
    ...addressCells(bill), ...addressCells(ship), b.archivedAt, b.cancelledAt, b.cancelReason, t, b.lastAt,
  ]);
  lines.forEach((l, i) =>
    ctx.batch.add('OrderLine', [
      b.lineIds[i], id, l.item.productId, l.item.variantId, l.item.itemId, l.item.title, l.item.variantTitle, l.item.sku,
      l.item.price, l.quantity, l.discount, l.tax, b.fulfilled[i], b.removed[i], b.refunded[i], b.restocked[i], l.discount, // every line discount is its share of the order's
    ]),
  );

  const previousOrderAt = shopper.id === null ? null : ctx.lastOrderAt.get(shopper.id) ?? null;
  if (shopper.id !== null) ctx.lastOrderAt.set(shopper.id, t);
  if (CANCELLED.has(scenario)) return;
  const capture = { orderId: id, name: `#${number}`, placedAt: t, shopper, lines, totals, previousOrderAt };
  const { targets, captured } = ctx;
  if (captured.draft.length < targets.draft.length && index >= targets.draft[captured.draft.length] && shopper.id !== null) captured.draft.push(capture);
  else if (
    captured.checkout.length < targets.checkout.length && index >= targets.checkout[captured.checkout.length] &&
    !captured.checkout.some((c) => c.shopper.email === shopper.email) // one recovered checkout per email
  ) captured.checkout.push(capture);
}
