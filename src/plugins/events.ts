// Domain events: a small typed bus. Services announce what happened with emitAfterCommit(tx, …):
// subscribers run only once the transaction has committed, in the background and side by side (no
// order between them) — a slow or failing subscriber never delays, undoes or breaks the change itself.
import { afterCommit, type Shop, type Tx } from '../db/transaction.js';
import type { PluginHealth } from './health.js';

export interface DomainEvents {
  /** An order was placed (storefront, draft order completed, import). */
  'order.placed': { orderId: number; name: string; email: string; totalCents: number; currency: string; customerId: number | null };
  /** One event per order a fulfilment shipped (bulk fulfil: one per order). */
  'order.fulfilled': { orderId: number; name: string };
  'order.refunded': { orderId: number; refundId: number; amountCents: number; currency: string };
  'order.cancelled': { orderId: number; name: string; reason: string };
  /** An item's available stock (on hand − committed) crossed from above its threshold to at or below it. */
  'stock.low': { inventoryItemId: number; sku: string | null; available: number; threshold: number };
  /** A checkout left without an order for an hour (announced once, by the sweep in checkouts/abandoned.ts). */
  'checkout.abandoned': { checkoutId: number; email: string; totalCents: number; currency: string };
}

export type DomainEventName = keyof DomainEvents;
export const DOMAIN_EVENTS: readonly DomainEventName[] = ['order.placed', 'order.fulfilled', 'order.refunded', 'order.cancelled', 'stock.low', 'checkout.abandoned'];

export type DomainEvent<N extends DomainEventName = DomainEventName> = { [K in N]: { type: K } & DomainEvents[K] }[N];

type Handler = (event: DomainEvent) => Promise<void>;

/** One app's subscribers. Several apps may share a database (tests); each has its own bus. */
export class EventBus {
  private readonly subscribers: Array<{ plugin: string; type: DomainEventName; handler: Handler }> = [];
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly health: PluginHealth) {}

  subscribe<N extends DomainEventName>(plugin: string, type: N, handler: (event: DomainEvent<N>) => Promise<void>): void {
    this.subscribers.push({ plugin, type, handler: handler as unknown as Handler });
  }

  /** Never throws: a subscriber that throws is logged and its plugin disabled (health.ts). */
  emit(event: DomainEvent): void {
    for (const sub of this.subscribers) {
      if (sub.type !== event.type) continue;
      const run = (async () => {
        if (!this.health.isEnabled(sub.plugin)) return;
        await sub.handler(event);
      })()
        .catch((error: unknown) => this.health.fail(sub.plugin, `its ${event.type} subscriber`, error))
        .finally(() => this.running.delete(run));
      this.running.add(run);
    }
  }

  /** Resolves once every subscriber started so far has finished (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.running.size) await Promise.allSettled([...this.running]);
  }
}

const buses = new WeakMap<object, Set<EventBus>>();

/** Connects a bus to a database: events committed through that database reach it. Returns the disconnect. */
export function attachBus(shop: Pick<Shop, 'prisma'>, bus: EventBus): () => void {
  const set = buses.get(shop.prisma) ?? new Set<EventBus>();
  buses.set(shop.prisma, set.add(bus));
  return () => void set.delete(bus);
}

export function emitEvent(shop: Pick<Shop, 'prisma'>, event: DomainEvent): void {
  for (const bus of buses.get(shop.prisma) ?? []) bus.emit(event);
}

/** Announces the event once tx commits (not at all if it rolls back). */
export function emitAfterCommit(tx: Tx, event: DomainEvent): void {
  afterCommit(tx, (shop) => emitEvent(shop, event));
}
