// The server process dies while it is handing a shipping confirmation to the SMTP server. The order's
// fulfilment stands (it was committed with the mail in the outbox); after a restart the message, left
// SENDING, is retried once its lease has passed: never lost. Died before the SMTP server accepted it:
// delivered once. Died after (the one window for a duplicate): the second copy has the same Message-ID.
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import { makeItem, makeOrder } from '../support/fixtures.js';
import { freshDatabase, killAll, logIn, startServer, until, type FaultDb, type ServerProcess } from './support.js';

let smtp: SMTPServer;
let smtpUrl: string;
const inbox: ParsedMail[] = [];
/** What the SMTP server does with the next message: kill the shop's process before or after accepting it. */
let onNext: null | { victim: ServerProcess; accept: boolean } = null;
let shop: FaultDb;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, callback) {
      simpleParser(stream).then(async (mail) => {
        const fault = onNext;
        onNext = null;
        if (fault) await fault.victim.kill('SIGKILL');
        if (fault && !fault.accept) return callback(Object.assign(new Error('try later'), { responseCode: 451 }));
        inbox.push(mail);
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()));
  smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as { port: number }).port}`;
  shop = await freshDatabase();
}, 60_000);
afterAll(async () => {
  await killAll();
  await shop?.drop();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

async function fulfil(server: ServerProcess, orderId: number) {
  return (await logIn(server.base)).request('POST', '/api/orders/bulk/fulfil', { orderIds: [orderId] });
}

test.each([
  { accept: false, copies: 1, when: 'before the SMTP server accepted it' },
  { accept: true, copies: 2, when: 'after the SMTP server accepted it' },
])('died $when: the fulfilment stands and the mail is retried after restart ($copies cop(y/ies), one Message-ID)', async ({ accept, copies }) => {
  const { item } = await makeItem(shop.db, { onHand: 10 });
  const order = await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 1 }], { email: `crash-${accept}@example.test` });
  const later = await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 1 }], { email: `later-${accept}@example.test` });
  const subject = `Your order ${order.name} has shipped`;

  const server = await startServer(shop.url, { SMTP_URL: smtpUrl });
  onNext = { victim: server, accept };
  const res = await fulfil(server, order.id);
  expect(res.status).toBe(200); // answered before delivery starts
  await until(() => server.exited(), 30_000, 'the SMTP server to kill the shop');

  const left = await shop.db.prisma.mailMessage.findFirstOrThrow({ where: { orderId: order.id } });
  expect(left).toMatchObject({ status: 'SENDING', attempts: 1 });
  expect((await shop.db.prisma.order.findUniqueOrThrow({ where: { id: order.id } })).fulfillmentStatus).toBe('FULFILLED');

  const restarted = await startServer(shop.url, { SMTP_URL: smtpUrl });
  try {
    await shop.db.prisma.mailMessage.update({ where: { id: left.id }, data: { nextAttemptAt: new Date() } }); // the lease has passed
    expect((await fulfil(restarted, later.id)).status).toBe(200); // its delivery run picks up both
    const sent = async () => (await shop.db.prisma.mailMessage.count({ where: { orderId: { in: [order.id, later.id] }, status: 'SENT' } })) === 2;
    await until(sent, 30_000, 'both messages to be sent');
    expect(await shop.db.prisma.mailMessage.findUniqueOrThrow({ where: { id: left.id } })).toMatchObject({ status: 'SENT', attempts: 2 });
    const received = inbox.filter((m) => m.subject === subject);
    expect(received).toHaveLength(copies);
    expect(new Set(received.map((m) => m.messageId))).toEqual(new Set([left.messageId]));
    expect(inbox.filter((m) => m.subject === `Your order ${later.name} has shipped`)).toHaveLength(1);
    expect(restarted.output()).toMatch(/left sending by a stopped process/);
  } finally {
    await restarted.kill('SIGTERM');
  }
}, 120_000);
