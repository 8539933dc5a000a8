// The home's live cards: what needs doing now, each with the list filter that resolves it.
// One aggregate query per card; a card with nothing to do says so (`count` 0, `done` text).
import type { Shop } from '../../db/transaction.js';
import { num, query } from './sql.js';

/** An AdminJS list and its filters (`?filters.<name>=value`); the screen builds the URL. */
export interface ListLink {
  resource: string;
  filters: Record<string, string>;
}

export interface CardPart {
  label: string;
  count: number;
  link: ListLink;
}

export interface Card {
  id: CardId;
  title: string;
  count: number;
  amountCents?: number;
  /** Where the whole count is listed. */
  link: ListLink;
  /** The count split by what the list can filter on (e.g. unfulfilled / partially fulfilled). */
  parts: CardPart[];
  /** Shown instead of the figures when count is 0. */
  done: string;
}

export const CARD_IDS = ['toFulfil', 'toCapture', 'lowStock', 'outOfStock', 'abandonedCheckouts', 'draftOrders'] as const;
export type CardId = (typeof CARD_IDS)[number];

const DAY_MS = 24 * 60 * 60 * 1000;
export const ABANDONED_DAYS = 7;

/** Open orders: not cancelled, not archived (what the orders list shows with those filters). */
const OPEN = { cancelled: 'false', archived: 'false' };

async function toFulfil(shop: Shop): Promise<Card> {
  const groups = await shop.prisma.order.groupBy({
    by: ['fulfillmentStatus'],
    where: { fulfillmentStatus: { in: ['UNFULFILLED', 'PARTIALLY_FULFILLED'] }, cancelledAt: null, archivedAt: null },
    _count: { _all: true },
  });
  const count = (status: string) => groups.find((g) => g.fulfillmentStatus === status)?._count._all ?? 0;
  const link = (status: string): ListLink => ({ resource: 'Order', filters: { fulfillmentStatus: status, ...OPEN } });
  return {
    id: 'toFulfil', title: 'Orders to fulfil', count: count('UNFULFILLED') + count('PARTIALLY_FULFILLED'), link: link('UNFULFILLED'), done: 'Every order is fulfilled.',
    parts: [
      { label: 'unfulfilled', count: count('UNFULFILLED'), link: link('UNFULFILLED') },
      { label: 'partially fulfilled', count: count('PARTIALLY_FULFILLED'), link: link('PARTIALLY_FULFILLED') },
    ],
  };
}

async function toCapture(shop: Shop): Promise<Card> {
  const where = { financialStatus: 'AUTHORIZED' as const, cancelledAt: null };
  const sum = await shop.prisma.order.aggregate({ where, _count: { _all: true }, _sum: { totalCents: true } });
  const link = { resource: 'Order', filters: { financialStatus: 'AUTHORIZED', cancelled: 'false' } };
  return { id: 'toCapture', title: 'Payments to capture', count: sum._count._all, amountCents: sum._sum.totalCents ?? 0, link, parts: [], done: 'No payment waits for capture.' };
}

// Stock expressions rather than the generated columns, so the figure does not depend on them.
async function lowStock(shop: Shop): Promise<Card> {
  const [row] = await query<{ n: unknown }>(shop, shop.sql.sql`
    SELECT COUNT(DISTINCT i."productId") AS n FROM "InventoryItem" i WHERE i."onHand" - i."committed" <= i."lowStockThreshold"`);
  return {
    id: 'lowStock', title: 'Low stock', count: num(row.n), link: { resource: 'Product', filters: { lowStock: 'true' } }, parts: [],
    done: 'Every product is above its low-stock threshold.',
  };
}

async function outOfStock(shop: Shop): Promise<Card> {
  const [row] = await query<{ n: unknown }>(shop, shop.sql.sql`
    SELECT COUNT(*) AS n FROM "Product" p
     WHERE p.status = 'ACTIVE' AND EXISTS (SELECT 1 FROM "InventoryItem" i WHERE i."productId" = p.id AND i."onHand" - i."committed" <= 0)`);
  return {
    id: 'outOfStock', title: 'Out of stock, still on sale', count: num(row.n), link: { resource: 'Product', filters: { status: 'ACTIVE', outOfStock: 'true' } }, parts: [],
    done: 'No active product is out of stock.',
  };
}

async function abandonedCheckouts(shop: Shop, now: Date): Promise<Card> {
  const since = new Date(now.getTime() - ABANDONED_DAYS * DAY_MS);
  const groups = await shop.prisma.abandonedCheckout.groupBy({ by: ['recoveryState'], where: { createdAt: { gte: since } }, _count: { _all: true }, _sum: { totalCents: true } });
  const filters = { 'createdAt~~from': since.toISOString() };
  const state = (s: string) => groups.find((g) => g.recoveryState === s)?._count._all ?? 0;
  const part = (label: string, s: string) => ({ label, count: state(s), link: { resource: 'AbandonedCheckout', filters: { ...filters, recoveryState: s } } });
  return {
    id: 'abandonedCheckouts', title: `Abandoned checkouts, last ${ABANDONED_DAYS} days`,
    count: groups.reduce((n, g) => n + g._count._all, 0), amountCents: groups.reduce((n, g) => n + (g._sum.totalCents ?? 0), 0),
    link: { resource: 'AbandonedCheckout', filters }, done: `No checkout was abandoned in the last ${ABANDONED_DAYS} days.`,
    parts: [part('not emailed', 'NOT_SENT'), part('emailed', 'SENT'), part('recovered', 'RECOVERED')],
  };
}

async function draftOrders(shop: Shop): Promise<Card> {
  const groups = await shop.prisma.draftOrder.groupBy({ by: ['status'], where: { status: { in: ['OPEN', 'INVOICE_SENT'] } }, _count: { _all: true }, _sum: { totalCents: true } });
  const state = (s: string) => groups.find((g) => g.status === s)?._count._all ?? 0;
  const link = (s: string): ListLink => ({ resource: 'DraftOrder', filters: { status: s } });
  return {
    id: 'draftOrders', title: 'Draft orders waiting', count: state('OPEN') + state('INVOICE_SENT'), amountCents: groups.reduce((n, g) => n + (g._sum.totalCents ?? 0), 0),
    link: link('OPEN'), done: 'No draft order is waiting.',
    parts: [{ label: 'open', count: state('OPEN'), link: link('OPEN') }, { label: 'invoice sent', count: state('INVOICE_SENT'), link: link('INVOICE_SENT') }],
  };
}

const CARDS: Record<CardId, (shop: Shop, now: Date) => Promise<Card>> = { toFulfil, toCapture, lowStock, outOfStock, abandonedCheckouts, draftOrders };

export function dashboardCards(shop: Shop, ids: readonly CardId[], now: Date = new Date()): Promise<Card[]> {
  return Promise.all(ids.map((id) => CARDS[id](shop, now)));
}
