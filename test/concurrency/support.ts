// Many staff pressing at once: a test shop on a real loopback server (supertest's own per-request
// server is not made for overlapping requests), agents logged in, and the ledgers' invariants.
import request from 'supertest';
import type { StaffRole } from '@prisma/client';
import { ADMIN_PATH, PASSWORD, TEST_HOST, startTestShop, type TestShop } from '../support/app.js';
import { listen } from '../support/listen.js';
import type { Shop } from '../../src/db/transaction.js';

export type Agent = ReturnType<typeof request.agent>;

export interface RaceShop {
  shop: TestShop;
  /** Logged-in agents of that role, one session each (as many staff members would be). */
  agents(role: StaffRole, count: number): Promise<Agent[]>;
  stop(): Promise<void>;
}

export async function startRaceShop(): Promise<RaceShop> {
  const shop = await startTestShop();
  const server = await listen(shop.app);
  const agent = () => request.agent(server.url).use(((req: request.Test) => req.set('Host', TEST_HOST).set('Origin', `http://${TEST_HOST}`)) as never);
  return {
    shop,
    async agents(role, count) {
      const out: Agent[] = [];
      for (let i = 0; i < count; i++) {
        const a = agent();
        const res = await a.post(`${ADMIN_PATH}/login`).type('form').send({ email: shop.staff[role].email, password: PASSWORD });
        if (res.status !== 302) throw new Error(`login as ${role} failed: HTTP ${res.status}`);
        out.push(a);
      }
      return out;
    },
    async stop() {
      await server.close();
      await shop.stop();
    },
  };
}

export const recordAction = (resource: string, id: number, name: string) => `${ADMIN_PATH}/api/resources/${resource}/records/${id}/${name}`;
export const bulkAction = (action: string, ids: number[]) => `${ADMIN_PATH}/api/resources/Order/bulk/${action}?recordIds=${ids.join(',')}`;

/** Every answer is a success or a clear refusal: never a server error, never SQL in the words. */
export function expectNoServerErrors(responses: request.Response[], allowed = [200, 409, 422]): request.Response[] {
  for (const r of responses) {
    const said = `${r.status} ${r.body.notice?.message ?? r.text.slice(0, 200)}`;
    expect(allowed.map((s) => `${s} ${r.body.notice?.message ?? r.text.slice(0, 200)}`)).toContain(said);
    expect(said).not.toMatch(/\b(SELECT|UPDATE|INSERT|RAISE)\b|prisma|violates|SQLITE_|P\d{4}|ledger_/);
  }
  return responses;
}

export const succeeded = (responses: request.Response[]) =>
  responses.filter((r) => r.status === 200 && r.body.notice?.type === 'success');

/** On-hand and committed equal the sums of their movements; neither is negative. */
export async function ledgerOf(shop: Shop, inventoryItemId: number) {
  const item = await shop.prisma.inventoryItem.findUniqueOrThrow({ where: { id: inventoryItemId } });
  const sums = await shop.prisma.stockMovement.aggregate({ where: { inventoryItemId }, _sum: { onHandDelta: true, committedDelta: true } });
  expect(item.onHand).toBe(sums._sum.onHandDelta ?? 0);
  expect(item.committed).toBe(sums._sum.committedDelta ?? 0);
  expect(item.committed).toBeGreaterThanOrEqual(0);
  if (!item.allowBackorder) expect(item.onHand).toBeGreaterThanOrEqual(0);
  return { onHand: item.onHand, committed: item.committed };
}

/** The order's money: refunded ≤ captured ≤ authorized, from its successful transactions. */
export async function moneyOf(shop: Shop, orderId: number) {
  const rows = await shop.prisma.paymentTransaction.groupBy({ by: ['kind'], where: { orderId, status: 'SUCCESS' }, _sum: { amountCents: true } });
  const sum = (kind: string) => rows.find((r) => r.kind === kind)?._sum.amountCents ?? 0;
  const authorized = sum('AUTHORIZATION') + sum('SALE');
  const captured = sum('CAPTURE') + sum('SALE');
  const refunded = sum('REFUND');
  expect(captured).toBeLessThanOrEqual(authorized);
  expect(refunded).toBeLessThanOrEqual(captured);
  const refunds = await shop.prisma.refund.aggregate({ where: { orderId }, _sum: { amountCents: true } });
  expect(refunds._sum.amountCents ?? 0).toBe(refunded);
  return { authorized, captured, refunded };
}

/** n requests at once, shared out over the agents. */
export const together = <T>(agents: Agent[], n: number, send: (a: Agent, i: number) => PromiseLike<T>) =>
  Promise.all(Array.from({ length: n }, (_, i) => send(agents[i % agents.length], i)));
