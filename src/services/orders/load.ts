// Loading the orders a service acts on, in chunks the databases' parameter limits accept.
import type { Prisma } from '@prisma/client';
import { chunks, ID_BATCH, type Tx } from '../../db/transaction.js';
import { NotFound } from '../errors.js';

export async function findOrders<S extends Prisma.OrderSelect>(tx: Tx, ids: number[], select: S) {
  const out: Prisma.OrderGetPayload<{ select: S }>[] = [];
  for (const part of chunks(ids, ID_BATCH)) {
    out.push(...((await tx.order.findMany({ where: { id: { in: part } }, select })) as Prisma.OrderGetPayload<{ select: S }>[]));
  }
  return out.sort((a, b) => (a as { id: number }).id - (b as { id: number }).id);
}

export async function findOrder<S extends Prisma.OrderSelect>(tx: Tx, id: unknown, select: S) {
  const orderId = Number(id);
  const order = Number.isInteger(orderId) && orderId > 0 ? await tx.order.findUnique({ where: { id: orderId }, select }) : null;
  if (!order) throw new NotFound(`Order ${String(id)} does not exist.`);
  return order as Prisma.OrderGetPayload<{ select: S }>;
}
