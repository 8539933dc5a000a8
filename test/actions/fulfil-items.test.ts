// "Fulfil items" on one order through HTTP: parcels with their own tracking, refusals as 4xx notices
// (in French for a French staff member), the unpaid confirmation, roles, and the database afterwards.
import { ADMIN_PATH, startTestShop, type TestShop } from '../support/app.js';
import { makeItem, makeOrder, stockOf } from '../support/fixtures.js';
import { refusalIn } from '../../src/actions/notices.js';

let shop: TestShop;
beforeAll(async () => {
  shop = await startTestShop();
});
afterAll(() => shop.stop());

type Agent = Awaited<ReturnType<TestShop['login']>>;
const action = (id: number, name: string) => `${ADMIN_PATH}/api/resources/Order/records/${id}/${name}`;
const ship = (a: Agent, orderId: number, fields: Record<string, string>) => {
  let req = a.post(action(orderId, 'fulfilItems'));
  for (const [k, v] of Object.entries(fields)) req = req.field(k, v);
  return req;
};

async function order(payment: 'sale' | 'authorize' = 'sale') {
  const { item: tote } = await makeItem(shop.db, { onHand: 10, title: 'Tote', priceCents: 2000 });
  const { item: mug } = await makeItem(shop.db, { onHand: 10, title: 'Mug', priceCents: 1000 });
  const placed = await makeOrder(shop.db, [{ inventoryItemId: tote.id, quantity: 3 }, { inventoryItemId: mug.id, quantity: 1 }], { payment });
  const [toteLine, mugLine] = await shop.db.prisma.orderLine.findMany({ where: { orderId: placed.id }, orderBy: { id: 'asc' } });
  return { placed, tote, mug, toteLine, mugLine };
}

test('a warehouse member ships two parcels; the form gets the lines; the notices say what is left', async () => {
  const { placed, tote, toteLine, mugLine } = await order();
  const warehouse = await shop.login('WAREHOUSE');
  const form = await warehouse.get(action(placed.id, 'fulfilItems'));
  expect(form.status).toBe(200);
  expect(form.body.record.details.lines.map((l: { id: number }) => l.id)).toEqual([toteLine.id, mugLine.id]);

  const first = await ship(warehouse, placed.id, { lines: JSON.stringify([{ orderLineId: toteLine.id, quantity: '2' }]), carrier: 'Colissimo', trackingNumber: '8Z1', notifyCustomer: 'true', idempotencyKey: `p1-${placed.id}` });
  expect(first.status).toBe(200);
  expect(first.body.notice).toEqual({ message: `Shipped 2 items of ${placed.name}. 2 items still to ship.`, type: 'success' });
  expect(first.body.redirectUrl).toBe(`${ADMIN_PATH}/resources/Order/records/${placed.id}/show`);
  // The same form sent twice ships once.
  expect((await ship(warehouse, placed.id, { lines: JSON.stringify([{ orderLineId: toteLine.id, quantity: '2' }]), carrier: 'Colissimo', trackingNumber: '8Z1', notifyCustomer: 'true', idempotencyKey: `p1-${placed.id}` })).status).toBe(200);
  expect(await shop.db.prisma.fulfillment.count({ where: { orderId: placed.id } })).toBe(1);
  expect((await shop.db.prisma.order.findUniqueOrThrow({ where: { id: placed.id } })).fulfillmentStatus).toBe('PARTIALLY_FULFILLED');

  const second = await ship(warehouse, placed.id, { carrier: 'DPD', trackingNumber: 'DPD-9', notifyCustomer: 'false' });
  expect(second.body.notice.message).toBe(`Shipped 2 items of ${placed.name}. ${placed.name} is fulfilled.`);
  const saved = await shop.db.prisma.order.findUniqueOrThrow({ where: { id: placed.id }, include: { fulfillments: { orderBy: { id: 'asc' }, include: { lines: true } } } });
  expect(saved.fulfillmentStatus).toBe('FULFILLED');
  expect(saved.fulfillments.map((f) => [f.carrier, f.trackingNumber, f.staffUserId, f.lines.reduce((n, l) => n + l.quantity, 0)])).toEqual([
    ['Colissimo', '8Z1', shop.staff.WAREHOUSE.id, 2], ['DPD', 'DPD-9', shop.staff.WAREHOUSE.id, 2],
  ]);
  expect(await shop.db.prisma.mailMessage.count({ where: { orderId: placed.id, kind: 'shipping-confirmation' } })).toBe(1);
  expect(await stockOf(shop.db, tote.id)).toEqual({ onHand: 7, committed: 0 });
  // The order page shows both parcels and their timeline entries.
  const page = await warehouse.get(action(placed.id, 'show'));
  expect(page.body.record.details.fulfillments.map((f: { trackingNumber: string }) => f.trackingNumber)).toEqual(['8Z1', 'DPD-9']);
  expect(page.body.record.details.timeline.filter((e: { action: string }) => e.action === 'order.fulfilled').map((e: { message: string }) => e.message)).toEqual(['Fulfilled 2 items · DPD DPD-9', 'Fulfilled 2 items · Colissimo 8Z1']);
});

test('refusals are 4xx notices that change nothing; in French for a French staff member', async () => {
  const { placed, toteLine } = await order();
  const manager = await shop.login('MANAGER');
  const cases: Array<[Record<string, string>, number, string]> = [
    [{ lines: JSON.stringify([{ orderLineId: toteLine.id, quantity: 4 }]) }, 422, 'Only 3 units of Tote can still be shipped.'],
    [{ lines: JSON.stringify([{ orderLineId: toteLine.id, quantity: '1.0' }]) }, 422, 'Each quantity must be a whole number.'],
    [{ lines: JSON.stringify([{ orderLineId: toteLine.id, quantity: '1e0' }]) }, 422, 'Each quantity must be a whole number.'],
    [{ lines: JSON.stringify([{ orderLineId: toteLine.id, quantity: -1 }]) }, 422, 'Each quantity cannot be negative.'],
    [{ lines: 'not json' }, 422, 'The lines to ship could not be read.'],
    [{ lines: JSON.stringify([{ orderLineId: toteLine.id, quantity: 0 }]) }, 422, 'Choose at least one unit to ship.'],
    [{ notifyCustomer: 'maybe' }, 422, 'Notify the customer must be yes or no.'],
  ];
  for (const [fields, status, message] of cases) {
    const res = await ship(manager, placed.id, fields);
    expect([fields, res.status, res.body.notice?.message]).toEqual([fields, status, message]);
  }
  expect(await shop.db.prisma.fulfillment.count({ where: { orderId: placed.id } })).toBe(0);

  await shop.db.prisma.staffUser.update({ where: { id: shop.staff.MANAGER.id }, data: { locale: 'fr' } });
  try {
    const french = await shop.login('MANAGER');
    const over = await ship(french, placed.id, { lines: JSON.stringify([{ orderLineId: toteLine.id, quantity: 4 }]) });
    expect(over.body.notice.message).toBe('Seules 3 unités de Tote peuvent encore être expédiées.');
    const done = await ship(french, placed.id, { lines: JSON.stringify([{ orderLineId: toteLine.id, quantity: 1 }]) });
    expect(done.body.notice.message).toBe(`1 article de ${placed.name} expédié. Restent 3 articles à expédier.`);
    await shop.db.prisma.order.update({ where: { id: placed.id }, data: { archivedAt: new Date() } });
    const archived = await ship(french, placed.id, {});
    expect([archived.status, archived.body.notice.message]).toEqual([409, `${placed.name} ne peut pas être expédiée : elle est archivée ; désarchivez-la d’abord.`]);
  } finally {
    await shop.db.prisma.staffUser.update({ where: { id: shop.staff.MANAGER.id }, data: { locale: 'en' } });
  }
});

test('cancelled and archived orders are refused with the reason; the button is not offered on a cancelled one', async () => {
  const a = await order();
  const b = await order();
  await shop.db.prisma.order.update({ where: { id: a.placed.id }, data: { cancelledAt: new Date() } });
  await shop.db.prisma.order.update({ where: { id: b.placed.id }, data: { archivedAt: new Date() } });
  const owner = await shop.login('OWNER');
  const cancelled = await ship(owner, a.placed.id, {});
  expect([cancelled.status, cancelled.body.notice.message]).toEqual([409, `${a.placed.name} cannot be fulfilled: it is cancelled.`]);
  const archived = await ship(owner, b.placed.id, {});
  expect([archived.status, archived.body.notice.message]).toEqual([409, `${b.placed.name} cannot be fulfilled: it is archived.`]);
  const page = await owner.get(action(a.placed.id, 'show'));
  expect(page.body.record.recordActions.map((x: { name: string }) => x.name)).not.toContain('fulfilItems');
  const open = await owner.get(action(b.placed.id, 'show'));
  expect(open.body.record.recordActions.map((x: { name: string }) => x.name)).toContain('fulfilItems');
  expect(await shop.db.prisma.fulfillment.count({ where: { orderId: { in: [a.placed.id, b.placed.id] } } })).toBe(0);
});

test('an unpaid order asks first: refused without the confirmation, shipped with it', async () => {
  const { placed, mugLine } = await order('authorize');
  const manager = await shop.login('MANAGER');
  const lines = JSON.stringify([{ orderLineId: mugLine.id, quantity: 1 }]);
  const asked = await ship(manager, placed.id, { lines, carrier: 'DHL' });
  expect([asked.status, asked.body.notice.message]).toEqual([409, `${placed.name} is not fully paid: €70.00 of €70.00 is still due. Confirm to ship it anyway.`]);
  expect(await shop.db.prisma.fulfillment.count({ where: { orderId: placed.id } })).toBe(0);
  const bad = await ship(manager, placed.id, { lines, confirmUnpaid: 'yes please' });
  expect(bad.status).toBe(422);
  const confirmed = await ship(manager, placed.id, { lines, carrier: 'DHL', confirmUnpaid: 'true' });
  expect(confirmed.status).toBe(200);
  expect((await shop.db.prisma.order.findUniqueOrThrow({ where: { id: placed.id } })).fulfillmentStatus).toBe('PARTIALLY_FULFILLED');
});

test('support may not ship (403, nothing changes); the bulk fulfil still ships what parcels left', async () => {
  const { placed, toteLine } = await order();
  const support = await shop.login('SUPPORT');
  expect((await ship(support, placed.id, {})).status).toBe(403);
  expect(await shop.db.prisma.fulfillment.count({ where: { orderId: placed.id } })).toBe(0);
  const manager = await shop.login('MANAGER');
  await ship(manager, placed.id, { lines: JSON.stringify([{ orderLineId: toteLine.id, quantity: 1 }]), notifyCustomer: 'false' });
  const bulk = await manager.post(`${ADMIN_PATH}/api/resources/Order/bulk/fulfil?recordIds=${placed.id}`).field('carrier', 'UPS').field('notifyCustomer', 'false');
  expect(bulk.body.notice.message).toBe('1 fulfilled');
  const lines = await shop.db.prisma.orderLine.findMany({ where: { orderId: placed.id }, orderBy: { id: 'asc' } });
  expect(lines.map((l) => l.fulfilledQuantity)).toEqual([3, 1]);
});

test('every refusal of Fulfil items has its French', () => {
  const english = [
    '#1001 cannot be fulfilled: it is cancelled.', '#1001 cannot be fulfilled: it is on hold: Address check.', '#1001 has nothing left to ship.',
    'Nothing of Tote is left to ship.', 'Only 1 unit of Tote can still be shipped.', 'A line appears twice in the shipment.',
    '#1001 is not fully paid: €1,070.00 of €1,070.00 is still due. Confirm to ship it anyway.', 'Carrier is too long (100 characters at most).',
    'Ship although unpaid must be yes or no.', 'Tracking number must be text.',
  ];
  const french = english.map((m) => refusalIn('fr', m));
  expect(french.filter((m, i) => m === english[i])).toEqual([]);
  expect(french[6]).toBe("#1001 n'est pas entièrement payée : 1\u202f070,00\u00a0€ sur 1\u202f070,00\u00a0€ restent dus. Confirmez pour l’expédier quand même.");
});
