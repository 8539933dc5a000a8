import { fulfilItems, type FulfilItemsInput } from '../../../src/services/orders/fulfil-items.js';
import { fulfilOrders } from '../../../src/services/orders/fulfil.js';
import { refundOrder } from '../../../src/services/orders/refund.js';
import { editOrderLines } from '../../../src/services/orders/edit.js';
import { InvalidInput, NotFound, Refused } from '../../../src/services/errors.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';
import { makeItem, makeOrder, stockOf } from '../../support/fixtures.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

const ship = (input: Omit<FulfilItemsInput, 'mailMode'>) => fulfilItems(db, { mailMode: 'local', ...input });

async function twoLineOrder(opts: { payment?: 'none' | 'authorize' | 'sale' } = {}) {
  const { item: tote } = await makeItem(db, { onHand: 10, title: 'Tote', priceCents: 2000 });
  const { item: mug } = await makeItem(db, { onHand: 10, title: 'Mug', priceCents: 1000 });
  const order = await makeOrder(db, [{ inventoryItemId: tote.id, quantity: 3 }, { inventoryItemId: mug.id, quantity: 2 }], { payment: opts.payment ?? 'sale' });
  const lines = await db.prisma.orderLine.findMany({ where: { orderId: order.id }, orderBy: { id: 'asc' } });
  return { order, tote, mug, toteLine: lines[0], mugLine: lines[1] };
}

const saved = (orderId: number) => db.prisma.order.findUniqueOrThrow({
  where: { id: orderId },
  include: { lines: { orderBy: { id: 'asc' } }, fulfillments: { orderBy: { id: 'asc' }, include: { lines: true } }, events: { orderBy: { id: 'asc' } } },
});

test('two parcels with their own tracking: partially, then fully fulfilled; stock moves by what ships', async () => {
  const { order, tote, mug, toteLine, mugLine } = await twoLineOrder();
  const first = await ship({ orderId: order.id, lines: [{ orderLineId: toteLine.id, quantity: 2 }, { orderLineId: mugLine.id, quantity: '1' }], carrier: 'Colissimo', trackingNumber: '8Z1', staffUserId: null });
  expect(first).toMatchObject({ orderId: order.id, units: 3, left: 2, fulfillmentStatus: 'PARTIALLY_FULFILLED' });
  expect(await stockOf(db, tote.id)).toEqual({ onHand: 8, committed: 1 });
  expect(await stockOf(db, mug.id)).toEqual({ onHand: 9, committed: 1 });
  let now = await saved(order.id);
  expect(now.fulfillmentStatus).toBe('PARTIALLY_FULFILLED');
  expect(now.lines.map((l) => l.fulfilledQuantity)).toEqual([2, 1]);

  // The second parcel: everything that remains (no lines given), another carrier, no email.
  const second = await ship({ orderId: order.id, carrier: 'DPD', trackingNumber: 'DPD-22', notifyCustomer: false });
  expect(second).toMatchObject({ units: 2, left: 0, fulfillmentStatus: 'FULFILLED' });
  expect(await stockOf(db, tote.id)).toEqual({ onHand: 7, committed: 0 });
  expect(await stockOf(db, mug.id)).toEqual({ onHand: 8, committed: 0 });
  now = await saved(order.id);
  expect(now.fulfillmentStatus).toBe('FULFILLED');
  expect(now.lines.map((l) => l.fulfilledQuantity)).toEqual([3, 2]);
  expect(now.fulfillments.map((f) => [f.carrier, f.trackingNumber, f.lines.map((l) => [l.orderLineId, l.quantity])])).toEqual([
    ['Colissimo', '8Z1', [[toteLine.id, 2], [mugLine.id, 1]]],
    ['DPD', 'DPD-22', [[toteLine.id, 1], [mugLine.id, 1]]],
  ]);
  expect(now.events.filter((e) => e.action === 'order.fulfilled').map((e) => e.message)).toEqual(['Fulfilled 3 items · Colissimo 8Z1', 'Fulfilled 2 items · DPD DPD-22']);
  const mails = await db.prisma.mailMessage.findMany({ where: { orderId: order.id, kind: 'shipping-confirmation' } });
  expect(mails).toHaveLength(1);
  expect(mails[0].text).toContain('8Z1');
  expect(mails[0].text).toContain('2 × Tote');

  // Nothing is left: refused, nothing written.
  await expect(ship({ orderId: order.id })).rejects.toThrow(new Refused(`${order.name} has nothing left to ship.`));
  expect(await db.prisma.fulfillment.count({ where: { orderId: order.id } })).toBe(2);
});

test('a parcel after a bulk fulfil is refused; the bulk fulfil ships what parcels left', async () => {
  const { order, tote, toteLine } = await twoLineOrder();
  await ship({ orderId: order.id, lines: [{ orderLineId: toteLine.id, quantity: 1 }] });
  const bulk = await fulfilOrders(db, { orderIds: [order.id], mailMode: 'local', carrier: 'UPS' });
  expect(bulk.done).toHaveLength(1);
  const now = await saved(order.id);
  expect(now.fulfillmentStatus).toBe('FULFILLED');
  expect(now.fulfillments[1].lines.map((l) => l.quantity).sort()).toEqual([2, 2]);
  expect(await stockOf(db, tote.id)).toEqual({ onHand: 7, committed: 0 });
  await expect(ship({ orderId: order.id })).rejects.toThrow(/nothing left to ship/);
});

test('over-shipping, unknown lines, doubled lines and bad quantities are refused and change nothing', async () => {
  const { order, tote, toteLine, mugLine } = await twoLineOrder();
  await expect(ship({ orderId: order.id, lines: [{ orderLineId: toteLine.id, quantity: 4 }] })).rejects.toThrow(new InvalidInput('Only 3 units of Tote can still be shipped.'));
  await ship({ orderId: order.id, lines: [{ orderLineId: toteLine.id, quantity: 3 }] });
  await expect(ship({ orderId: order.id, lines: [{ orderLineId: toteLine.id, quantity: 1 }] })).rejects.toThrow(new InvalidInput('Nothing of Tote is left to ship.'));
  await expect(ship({ orderId: order.id, lines: [{ orderLineId: mugLine.id, quantity: 3 }] })).rejects.toThrow('Only 2 units of Mug can still be shipped.');
  await expect(ship({ orderId: order.id, lines: [{ orderLineId: 999_999, quantity: 1 }] })).rejects.toThrow(`Line 999999 is not part of order ${order.name}.`);
  await expect(ship({ orderId: order.id, lines: [{ orderLineId: mugLine.id, quantity: 1 }, { orderLineId: mugLine.id, quantity: 1 }] })).rejects.toThrow('A line appears twice in the shipment.');
  await expect(ship({ orderId: order.id, lines: [{ orderLineId: mugLine.id, quantity: 0 }] })).rejects.toThrow('Choose at least one unit to ship.');
  for (const quantity of ['1.5', '1e0', '0x1', ' ', -1, 1.5, true, [1], '２'] as unknown[]) {
    await expect(ship({ orderId: order.id, lines: [{ orderLineId: mugLine.id, quantity: quantity as number }] })).rejects.toThrow(InvalidInput);
  }
  await expect(ship({ orderId: order.id, lines: 'all' as never })).rejects.toThrow('The lines to ship could not be read.');
  await expect(ship({ orderId: order.id, carrier: 'x'.repeat(101) })).rejects.toThrow(/too long/);
  await expect(ship({ orderId: 999_999 })).rejects.toThrow(NotFound);
  const now = await saved(order.id);
  expect(now.lines.map((l) => l.fulfilledQuantity)).toEqual([3, 0]);
  expect(now.fulfillments).toHaveLength(1);
  expect(await stockOf(db, tote.id)).toEqual({ onHand: 7, committed: 0 });
});

test('removed and refunded units never ship', async () => {
  const { order, tote, mug, toteLine, mugLine } = await twoLineOrder();
  // One tote refunded before shipping (it leaves the order), the mugs edited from 2 down to 1.
  await refundOrder(db, { orderId: order.id, lines: [{ orderLineId: toteLine.id, quantity: 1 }], restock: true, mailMode: 'local' });
  await editOrderLines(db, { orderId: order.id, changes: [{ orderLineId: mugLine.id, quantity: 1 }] });
  await expect(ship({ orderId: order.id, lines: [{ orderLineId: toteLine.id, quantity: 3 }] })).rejects.toThrow('Only 2 units of Tote can still be shipped.');
  await expect(ship({ orderId: order.id, lines: [{ orderLineId: mugLine.id, quantity: 2 }] })).rejects.toThrow('Only 1 unit of Mug can still be shipped.');
  const r = await ship({ orderId: order.id });
  expect(r).toMatchObject({ units: 3, left: 0, fulfillmentStatus: 'FULFILLED' });
  const now = await saved(order.id);
  expect(now.lines.map((l) => [l.quantity, l.fulfilledQuantity, l.removedQuantity])).toEqual([[3, 2, 1], [1, 1, 0]]);
  expect(await stockOf(db, tote.id)).toEqual({ onHand: 8, committed: 0 });
  expect(await stockOf(db, mug.id)).toEqual({ onHand: 9, committed: 0 });
});

test('cancelled, archived and held orders are refused with the reason', async () => {
  const a = await twoLineOrder();
  await db.prisma.order.update({ where: { id: a.order.id }, data: { cancelledAt: new Date() } });
  await expect(ship({ orderId: a.order.id })).rejects.toThrow(new Refused(`${a.order.name} cannot be fulfilled: it is cancelled.`));
  const b = await twoLineOrder();
  await db.prisma.order.update({ where: { id: b.order.id }, data: { archivedAt: new Date() } });
  await expect(ship({ orderId: b.order.id })).rejects.toThrow(`${b.order.name} cannot be fulfilled: it is archived.`);
  const c = await twoLineOrder();
  await db.prisma.order.update({ where: { id: c.order.id }, data: { fulfilmentHold: 'Address check' } });
  await expect(ship({ orderId: c.order.id })).rejects.toThrow(`${c.order.name} cannot be fulfilled: it is on hold: Address check.`);
  expect(await db.prisma.fulfillment.count({ where: { orderId: { in: [a.order.id, b.order.id, c.order.id] } } })).toBe(0);
  expect(await stockOf(db, a.tote.id)).toEqual({ onHand: 10, committed: 3 });
});

test('an unpaid or partly paid order ships only once the staff member confirms', async () => {
  const { order, toteLine } = await twoLineOrder({ payment: 'authorize' });
  await expect(ship({ orderId: order.id, lines: [{ orderLineId: toteLine.id, quantity: 1 }] }))
    .rejects.toThrow(new Refused(`${order.name} is not fully paid: €80.00 of €80.00 is still due. Confirm to ship it anyway.`));
  expect(await db.prisma.fulfillment.count({ where: { orderId: order.id } })).toBe(0);
  const r = await ship({ orderId: order.id, lines: [{ orderLineId: toteLine.id, quantity: 1 }], confirmUnpaid: true });
  expect(r.fulfillmentStatus).toBe('PARTIALLY_FULFILLED');
  const paid = await twoLineOrder();
  await expect(ship({ orderId: paid.order.id })).resolves.toMatchObject({ fulfillmentStatus: 'FULFILLED' });
});

test('not enough on hand: refused with the SKU and what is there', async () => {
  const { item } = await makeItem(db, { onHand: 1, sku: 'LAMP-1' });
  const order = await makeOrder(db, [{ inventoryItemId: item.id, quantity: 3 }]);
  const line = await db.prisma.orderLine.findFirstOrThrow({ where: { orderId: order.id } });
  await expect(ship({ orderId: order.id })).rejects.toThrow(new Refused('Not enough stock of LAMP-1: 1 on hand.'));
  await expect(ship({ orderId: order.id, lines: [{ orderLineId: line.id, quantity: 1 }] })).resolves.toMatchObject({ units: 1, left: 2 });
  expect(await stockOf(db, item.id)).toEqual({ onHand: 0, committed: 2 });
});

test('the same idempotency key ships once; two keys at once for the last unit ship it once', async () => {
  const { order, tote, toteLine } = await twoLineOrder();
  const input = { orderId: order.id, lines: [{ orderLineId: toteLine.id, quantity: 2 }], carrier: 'DPD', idempotencyKey: `parcel-${order.id}` };
  const [a, b] = await Promise.all([ship(input), ship(input)]);
  expect(a).toEqual(b);
  await expect(ship({ ...input, lines: [{ orderLineId: toteLine.id, quantity: 1 }] })).rejects.toThrow(/idempotency key/);
  expect(await db.prisma.fulfillment.count({ where: { orderId: order.id } })).toBe(1);

  // One tote left: ten staff press "Ship" for it at once, each with their own form's key.
  const last = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => ship({ orderId: order.id, lines: [{ orderLineId: toteLine.id, quantity: 1 }], idempotencyKey: `last-${order.id}-${i}` })));
  expect(last.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  for (const r of last) if (r.status === 'rejected') expect((r.reason as Error).message).toBe('Nothing of Tote is left to ship.');
  expect((await db.prisma.orderLine.findUniqueOrThrow({ where: { id: toteLine.id } })).fulfilledQuantity).toBe(3);
  expect(await stockOf(db, tote.id)).toEqual({ onHand: 7, committed: 0 });
});
