import { sendRecoveryEmails } from '../../../src/services/checkouts/recovery.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

let n = 0;
async function checkout(opts: { consent: boolean | null; sentHoursAgo?: number; recovered?: boolean }) {
  const i = ++n;
  const customer = opts.consent === null ? null : await db.prisma.customer.create({ data: { firstName: 'C', lastName: `${i}`, email: `c${i}@example.test`, acceptsMarketing: opts.consent } });
  const order = opts.recovered ? await db.prisma.order.create({ data: { number: 5000 + i, name: `#${5000 + i}`, email: `c${i}@example.test`, subtotalCents: 1, totalCents: 1 } }) : null;
  return db.prisma.abandonedCheckout.create({
    data: {
      token: `t${i}`, email: `c${i}@example.test`, customerId: customer?.id, subtotalCents: 2500, totalCents: 2500,
      recoveryEmailSentAt: opts.sentHoursAgo === undefined ? null : new Date(Date.now() - opts.sentHoursAgo * 3_600_000),
      recoveryState: order ? 'RECOVERED' : opts.sentHoursAgo === undefined ? 'NOT_SENT' : 'SENT', recoveredOrderId: order?.id,
      lines: { create: [{ title: 'Scarf', unitPriceCents: 2500, quantity: 1 }] },
    },
  });
}

test('recovery emails respect consent, the 24-hour rule and recovered checkouts', async () => {
  const ok = await checkout({ consent: true });
  const old = await checkout({ consent: true, sentHoursAgo: 30 });
  const recent = await checkout({ consent: true, sentHoursAgo: 3 });
  const noConsent = await checkout({ consent: false });
  const guest = await checkout({ consent: null });
  const recovered = await checkout({ consent: true, recovered: true });
  const result = await sendRecoveryEmails(db, { checkoutIds: [ok.id, old.id, recent.id, noConsent.id, guest.id, recovered.id], mailMode: 'local' });
  expect(result.done.map((d) => d.id)).toEqual([ok.id, old.id]);
  expect(Object.fromEntries(result.skipped.map((s) => [s.id, s.reason]))).toEqual({
    [recent.id]: 'emailed less than 24 hours ago', [noConsent.id]: 'no marketing consent', [guest.id]: 'no marketing consent', [recovered.id]: 'already recovered',
  });
  const mails = await db.prisma.mailMessage.findMany({ where: { kind: 'checkout-recovery' } });
  expect(mails.map((m) => m.to).sort()).toEqual([ok.email, old.email].sort());
  expect(mails[0].text).toContain('1 × Scarf');

  // Pressed again at once: nobody gets a second email.
  const again = await Promise.all([sendRecoveryEmails(db, { checkoutIds: [ok.id], mailMode: 'local' }), sendRecoveryEmails(db, { checkoutIds: [ok.id], mailMode: 'local' })]);
  expect(again.flatMap((r) => r.done)).toEqual([]);
  expect(await db.prisma.mailMessage.count({ where: { kind: 'checkout-recovery' } })).toBe(2);
});

test('an order from the same email recovers the checkout', async () => {
  const { makeItem, makeOrder } = await import('../../support/fixtures.js');
  const c = await checkout({ consent: true });
  const { item } = await makeItem(db);
  const order = await makeOrder(db, [{ inventoryItemId: item.id, quantity: 1 }], { email: c.email });
  expect(await db.prisma.abandonedCheckout.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ recoveryState: 'RECOVERED', recoveredOrderId: order.id });
  expect((await sendRecoveryEmails(db, { checkoutIds: [c.id], mailMode: 'local' })).skipped[0].reason).toBe('already recovered');
});
