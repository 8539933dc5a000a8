// A money operation repeated with the same key returns the first result and changes nothing;
// the same key with a different request is refused (Stripe's rule).
import { createHash } from 'node:crypto';
import { inTransaction, type Shop, type Tx } from '../db/transaction.js';
import { IdempotencyKeyReused, InvalidInput } from './errors.js';

const hash = (request: unknown) => createHash('sha256').update(JSON.stringify(request)).digest('hex');

/** The first half of the two-key advisory locks taken per idempotency key (the second is the key's hash). */
const IDEMPOTENCY_LOCK = 72707371;

const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === 'P2002';

export async function idempotent<R>(shop: Shop, key: string | null | undefined, scope: string, request: unknown, fn: (tx: Tx) => Promise<R>): Promise<R> {
  if (!key) return inTransaction(shop, fn);
  if (key.length > 200) throw new InvalidInput('The idempotency key is too long (200 characters at most).');
  const requestHash = hash({ scope, request });
  const replay = async (tx: Tx | Shop['prisma']): Promise<R | undefined> => {
    const seen = await tx.idempotencyKey.findUnique({ where: { key } });
    if (!seen) return undefined;
    if (seen.requestHash !== requestHash) throw new IdempotencyKeyReused();
    return JSON.parse(seen.response) as R;
  };
  try {
    return await inTransaction(shop, async (tx) => {
      // Requests with one key wait for each other here, so the later one reads the first one's answer
      // (without it, it ran the operation again on the changed order and was refused: "only 0 units…").
      if (shop.provider === 'postgresql') await tx.$executeRaw`SELECT pg_advisory_xact_lock(${IDEMPOTENCY_LOCK}, hashtext(${key}))`;
      const previous = await replay(tx);
      if (previous !== undefined) return previous;
      const result = await fn(tx);
      await tx.idempotencyKey.create({ data: { key, scope, requestHash, response: JSON.stringify(result) } });
      return result;
    });
  } catch (error) {
    // Two requests with one key at the same instant: the loser's whole transaction is undone; answer with the winner's result.
    if (isUniqueViolation(error)) {
      const previous = await replay(shop.prisma);
      if (previous !== undefined) return previous;
    }
    throw error;
  }
}
