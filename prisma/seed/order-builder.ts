// One order's history: payments, shipments, refunds and cancellation, each written the way the
// services would (transaction rows, stock movements, timeline events). Statuses are then derived.
import type { Sellable } from './catalog.js';
import type { Ids } from './ids.js';
import { euros, lineRefund, type CartLine, type Totals } from './pricing.js';
import { HOUR, type Rng } from './random.js';
import type { Batch } from './tables.js';

export type TxKind = 'AUTHORIZATION' | 'CAPTURE' | 'SALE' | 'REFUND' | 'VOID';
export type CancelReason = 'CUSTOMER' | 'DECLINED' | 'FRAUD' | 'INVENTORY' | 'STAFF' | 'OTHER';

const CARRIERS: [name: string, tracking: (r: Rng) => string, url: string][] = [
  ['Colissimo', (r) => `6A${r.digits(11)}`, 'https://www.laposte.fr/outils/suivre-vos-envois?code='],
  ['DHL', (r) => `JJD${r.digits(18)}`, 'https://www.dhl.com/fr-en/home/tracking.html?tracking-id='],
  ['DPD', (r) => r.digits(14), 'https://tracking.dpd.de/status/en_US/parcel/'],
  ['UPS', (r) => `1Z${r.upper(3)}${r.digits(13)}`, 'https://www.ups.com/track?tracknum='],
  ['GLS', (r) => r.digits(11), 'https://gls-group.com/track/'],
];

export class OrderBuilder {
  readonly lineIds: number[];
  readonly fulfilled: number[];
  readonly removed: number[]; // refunded before shipping: will never be fulfilled
  readonly refunded: number[];
  readonly restocked: number[];
  private authorized = 0;
  private captured = 0;
  private refundedCents = 0;
  private voided = false;
  cancelledAt: number | null = null;
  cancelReason: CancelReason | null = null;
  archivedAt: number | null = null;
  lastAt: number;

  constructor(
    private readonly rng: Rng,
    private readonly batch: Batch,
    private readonly ids: Ids,
    private readonly now: number,
    readonly id: number,
    readonly name: string,
    readonly placedAt: number,
    readonly lines: CartLine[],
    readonly totals: Totals,
    readonly gateway: string,
  ) {
    this.lastAt = placedAt;
    this.lineIds = lines.map(() => ids.next('OrderLine'));
    this.fulfilled = lines.map(() => 0);
    this.removed = lines.map(() => 0);
    this.refunded = lines.map(() => 0);
    this.restocked = lines.map(() => 0);
    for (const l of lines) this.movement(l.item, 'SALE', 0, l.quantity, placedAt, null);
  }

  /** A moment minH–maxH hours after `from`, squeezed in before now for recent orders. */
  later(from: number, minH: number, maxH: number): number {
    const limit = this.now - 60_000;
    const at = from + this.rng.between(minH, maxH) * HOUR;
    const t = Math.round(at <= limit ? at : from + Math.max(0, limit - from) * this.rng.between(0.2, 0.6));
    this.lastAt = Math.max(this.lastAt, t);
    return t;
  }

  event(action: string, message: string, at: number, data: Record<string, unknown> | null = null): void {
    this.batch.add('AuditEvent', [this.ids.next('AuditEvent'), action, 'Order', String(this.id), this.id, message, data && JSON.stringify(data), at]);
  }

  movement(item: Sellable, reason: string, onHand: number, committed: number, at: number, note: string | null): void {
    this.batch.add('StockMovement', [this.ids.next('StockMovement'), item.itemId, reason, onHand, committed, this.id, note, at]);
    item.committed += committed;
  }

  transaction(kind: TxKind, amount: number, at: number, o: { parentId?: number; refundId?: number; error?: string } = {}): number {
    const id = this.ids.next('PaymentTransaction');
    const ok = !o.error;
    this.batch.add('PaymentTransaction', [id, this.id, kind, ok ? 'SUCCESS' : 'FAILURE', amount, 'EUR', this.gateway, o.parentId ?? null, o.refundId ?? null, o.error ?? null, at]);
    const via = this.gateway === 'manual' ? 'bank transfer' : this.gateway === 'paypal' ? 'PayPal' : 'Stripe';
    if (!ok) {
      this.event('payment.failed', `Payment of ${euros(amount)} via ${via} failed: ${o.error}`, at, { transactionId: id });
      return id;
    }
    if (kind === 'AUTHORIZATION') this.authorized += amount;
    if (kind === 'CAPTURE' || kind === 'SALE') this.captured += amount;
    if (kind === 'REFUND') this.refundedCents += amount;
    if (kind === 'VOID') this.voided = true;
    const verb = { AUTHORIZATION: 'authorized', CAPTURE: 'captured', SALE: 'captured', REFUND: 'refunded', VOID: 'voided' }[kind];
    if (kind !== 'REFUND') this.event(`payment.${verb}`, `${euros(amount)} ${verb} via ${via}`, at, { transactionId: id, amountCents: amount });
    return id;
  }

  /** Ships the given units in one parcel. */
  fulfil(parts: [line: number, quantity: number][], at: number): void {
    const id = this.ids.next('Fulfillment');
    const manual = this.rng.chance(0.04);
    const [carrier, tracking, url] = this.rng.pick(CARRIERS);
    const number = manual ? null : tracking(this.rng);
    this.batch.add('Fulfillment', [id, this.id, manual ? null : carrier, number, number && url + number, at]);
    let units = 0;
    for (const [i, q] of parts) {
      const line = this.lines[i];
      this.batch.add('FulfillmentLine', [this.ids.next('FulfillmentLine'), id, this.lineIds[i], q]);
      this.fulfilled[i] += q;
      line.item.fulfilled += q;
      this.movement(line.item, 'FULFILLMENT', -q, -q, at, null);
      units += q;
    }
    const via = manual ? 'hand delivered' : `${carrier} ${number}`;
    this.event('order.fulfilled', `Fulfilled ${units} item${units === 1 ? '' : 's'} · ${via}`, at, { fulfillmentId: id });
  }

  /** Gives money back for units (restocking returned ones) and/or shipping; one REFUND transaction. */
  refund(o: { parts: [line: number, quantity: number, restock: boolean][]; shipping: number; extra?: number; reason: string; at: number; parentId: number; cancelling?: boolean }): void {
    const id = this.ids.next('Refund');
    let amount = o.shipping + (o.extra ?? 0);
    let restocked = 0;
    for (const [i, q, restock] of o.parts) {
      const line = this.lines[i];
      const cents = lineRefund(line, q);
      amount += cents;
      this.batch.add('RefundLine', [this.ids.next('RefundLine'), id, this.lineIds[i], q, cents, restock]);
      this.refunded[i] += q;
      if (o.cancelling) this.removed[i] += Math.min(q, line.quantity - this.fulfilled[i] - this.removed[i]);
      if (!restock) continue;
      this.restocked[i] = Math.min(line.quantity, this.restocked[i] + q); // a cancellation may have counted them already
      restocked += q;
      line.item.returned += o.cancelling ? 0 : q;
      // Returned parcels go back on the shelf; a cancellation releases the commitment instead (see cancel()).
      if (!o.cancelling) this.movement(line.item, 'REFUND_RESTOCK', q, 0, o.at, `Returned: ${o.reason}`);
    }
    this.batch.add('Refund', [id, this.id, amount, o.shipping, restocked > 0, o.reason, this.rng.chance(0.85), o.at]);
    this.transaction('REFUND', amount, o.at, { parentId: o.parentId, refundId: id });
    const what = restocked ? ` (${restocked} item${restocked > 1 ? 's' : ''} restocked)` : '';
    this.event('order.refunded', `${euros(amount)} refunded${what}: ${o.reason}`, o.at, { refundId: id, amountCents: amount });
  }

  /** Cancels the order and releases whatever stock is still committed to it. */
  cancel(reason: CancelReason, at: number, why: string): void {
    this.cancelledAt = at;
    this.cancelReason = reason;
    this.lines.forEach((line, i) => {
      const open = line.quantity - this.fulfilled[i];
      if (open > 0) this.movement(line.item, 'CANCELLATION', 0, -open, at, null);
      this.restocked[i] = line.quantity;
    });
    this.event('order.cancelled', `Order cancelled (${reason.toLowerCase()}): ${why}`, at, { reason });
  }

  archive(at: number): void {
    this.archivedAt = at;
    this.event('order.archived', 'Order archived', at);
  }

  get capturedCents(): number {
    return this.captured;
  }

  financialStatus(): string {
    if (this.refundedCents > 0) return this.refundedCents >= this.captured ? 'REFUNDED' : 'PARTIALLY_REFUNDED';
    if (this.captured > 0) return this.captured >= this.totals.total ? 'PAID' : 'PARTIALLY_PAID';
    if (this.voided) return 'VOIDED';
    return this.authorized > 0 ? 'AUTHORIZED' : 'PENDING';
  }

  fulfillmentStatus(): string {
    const shipped = this.fulfilled.reduce((a, b) => a + b, 0);
    if (shipped === 0) return 'UNFULFILLED';
    return this.lines.every((l, i) => this.fulfilled[i] >= l.quantity) ? 'FULFILLED' : 'PARTIALLY_FULFILLED';
  }
}
