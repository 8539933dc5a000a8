// One transaction per business operation, and row locks where the database has them.
import type { Prisma } from '@prisma/client';
import type { Database, Provider } from './client.js';

export type Tx = Prisma.TransactionClient;
export type Shop = Pick<Database, 'prisma' | 'provider' | 'sql' | 'reader'>;

type CommitHook = (shop: Shop) => void;
const commitHooks = new WeakMap<Tx, CommitHook[]>();
const providers = new WeakMap<Tx, Provider>();

/** Runs fn in one transaction: everything it writes lands together or not at all. */
export async function inTransaction<T>(shop: Shop, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const hooks: CommitHook[] = [];
  const result = await shop.prisma.$transaction((tx) => (commitHooks.set(tx, hooks), providers.set(tx, shop.provider), fn(tx)), { maxWait: 60_000, timeout: 120_000 });
  for (const hook of hooks) hook(shop); // after the commit only: what they do can never undo the transaction
  return result;
}

/** Runs hook once the transaction commits (never if it rolls back); outside inTransaction, never. */
export function afterCommit(tx: Tx, hook: CommitHook): void {
  commitHooks.get(tx)?.push(hook);
}

/** The database under a transaction of inTransaction's, for SQL that differs between the two. */
export function providerOf(tx: Tx): Provider {
  const provider = providers.get(tx);
  if (!provider) throw new Error('This write must run inside inTransaction (src/db/transaction.ts).');
  return provider;
}

/** Order numbers are the highest plus one: on PostgreSQL, writers take this lock first, in turn. */
export async function lockOrderNumbers(shop: Shop, tx: Tx): Promise<void> {
  if (shop.provider === 'postgresql') await tx.$executeRaw`SELECT pg_advisory_xact_lock(72707370)`;
}

/**
 * Locks the orders' rows until the transaction ends, in id order (no deadlocks between two
 * bulk actions). On SQLite a write transaction already excludes every other writer.
 */
export async function lockOrders(shop: Shop, tx: Tx, ids: number[]): Promise<void> {
  if (shop.provider !== 'postgresql' || ids.length === 0) return;
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  for (const chunk of chunks(sorted, ID_BATCH)) {
    await tx.$executeRaw`SELECT 1 FROM "Order" WHERE id IN (${shop.sql.join(chunk)}) ORDER BY id FOR UPDATE`;
  }
}

/**
 * Locks the stock items' rows until the transaction ends, in id order, before their figures are read
 * or moved: a count applied ten times at once applies once, and two multi-item changes never deadlock.
 */
export async function lockInventoryItems(tx: Tx, ids: number[]): Promise<void> {
  if (providerOf(tx) !== 'postgresql' || ids.length === 0) return;
  const sorted = [...new Set(ids)].filter((id) => Number.isSafeInteger(id)).sort((a, b) => a - b);
  // Whole numbers only, written into the statement: the same for both generated clients' Sql classes.
  for (const chunk of chunks(sorted, ID_BATCH)) await tx.$executeRawUnsafe(`SELECT 1 FROM "InventoryItem" WHERE id IN (${chunk.join(',')}) ORDER BY id FOR UPDATE`);
}

/** Ids per IN (…) list: Prisma refuses statements with more bound parameters on SQLite. */
export const ID_BATCH = 900;
/** Rows per createMany (Prisma splits the INSERTs itself). */
export const ROW_BATCH = 5_000;

export function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
