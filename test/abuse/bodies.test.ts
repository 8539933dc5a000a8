// Request bodies at the admin's door, through a real socket: refused before they are read when no
// one is logged in (401), when their type is not one the admin takes (415), when they carry no
// length (411) or more than the route takes (413); a body cut off midway is a 400; no temp file an
// upload creates outlives its answer; and none of it changes the database.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import request from 'supertest';
import { ADMIN_PATH, PASSWORD, TEST_HOST, startTestShop, type TestShop } from '../support/app.js';
import { listen } from '../support/listen.js';
import { makeItem, makeOrder } from '../support/fixtures.js';
import { pngImage } from '../support/images.js';
import { changedTables, dumpDatabase } from './support.js';

let shop: TestShop;
let server: Awaited<ReturnType<typeof listen>>;
let cookie: string;
let uploads: string; // formidable's temp folder for this file (os.tmpdir() is read at each request)
const originalTmp = process.env.TMPDIR;

beforeAll(async () => {
  shop = await startTestShop();
  server = await listen(shop.app);
  const login = await request(server.url).post(`${ADMIN_PATH}/login`).set('Host', TEST_HOST).set('Origin', `http://${TEST_HOST}`).type('form')
    .send({ email: shop.staff.OWNER.email, password: PASSWORD });
  const cookies = login.headers['set-cookie'] as unknown as string[];
  cookie = cookies.map((c) => c.split(';')[0]).find((c) => c.startsWith('counter.sid='))!;
  expect(login.status).toBe(302);
  uploads = mkdtempSync(join(tmpdir(), 'counter-form-temp-'));
  process.env.TMPDIR = uploads;
});
afterAll(async () => {
  process.env.TMPDIR = originalTmp;
  rmSync(uploads, { recursive: true, force: true });
  await server.close();
  await shop.stop();
});

interface Answer { status: number; head: string; body: string; unsent: number }

/**
 * Sends the head, then the body in pieces, and stops sending as soon as an answer arrives: `unsent`
 * is how much of the declared body the server never needed to read.
 */
function raw(path: string, headers: Record<string, string>, body: Buffer | string, chunk = 64 * 1024, declared?: number): Promise<Answer> {
  const data = Buffer.isBuffer(body) ? body : Buffer.from(body);
  const lines = [`POST ${path} HTTP/1.1`, `Host: ${TEST_HOST}`, `Origin: http://${TEST_HOST}`, 'Connection: close', ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
  if (declared !== undefined || !('Transfer-Encoding' in headers)) lines.push(`Content-Length: ${declared ?? data.length}`);
  const port = Number(new URL(server.url).port);
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    let sent = 0;
    let answered = false;
    socket.on('data', (d) => {
      received += d.toString('latin1');
      answered = true;
    });
    socket.on('error', (e: NodeJS.ErrnoException) => (answered && (e.code === 'EPIPE' || e.code === 'ECONNRESET') ? undefined : reject(e)));
    socket.on('close', () => {
      const [head, ...rest] = received.split('\r\n\r\n');
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0), head, body: rest.join('\r\n\r\n'), unsent: (declared ?? data.length) - sent });
    });
    const pump = () => {
      if (answered || socket.destroyed) return;
      if (sent >= data.length) return; // a declared length longer than the data: wait for the answer
      const piece = data.subarray(sent, sent + chunk);
      sent += piece.length;
      if (socket.write(piece)) setImmediate(pump);
      else socket.once('drain', pump);
    };
    socket.write(`${lines.join('\r\n')}\r\n\r\n`, () => setTimeout(pump, 20));
  });
}

const multipart = (parts: Array<{ name: string; value: string | Buffer; filename?: string }>, boundary = 'counterBoundary42', close = true) => {
  const chunks: Buffer[] = [];
  for (const p of parts) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"${p.filename ? `; filename="${p.filename}"\r\nContent-Type: application/octet-stream` : ''}\r\n\r\n`));
    chunks.push(Buffer.isBuffer(p.value) ? p.value : Buffer.from(p.value));
    chunks.push(Buffer.from('\r\n'));
  }
  if (close) chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { type: `multipart/form-data; boundary=${boundary}`, body: Buffer.concat(chunks) };
};

const orderEdit = (id: number) => `${ADMIN_PATH}/api/resources/Order/records/${id}/edit`;
const tempFiles = () => readdirSync(uploads);

test('without a session, a 200 MB body is answered 401 at once, and almost none of it is read', async () => {
  const before = await dumpDatabase(shop.db);
  const json = await raw(`${ADMIN_PATH}/api/resources/Order/actions/new`, { 'Content-Type': 'application/json' }, '{"a":"' + 'x'.repeat(1024 * 1024), 64 * 1024, 200 * 1024 * 1024);
  expect(json.status).toBe(401);
  expect(json.unsent).toBeGreaterThan(199 * 1024 * 1024);
  const upload = multipart([{ name: 'file', value: Buffer.alloc(3 * 1024 * 1024, 1), filename: 'big.png' }]);
  const anonymous = await raw(`${ADMIN_PATH}/api/resources/ProductImage/actions/new`, { 'Content-Type': upload.type }, upload.body);
  expect(anonymous.status).toBe(401);
  expect(tempFiles()).toEqual([]);
  expect(changedTables(before, await dumpDatabase(shop.db))).toEqual([]);
});

test('a logged-in body of a type no form sends is 415, one without a length 411, one over the limit 413, before it is read', async () => {
  const { item } = await makeItem(shop.db);
  const order = await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 1 }]);
  const before = await dumpDatabase(shop.db);
  const auth = { Cookie: cookie };
  for (const type of ['text/plain', 'application/octet-stream', 'application/xml', 'multipart/form-data']) {
    const res = await raw(orderEdit(order.id), { ...auth, 'Content-Type': type }, 'note=hello');
    expect([type, res.status]).toEqual([type, 415]);
  }
  const noType = await raw(orderEdit(order.id), auth, 'note=hello');
  expect(noType.status).toBe(415);
  const chunked = await raw(orderEdit(order.id), { ...auth, 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' }, '5\r\n{"a":\r\n');
  expect(chunked.status).toBe(411);
  const bigJson = await raw(orderEdit(order.id), { ...auth, 'Content-Type': 'application/json' }, '{"note":"', 64 * 1024, 20 * 1024 * 1024);
  expect(bigJson.status).toBe(413);
  expect(bigJson.unsent).toBeGreaterThan(19 * 1024 * 1024);
  const bigForm = multipart([{ name: 'note', value: 'n'.repeat(25 * 1024 * 1024) }]);
  const field25 = await raw(orderEdit(order.id), { ...auth, 'Content-Type': bigForm.type }, bigForm.body);
  expect(field25.status).toBe(413);
  expect(field25.unsent).toBeGreaterThan(20 * 1024 * 1024);
  // Within the body's limit, a text field over the fields' limit (1 MB) is still a 413, not a 500.
  const field2 = multipart([{ name: 'note', value: 'n'.repeat(2 * 1024 * 1024) }]);
  const tooLong = await raw(orderEdit(order.id), { ...auth, 'Content-Type': field2.type }, field2.body);
  expect(tooLong.status).toBe(413);
  expect(tooLong.body).toContain('fields are too large');
  expect(tempFiles()).toEqual([]);
  expect(changedTables(before, await dumpDatabase(shop.db))).toEqual([]);
});

test('a multipart body cut off midway is a 400, and the half-written temp file is gone', async () => {
  const { item } = await makeItem(shop.db);
  const order = await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 1 }]);
  const before = await dumpDatabase(shop.db);
  const cut = multipart([{ name: 'note', value: 'hello' }, { name: 'file', value: Buffer.alloc(200 * 1024, 7), filename: 'half.png' }], 'counterBoundary42', false);
  const res = await raw(orderEdit(order.id), { Cookie: cookie, 'Content-Type': cut.type }, cut.body);
  expect(res.status).toBe(400);
  expect(res.body).toContain('could not be read');
  await new Promise((r) => setTimeout(r, 50)); // the parser unlinks on its next tick
  expect(tempFiles()).toEqual([]);
  const badJson = await raw(orderEdit(order.id), { Cookie: cookie, 'Content-Type': 'application/json' }, '{"note": ');
  expect(badJson.status).toBe(400);
  expect(changedTables(before, await dumpDatabase(shop.db))).toEqual([]);
});

test('every upload\'s temp file is removed once answered: a saved image, a refused one, a file sent to an action that takes none', async () => {
  const { product } = await makeItem(shop.db);
  const png = pngImage(8, 8);
  const image = multipart([{ name: 'product', value: String(product.id) }, { name: 'alt', value: 'Dot' }, { name: 'file', value: png, filename: 'dot.png' }]);
  const saved = await raw(`${ADMIN_PATH}/api/resources/ProductImage/actions/new`, { Cookie: cookie, 'Content-Type': image.type }, image.body);
  expect(saved.status).toBe(200);
  const text = multipart([{ name: 'product', value: String(product.id) }, { name: 'file', value: 'not a picture', filename: 'x.png' }]);
  const refused = await raw(`${ADMIN_PATH}/api/resources/ProductImage/actions/new`, { Cookie: cookie, 'Content-Type': text.type }, text.body);
  expect(refused.status).toBe(422);
  const stray = multipart([{ name: 'note', value: 'x' }, { name: 'file', value: 'stray', filename: 'stray.txt' }]);
  const order = await makeOrder(shop.db, [{ inventoryItemId: (await makeItem(shop.db)).item.id, quantity: 1 }]);
  await raw(orderEdit(order.id), { Cookie: cookie, 'Content-Type': stray.type }, stray.body);
  await new Promise((r) => setTimeout(r, 50));
  expect(tempFiles()).toEqual([]);
});
