// The plain-SQL multi-row INSERT: rows written as Prisma would have written them, on both databases.
import { MailStatus } from '@prisma/client';
import { insertRows, insertRowsReturning, ROWS_PER_STATEMENT } from '../../src/db/insert.js';
import { inTransaction } from '../../src/db/transaction.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { makeItem, makeOrder } from '../support/fixtures.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

const MAIL = {
  kind: 'text', to: 'text', subject: 'text', text: 'text', html: 'text', orderId: 'int',
  status: { enum: 'MailStatus', values: Object.values(MailStatus) }, attempts: 'int', nextAttemptAt: 'date', messageId: 'text', sentAt: 'date', createdAt: 'date',
} as const;
const EVENT = { action: 'text', subjectType: 'text', subjectId: 'text', orderId: 'int', message: 'text', createdAt: 'date' } as const;

test('dates, nulls, enums, quotes and unicode read back exactly as from a row Prisma wrote', async () => {
  const at = new Date('2026-11-23T10:00:00.123Z');
  const text = `l'été "chaud" \\ back\\slash; DROP TABLE "Order"; -- 🚚 ₠ 漢字 \n\ttab {NULL} ? $1 end`;
  const mail = { kind: 'k', to: 'o\'brien@example.test', subject: text, text, html: null, orderId: null, status: 'LOCAL' as const, attempts: 0, nextAttemptAt: at, sentAt: null, createdAt: at };
  await db.prisma.mailMessage.create({ data: { ...mail, messageId: '<prisma@counter>' } });
  await inTransaction(db, (tx) => insertRows(tx, 'MailMessage', MAIL, [{ ...mail, messageId: '<sql@counter>' }]));

  const rows = await db.prisma.mailMessage.findMany({ where: { createdAt: at, nextAttemptAt: at, status: 'LOCAL', html: null, sentAt: null }, orderBy: { id: 'asc' } });
  expect(rows.map((r) => r.messageId)).toEqual(['<prisma@counter>', '<sql@counter>']); // the date filter matches both: stored the same way
  const [prisma, sql] = rows.map(({ id: _id, messageId: _m, ...rest }) => rest);
  expect(sql).toEqual(prisma);
  expect(sql.subject).toBe(text);
  expect(sql.createdAt.toISOString()).toBe('2026-11-23T10:00:00.123Z');
  // The stored values themselves are equal, not only what Prisma makes of them (SQLite keeps dates as text).
  const distinct = await db.prisma.$queryRawUnsafe<{ n: number }[]>(
    `SELECT COUNT(DISTINCT "createdAt") AS n FROM "MailMessage" WHERE "messageId" IN ('<prisma@counter>', '<sql@counter>')`,
  );
  expect(Number(distinct[0].n)).toBe(1);
  // Half a surrogate pair (Prisma's own writes refuse it) becomes U+FFFD, as the drivers encode it in UTF-8.
  await inTransaction(db, (tx) => insertRows(tx, 'MailMessage', MAIL, [{ ...mail, subject: 'lone \ud83d half', messageId: '<lone@counter>' }]));
  expect((await db.prisma.mailMessage.findUniqueOrThrow({ where: { messageId: '<lone@counter>' } })).subject).toBe('lone \ufffd half');
});

test('booleans and ids come back; a batch of several statements is written whole', async () => {
  const { product } = await makeItem(db);
  const now = new Date();
  const items = Array.from({ length: ROWS_PER_STATEMENT * 2 + 7 }, (_, i) => ({ productId: product.id, sku: `BATCH-${i}`, allowBackorder: i % 2 === 0, updatedAt: now }));
  const ids = await inTransaction(db, (tx) =>
    insertRowsReturning(tx, 'InventoryItem', { productId: 'int', sku: 'text', allowBackorder: 'bool', updatedAt: 'date' }, items, ['id', 'productId']),
  );
  expect(ids).toHaveLength(items.length);
  expect(new Set(ids.map((r) => r.id)).size).toBe(items.length);
  expect(ids.every((r) => r.productId === product.id && Number.isInteger(r.id))).toBe(true);
  const saved = await db.prisma.inventoryItem.findMany({ where: { id: { in: ids.slice(0, 900).map((r) => r.id) } } });
  expect(saved).toHaveLength(900);
  for (const s of saved) {
    const i = Number(s.sku!.slice('BATCH-'.length));
    expect(s).toMatchObject({ allowBackorder: i % 2 === 0, updatedAt: now, onHand: 0, committed: 0, lowStockThreshold: 5, variantId: null });
  }
  expect(await db.prisma.inventoryItem.count({ where: { productId: product.id, allowBackorder: true } })).toBe(ROWS_PER_STATEMENT + 4);
});

test('a bad value is refused before anything is written, and a failing batch leaves nothing behind', async () => {
  const at = new Date();
  const row = { action: 'test.bad', subjectType: 'Test', subjectId: '1', orderId: null as number | null, message: 'ok', createdAt: at };
  const write = (rows: typeof row[]) => inTransaction(db, (tx) => insertRows(tx, 'AuditEvent', EVENT, rows));
  await expect(write([row, { ...row, orderId: 1.5 }])).rejects.toThrow('AuditEvent.orderId (row 1) is not a valid int: 1.5');
  await expect(write([{ ...row, createdAt: new Date('nope') }])).rejects.toThrow(/not a valid date/);
  await expect(write([{ ...row, message: 42 as unknown as string }])).rejects.toThrow(/not a valid text/);
  await expect(inTransaction(db, (tx) => insertRows(tx, 'MailMessage', { status: MAIL.status }, [{ status: 'LOST' }]))).rejects.toThrow(/not a valid MailStatus/);
  // The second statement breaks a foreign key: the first statement's rows go too.
  const big = Array.from({ length: ROWS_PER_STATEMENT + 1 }, () => row);
  big[ROWS_PER_STATEMENT] = { ...row, orderId: 999_999_999 };
  await expect(write(big)).rejects.toThrow();
  expect(await db.prisma.auditEvent.count({ where: { action: 'test.bad' } })).toBe(0);
  await expect(db.prisma.$transaction((tx) => insertRows(tx, 'AuditEvent', EVENT, [row]))).rejects.toThrow(/inside inTransaction/);
  await expect(inTransaction(db, (tx) => insertRows(tx, 'Audit"Event', EVENT, [row]))).rejects.toThrow(/not a plain table or column name/);
});

test('an order-linked batch larger than one statement lands with every row', async () => {
  const { item } = await makeItem(db);
  const order = await makeOrder(db, [{ inventoryItemId: item.id, quantity: 1 }]);
  const at = new Date();
  const rows = Array.from({ length: ROWS_PER_STATEMENT + 1 }, (_, i) => ({ action: 'test.many', subjectType: 'Order', subjectId: String(order.id), orderId: order.id, message: `event ${i}`, createdAt: at }));
  expect(await inTransaction(db, (tx) => insertRows(tx, 'AuditEvent', EVENT, rows))).toBe(rows.length);
  const saved = await db.prisma.auditEvent.findMany({ where: { action: 'test.many', createdAt: at }, orderBy: { id: 'asc' }, select: { message: true, staffUserId: true, data: true } });
  expect(saved).toHaveLength(rows.length);
  expect(saved[ROWS_PER_STATEMENT]).toEqual({ message: `event ${ROWS_PER_STATEMENT}`, staffUserId: null, data: null });
});
