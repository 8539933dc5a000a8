// Fraud signals, "Rescore risk": orders placed before the plugin was on ("not scored") get their score
// and reasons from the same rules, over HTTP; only owners and managers may run it; the notices and
// the plugin's words follow the staff member's language.
import { ADMIN_PATH, startTestShop, type TestShop } from '../support/app.js';
import { makeItem, makeOrder } from '../support/fixtures.js';
import { fraudSignals } from '../../src/plugins-builtin/fraud-signals/index.js';
import { timelineEntry } from '../../src/components/timeline-words.js';
import { fraudLocales } from '../../src/plugins-builtin/fraud-signals/words.js';

let shop: TestShop;
let unscored: { id: number; name: string };
let plain: { id: number; name: string };

const bulk = (action: string, ids: number[]) => `${ADMIN_PATH}/api/resources/Order/bulk/${action}?recordIds=${ids.join(',')}`;
const address = (country: string) => ({ name: 'Ada Lovelace', address1: '12 Ada Road', city: 'Berlin', zip: '10115', country });
const risk = (id: number) => shop.db.prisma.order.findUniqueOrThrow({ where: { id }, select: { riskScore: true, riskReasons: true } });

beforeAll(async () => {
  shop = await startTestShop({ plugins: [fraudSignals] });
  const { item } = await makeItem(shop.db, { onHand: 20 });
  unscored = await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 1 }], { email: 'far@example.test', shippingAddress: address('DE'), billingAddress: address('FR') });
  plain = await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 1 }], { email: 'near@example.test' });
  await shop.events.idle();
  // As if placed before the plugin was on: no score, no timeline entry.
  await shop.db.prisma.order.updateMany({ where: { id: { in: [unscored.id, plain.id] } }, data: { riskScore: null, riskReasons: null } });
  await shop.db.prisma.auditEvent.deleteMany({ where: { action: 'order.risk_scored' } });
});
afterAll(() => shop.stop());

test('support and warehouse get 403 and nothing changes', async () => {
  for (const role of ['SUPPORT', 'WAREHOUSE'] as const) {
    const agent = await shop.login(role);
    expect((await agent.post(bulk('rescoreRisk', [unscored.id]))).status).toBe(403);
    expect((await agent.get(bulk('rescoreRisk', [unscored.id]))).status).toBe(403);
  }
  expect(await risk(unscored.id)).toEqual({ riskScore: null, riskReasons: null });
  expect(await shop.db.prisma.auditEvent.count({ where: { action: 'order.risk_scored' } })).toBe(0);
});

test('a manager rescores not-scored orders: the score, its reasons and a timeline entry by that manager', async () => {
  const manager = await shop.login('MANAGER');
  const form = await manager.get(bulk('rescoreRisk', [unscored.id, plain.id]));
  expect(form.status).toBe(200);
  const res = await manager.post(bulk('rescoreRisk', [unscored.id, plain.id]));
  expect(res.status).toBe(200);
  expect(res.body.notice).toEqual({ message: '2 rescored', type: 'success' });
  expect(await risk(unscored.id)).toEqual({ riskScore: 30, riskReasons: 'Billing country FR differs from shipping country DE (+30)' });
  expect(await risk(plain.id)).toEqual({ riskScore: 0, riskReasons: null });
  const events = await shop.db.prisma.auditEvent.findMany({ where: { orderId: unscored.id, action: 'order.risk_scored' } });
  expect(events.map((e) => [e.message, e.staffUserId])).toEqual([['Fraud risk 30/100 (medium): Billing country FR differs from shipping country DE (+30)', shop.staff.MANAGER.id]]);
  // Same rules, same result: a second run changes nothing but adds its entry.
  await manager.post(bulk('rescoreRisk', [unscored.id]));
  expect(await risk(unscored.id)).toEqual({ riskScore: 30, riskReasons: 'Billing country FR differs from shipping country DE (+30)' });
});

test('the owner may rescore too; a French owner reads the notice in French', async () => {
  await shop.db.prisma.staffUser.update({ where: { id: shop.staff.OWNER.id }, data: { locale: 'fr' } });
  const owner = await shop.login('OWNER');
  const res = await owner.post(bulk('rescoreRisk', [plain.id]));
  expect(res.body.notice).toEqual({ message: 'Réévaluées : 1', type: 'success' });
  const hold = await owner.post(bulk('holdFulfilment', [plain.id])).field('reason', '');
  expect(hold.body.notice.message).toBe('Suspendues : 1');
  expect((await owner.post(bulk('releaseHold', [plain.id]))).body.notice.message).toBe('Suspensions levées : 1');
});

test('the stored reasons and timeline entries read in French through the plugin’s phrases', () => {
  const phrases = fraudLocales.fr.components.timeline;
  const fr = (s: string) => timelineEntry('fr', s, phrases).replace(/\s/g, ' ');
  expect(fr('Fraud risk 80/100 (high): Billing country FR differs from shipping country DE (+30); 4 orders from a@b.test within 24 hours (+30); 3 orders to 1 rue Bleue, 75009 within 24 hours, from 2 different emails (+25)'))
    .toBe('Risque de fraude 80/100 (élevé) : Pays de facturation FR différent du pays de livraison DE (+30); 4 commandes de a@b.test en 24 heures (+30); 3 commandes vers 1 rue Bleue, 75009 en 24 heures, de 2 e-mails différents (+25)');
  expect(fr("First order from a@b.test, €1,500.00 is 3.2× the shop's average order (€468.75) (+25)")).toBe('Première commande de a@b.test : 1 500,00 €, soit 3,2 × la commande moyenne de la boutique (468,75 €) (+25)');
  expect(fr('First order from a@b.test, €600.00 is above €500.00 (+25)')).toBe('Première commande de a@b.test : 600,00 €, au-dessus de 500,00 € (+25)');
  expect(fr('Fraud risk 0/100 (low)')).toBe('Risque de fraude 0/100 (faible)');
  expect(fr('Fulfilment on hold: fraud review')).toBe('Expédition suspendue : examen anti-fraude');
});
