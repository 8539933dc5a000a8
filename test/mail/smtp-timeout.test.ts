// A mail server that accepts the connection and then says nothing: the delivery run gives up after its
// timeout instead of hanging, the fulfilment stands, the message is kept FAILED with the reason, and the
// retry delivers it once.
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import { ADMIN_PATH, startTestShop, type TestShop } from '../support/app.js';
import { makeItem, makeOrder } from '../support/fixtures.js';

let shop: TestShop;
let server: SMTPServer;
const inbox: ParsedMail[] = [];
let silent = true;
const held: Array<() => void> = [];

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    // The greeting is sent once this calls back: a silent server never greets.
    onConnect(_session, callback) {
      if (silent) held.push(() => callback());
      else callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => (inbox.push(mail), callback()), callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as { port: number }).port;
  shop = await startTestShop({ mail: { smtpUrl: `smtp://127.0.0.1:${port}?greetingTimeout=500&connectionTimeout=500&socketTimeout=1000`, from: 'shop@example.test' } });
});
afterAll(async () => {
  held.forEach((release) => release());
  await shop.stop();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

test('a server that times out: fulfilment kept, mail FAILED with the reason, then delivered once on retry', async () => {
  const { item } = await makeItem(shop.db, { title: 'Lamp' });
  const order = await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 1 }], { email: 'tim@example.test' });
  const agent = await shop.login('WAREHOUSE');
  const res = await agent.post(`${ADMIN_PATH}/api/orders/bulk/fulfil`).send({ orderIds: [order.id] });
  expect(res.body.notice.message).toBe('1 fulfilled');
  expect(await shop.mail.deliverDue()).toBe(0);
  const failed = await shop.db.prisma.mailMessage.findFirstOrThrow({ where: { orderId: order.id } });
  expect(failed).toMatchObject({ status: 'FAILED', attempts: 1 });
  expect(failed.lastError).toMatch(/greeting|timeout/i);
  expect(failed.nextAttemptAt.getTime()).toBeGreaterThan(Date.now()); // backoff, not an immediate loop
  expect((await shop.db.prisma.order.findUniqueOrThrow({ where: { id: order.id } })).fulfillmentStatus).toBe('FULFILLED');
  expect(inbox).toHaveLength(0);

  silent = false;
  await shop.db.prisma.mailMessage.update({ where: { id: failed.id }, data: { nextAttemptAt: new Date() } }); // the backoff has passed
  expect(await shop.mail.deliverDue()).toBe(1);
  expect(await shop.mail.deliverDue()).toBe(0);
  expect(await shop.db.prisma.mailMessage.findUniqueOrThrow({ where: { id: failed.id } })).toMatchObject({ status: 'SENT', attempts: 2 });
  expect(inbox.map((m) => m.messageId)).toEqual([failed.messageId]);
});
