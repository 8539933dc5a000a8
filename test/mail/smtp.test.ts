// Shipping emails over real SMTP (smtp-server in the test): delivered once; a refusing server
// leaves the fulfilment standing and the mail queued, retried, then delivered once.
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import { ADMIN_PATH, startTestShop, type TestShop } from '../support/app.js';
import { makeItem, makeOrder } from '../support/fixtures.js';

let shop: TestShop;
let server: SMTPServer;
let port: number;
const inbox: ParsedMail[] = [];
let refuse = false;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, callback) {
      if (refuse) {
        stream.resume();
        stream.on('end', () => callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 451 })));
        return;
      }
      simpleParser(stream).then((mail) => (inbox.push(mail), callback()), callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  port = (server.server.address() as { port: number }).port;
  shop = await startTestShop({ mail: { smtpUrl: `smtp://127.0.0.1:${port}`, from: 'Counter Shop <shop@example.test>' } });
});
afterAll(async () => {
  await shop.stop();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const fulfil = async (orderId: number) => {
  const agent = await shop.login('WAREHOUSE');
  return agent.post(`${ADMIN_PATH}/api/resources/Order/bulk/fulfil?recordIds=${orderId}`).field('carrier', 'La Poste').field('trackingNumber', 'LP<script>42');
};

test('the customer receives one shipping confirmation with the tracking number', async () => {
  const { item } = await makeItem(shop.db, { title: 'Teapot' });
  const order = await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 2 }], { email: 'ada@example.test' });
  expect((await fulfil(order.id)).body.notice.type).toBe('success');
  await shop.mail.deliverDue();
  const mail = inbox.find((m) => m.subject === `Your order ${order.name} has shipped`);
  expect(mail).toBeDefined();
  expect(mail!.to).toMatchObject({ text: 'ada@example.test' });
  expect(mail!.from?.value[0]).toMatchObject({ name: 'Counter Shop', address: 'shop@example.test' });
  expect(mail!.text).toContain('La Poste');
  expect(mail!.text).toContain('2 × Teapot');
  expect(mail!.html).toContain('LP&lt;script&gt;42'); // stored text stays text in HTML mail
  expect(await shop.db.prisma.mailMessage.findFirstOrThrow({ where: { orderId: order.id } })).toMatchObject({ status: 'SENT', attempts: 1 });
  await shop.mail.deliverDue();
  expect(inbox.filter((m) => m.subject === mail!.subject)).toHaveLength(1);
});

test('a refusing mail server keeps the fulfilment, records the failure, and the retry delivers once', async () => {
  const { item } = await makeItem(shop.db, { title: 'Kettle' });
  const order = await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 1 }], { email: 'bob@example.test' });
  refuse = true;
  expect((await fulfil(order.id)).body.notice.message).toBe('1 fulfilled');
  await shop.mail.deliverDue();
  const failed = await shop.db.prisma.mailMessage.findFirstOrThrow({ where: { orderId: order.id } });
  expect(failed).toMatchObject({ status: 'FAILED', attempts: 1 });
  expect(failed.lastError).toMatch(/Mailbox unavailable/);
  expect((await shop.db.prisma.order.findUniqueOrThrow({ where: { id: order.id } })).fulfillmentStatus).toBe('FULFILLED');

  refuse = false;
  await shop.db.prisma.mailMessage.update({ where: { id: failed.id }, data: { nextAttemptAt: new Date() } }); // the backoff has passed
  await shop.mail.deliverDue();
  expect(await shop.db.prisma.mailMessage.findUniqueOrThrow({ where: { id: failed.id } })).toMatchObject({ status: 'SENT', attempts: 2 });
  expect(inbox.filter((m) => m.subject === `Your order ${order.name} has shipped`)).toHaveLength(1);
});
