// The order desk's money and stock actions on a real order, as each role: a role the shop's table
// refuses gets 403 with a well-formed request (one that would work for an allowed role) and the
// database does not change; an allowed role's same request goes through.
import type { StaffRole } from '@prisma/client';
import { ADMIN_PATH, startTestShop, type TestShop } from '../support/app.js';
import { makeItem, makeOrder } from '../support/fixtures.js';
import { dumpShop } from '../support/dump.js';
import { ALL_ROLES, rolesOf } from '../support/roles.js';

let shop: TestShop;
beforeAll(async () => {
  shop = await startTestShop();
});
afterAll(() => shop.stop());

type Agent = Awaited<ReturnType<TestShop['login']>>;
interface Sample {
  roles: string; // who may (hand-written, DOMAIN.md "Staff permissions")
  payment: 'authorize' | 'sale';
  send(agent: Agent, order: { id: number; lineId: number }): ReturnType<Agent['post']>;
}
const record = (id: number, action: string) => `${ADMIN_PATH}/api/resources/Order/records/${id}/${action}`;
const bulk = (id: number, action: string) => `${ADMIN_PATH}/api/resources/Order/bulk/${action}?recordIds=${id}`;

const SAMPLES: Record<string, Sample> = {
  cancel: { roles: 'OM', payment: 'sale', send: (a, o) => a.post(record(o.id, 'cancel')).field('reason', 'CUSTOMER').field('restock', 'true') },
  capture: { roles: 'OM', payment: 'authorize', send: (a, o) => a.post(bulk(o.id, 'capture')) },
  capturePayment: { roles: 'OM', payment: 'authorize', send: (a, o) => a.post(record(o.id, 'capturePayment')).field('amount', '10.00') },
  refund: { roles: 'OM', payment: 'sale', send: (a, o) => a.post(record(o.id, 'refund')).field('lines', JSON.stringify([{ orderLineId: o.lineId, quantity: 1 }])).field('restock', 'true') },
  duplicate: { roles: 'OMS', payment: 'sale', send: (a, o) => a.post(record(o.id, 'duplicate')) },
  editLines: { roles: 'OM', payment: 'sale', send: (a, o) => a.post(record(o.id, 'editLines')).field('changes', JSON.stringify([{ orderLineId: o.lineId, quantity: 3 }])) },
  fulfil: { roles: 'OMW', payment: 'sale', send: (a, o) => a.post(bulk(o.id, 'fulfil')).field('carrier', 'DHL') },
  fulfilItems: { roles: 'OMW', payment: 'sale', send: (a, o) => a.post(record(o.id, 'fulfilItems')).field('lines', JSON.stringify([{ orderLineId: o.lineId, quantity: 1 }])).field('carrier', 'DHL').field('trackingNumber', 'JD1') },
};

async function freshOrder(payment: Sample['payment']) {
  const { item } = await makeItem(shop.db, { onHand: 20, priceCents: 2500 });
  const order = await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 2 }], { payment, shippingCents: 500 });
  const line = await shop.db.prisma.orderLine.findFirstOrThrow({ where: { orderId: order.id } });
  return { id: order.id, lineId: line.id };
}

describe.each(Object.entries(SAMPLES))('%s on a real order', (action, sample) => {
  test.each(ALL_ROLES)('as %s', async (role: StaffRole) => {
    const order = await freshOrder(sample.payment);
    const agent = await shop.login(role);
    const before = await dumpShop(shop.db.prisma);
    const res = await sample.send(agent, order);
    if (rolesOf(sample.roles).includes(role)) {
      expect([action, role, res.status]).toEqual([action, role, 200]);
      expect(res.body.notice?.type).toBe('success');
      expect(await dumpShop(shop.db.prisma)).not.toEqual(before);
    } else {
      expect([action, role, res.status]).toEqual([action, role, 403]);
      expect(await dumpShop(shop.db.prisma)).toEqual(before);
    }
  });
});

// Recording a payment is a money operation like capture (managers only): support may complete a
// draft (payment pending) but not mark it paid, which would record a SALE of whatever the draft says.
test('support completing a draft with "the customer has paid" records no payment', async () => {
  const { item } = await makeItem(shop.db, { onHand: 5, priceCents: 4000 });
  const draft = await shop.db.prisma.draftOrder.create({
    data: { name: `#D-support-${item.id}`, email: 'buyer@example.test', lines: { create: [{ productId: item.productId, title: 'Gift', unitPriceCents: 4000, quantity: 1 }] } },
  });
  const support = await shop.login('SUPPORT');
  const res = await support.post(`${ADMIN_PATH}/api/resources/DraftOrder/records/${draft.id}/complete`).field('markPaid', 'true');
  const order = await shop.db.prisma.draftOrder.findUniqueOrThrow({ where: { id: draft.id } });
  const sales = order.orderId ? await shop.db.prisma.paymentTransaction.count({ where: { orderId: order.orderId } }) : 0;
  expect({ status: res.status === 403 || res.status === 409 || res.status === 422 ? 'refused' : res.status, sales }).toEqual({ status: 'refused', sales: 0 });
});
