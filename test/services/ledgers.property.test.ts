// Ledgers nobody can corrupt: random sequences of shop operations (place with and without a code,
// captures, fulfilment, refunds, edits, cancel, archive, stock counts and adjustments, drafts), with
// every invariant of test/support/ledger-invariants.ts checked against the database after every step.
// A refusal (a typed ShopError) is fine and must change nothing; any other exception fails.
//   COUNTER_PROPERTY_RUNS=500          more runs (default 200 runs of about 8 steps)
//   COUNTER_PROPERTY_SEED=…            replay a seed (printed on failure, with the shrunk sequence)
import fc from 'fast-check';
import { ShopError } from '../../src/services/errors.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { makeItem } from '../support/fixtures.js';
import { operation, play, type Operation, type Run } from '../support/shop-ops.js';
import { readRun, refundableRest, snapshot, violations } from '../support/ledger-invariants.js';

const RUNS = Number(process.env.COUNTER_PROPERTY_RUNS ?? 200);
const STEPS = Number(process.env.COUNTER_PROPERTY_STEPS ?? 8);
const SEED = Number(process.env.COUNTER_PROPERTY_SEED ?? 20261203);
// A budget for the normal suite (the search and its shrinking stop there, with the best counterexample so far).
const BUDGET_MS = process.env.COUNTER_PROPERTY_RUNS ? 60 * 60_000 : 100_000;

let db: TestDatabase;
let inFlight: Promise<unknown> = Promise.resolve();
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await inFlight.catch(() => undefined); // an interrupted run may still be writing
  await db.drop();
});

/** Three fresh items per run: plenty in stock, little in stock, and one that allows backorders. */
async function freshRun(): Promise<Run> {
  const specs = [{ priceCents: 1999, onHand: 30 }, { priceCents: 3333, onHand: 2 }, { priceCents: 750, onHand: 0 }];
  const items = [];
  for (const spec of specs) {
    const { product, item } = await makeItem(db, spec);
    items.push({ id: item.id, productId: product.id, priceCents: spec.priceCents });
  }
  await db.prisma.inventoryItem.update({ where: { id: items[2].id }, data: { allowBackorder: true } });
  return { items, orders: [], codes: [], drafts: [] };
}

class LedgerBroken extends Error {}

const played = { sequences: 0, steps: 0 };

async function playSequence(ops: Operation[]) {
  const run = await freshRun();
  played.sequences++;
  let before = await readRun(db, run);
  for (const [n, o] of ops.entries()) {
    played.steps++;
    const where = `step ${n + 1} ${JSON.stringify(o)}`;
    const rest = o.op === 'refundAll' && o.restock ? refundableRest(before, run.orders[o.order % Math.max(1, run.orders.length)]) : null;
    let refused: ShopError | null = null;
    let skipped: number[] = [];
    try {
      skipped = (await play(db, run, o, n)).skipped;
    } catch (error) {
      if (!(error instanceof ShopError)) throw new LedgerBroken(`${where}: unexpected ${String((error as Error)?.stack ?? error)}`);
      refused = error;
    }
    const after = await readRun(db, run);
    if (refused && snapshot(after) !== snapshot(before)) throw new LedgerBroken(`${where}: refused (${refused.name}: ${refused.message}) but the shop changed`);
    for (const id of skipped) {
      const pick = (s: typeof after) => JSON.stringify(s.orders.find((x) => x.id === id));
      if (pick(after) !== pick(before)) throw new LedgerBroken(`${where}: order ${id} was skipped but changed`);
    }
    // A never-edited, fully captured order: refunding every unit and the shipping gives back exactly what is left.
    if (rest !== null && rest > 0) {
      const o2 = after.orders.find((x) => x.id === run.orders[(o as { order: number }).order % run.orders.length])!;
      const left = o2.transactions.filter((t) => t.status === 'SUCCESS').reduce((m, t) => m + (t.kind === 'REFUND' ? -t.amountCents : t.kind === 'CAPTURE' || t.kind === 'SALE' ? t.amountCents : 0), 0);
      if (refused || left !== 0) throw new LedgerBroken(`${where}: refunding everything left on ${o2.name} should give back ${rest}; ${refused ? `refused: ${refused.message}` : `${left} is still held`}`);
    }
    const wrong = violations(after);
    if (wrong.length) throw new LedgerBroken(`${where}${refused ? ` (refused: ${refused.message})` : ''}:\n  ${wrong.join('\n  ')}`);
    before = after; // the next step starts from what this one left (read once per step)
  }
}

test(`the ledgers hold after every step of ${RUNS} random runs of about ${STEPS} operations (seed ${SEED})`, async () => {
  const property = fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 2 * STEPS, size: 'max' }), (ops) => {
    const attempt = playSequence(ops);
    inFlight = attempt;
    return attempt;
  });
  try {
    await fc.assert(property, { seed: SEED, numRuns: RUNS, verbose: 1, plugins: [fc.interruptAfterTimeLimit(BUDGET_MS)] });
    console.log(`ledger property: ${played.sequences} sequences, ${played.steps} steps checked (seed ${SEED})`);
  } catch (error) {
    const cause = (error as Error & { cause?: Error }).cause;
    throw new Error(`ledger property failed (replay with COUNTER_PROPERTY_SEED=${SEED}):\n${cause ? `${cause.message}\n\n` : ''}${(error as Error).message}`);
  }
}, 60 * 60_000);

// The invariants themselves can fail: each corruption below, written into the rows by hand, is reported.
test('the invariants catch a refund one cent too much, stock off its ledger, a wrong status, a stray commitment', async () => {
  const run = await freshRun();
  await play(db, run, { op: 'place', lines: [{ item: 0, quantity: 2 }], shippingCents: 500, payment: 'sale', discount: null }, 0);
  await play(db, run, { op: 'refund', order: 0, lines: [{ line: 0, quantity: 1 }], shippingPercent: 0, restock: true }, 1);
  expect(violations(await readRun(db, run))).toEqual([]);
  const [orderId] = run.orders;
  const refund = await db.prisma.refund.findFirstOrThrow({ where: { orderId } });
  const line = await db.prisma.orderLine.findFirstOrThrow({ where: { orderId } });
  const corruptions: Array<[string, () => Promise<unknown>, () => Promise<unknown>, RegExp]> = [
    ['refund transaction +1 cent', () => db.prisma.paymentTransaction.updateMany({ where: { orderId, kind: 'REFUND' }, data: { amountCents: { increment: 1 } } }), () => db.prisma.paymentTransaction.updateMany({ where: { orderId, kind: 'REFUND' }, data: { amountCents: { decrement: 1 } } }), /REFUND transactions 2000 ≠ Σ Refund.amountCents 1999/],
    ['refund row and transaction +1 cent', async () => { await db.prisma.refund.update({ where: { id: refund.id }, data: { amountCents: { increment: 1 } } }); await db.prisma.paymentTransaction.updateMany({ where: { orderId, kind: 'REFUND' }, data: { amountCents: { increment: 1 } } }); }, async () => { await db.prisma.refund.update({ where: { id: refund.id }, data: { amountCents: { decrement: 1 } } }); await db.prisma.paymentTransaction.updateMany({ where: { orderId, kind: 'REFUND' }, data: { amountCents: { decrement: 1 } } }); }, /refund \d+: 2000 ≠ Σ its lines 1999 \+ shipping 0/],
    ['on hand off its movements', () => db.prisma.inventoryItem.update({ where: { id: run.items[0].id }, data: { onHand: { increment: 1 } } }), () => db.prisma.inventoryItem.update({ where: { id: run.items[0].id }, data: { onHand: { decrement: 1 } } }), /onHand 31 ≠ Σ onHandDelta 30/],
    ['a commitment no order holds', () => db.prisma.stockMovement.create({ data: { inventoryItemId: run.items[1].id, reason: 'MANUAL_ADJUSTMENT', committedDelta: 1 } }).then(() => db.prisma.inventoryItem.update({ where: { id: run.items[1].id }, data: { committed: 1 } })), () => db.prisma.stockMovement.create({ data: { inventoryItemId: run.items[1].id, reason: 'MANUAL_ADJUSTMENT', committedDelta: -1 } }).then(() => db.prisma.inventoryItem.update({ where: { id: run.items[1].id }, data: { committed: 0 } })), /committed 1 ≠ open orders' unshipped units 0/],
    ['a status typed in', () => db.prisma.order.update({ where: { id: orderId }, data: { financialStatus: 'PAID' } }), () => db.prisma.order.update({ where: { id: orderId }, data: { financialStatus: 'PARTIALLY_REFUNDED' } }), /financialStatus PAID, the ledger says PARTIALLY_REFUNDED/],
    ['refunded quantity off its refund lines', () => db.prisma.orderLine.update({ where: { id: line.id }, data: { refundedQuantity: 2 } }), () => db.prisma.orderLine.update({ where: { id: line.id }, data: { refundedQuantity: 1 } }), /Σ RefundLine.quantity 1 ≠ refundedQuantity 2/],
  ];
  for (const [what, corrupt, repair, report] of corruptions) {
    await corrupt();
    expect([what, violations(await readRun(db, run)).join('\n')]).toEqual([what, expect.stringMatching(report)]);
    await repair();
    expect([what, violations(await readRun(db, run))]).toEqual([what, []]);
  }
});
