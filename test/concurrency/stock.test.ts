// Stock adjustments pressed many times at once: the count is applied once, deliveries add up,
// losses never take on-hand below zero, and the item always equals its ledger.
import { makeItem } from '../support/fixtures.js';
import { expectNoServerErrors, ledgerOf, recordAction, startRaceShop, succeeded, together, type Agent, type RaceShop } from './support.js';

let race: RaceShop;
let managers: Agent[];
beforeAll(async () => {
  race = await startRaceShop();
  managers = await race.agents('MANAGER', 5);
});
afterAll(() => race.stop());

const adjust = (itemId: number) => recordAction('InventoryItem', itemId, 'adjustStock');

test('ten simultaneous "set to 42" on 7 on hand leave 42, applied once', async () => {
  const { item } = await makeItem(race.shop.db, { onHand: 7 });
  const answers = expectNoServerErrors(await together(managers, 10, (a) => a.post(adjust(item.id)).field('mode', 'set').field('quantity', '42').field('note', 'Count')));
  expect(succeeded(answers)).toHaveLength(1);
  expect(succeeded(answers)[0].body.notice.message).toBe('Stock adjusted by +35; 42 on hand.');
  for (const r of answers.filter((x) => x.status !== 200)) {
    expect(r.status).toBe(422);
    expect(r.body.notice.message).toBe(`${item.sku} already has 42 on hand.`);
  }
  expect(await ledgerOf(race.shop.db, item.id)).toEqual({ onHand: 42, committed: 0 });
  expect(await race.shop.db.prisma.stockMovement.count({ where: { inventoryItemId: item.id, reason: 'MANUAL_ADJUSTMENT' } })).toBe(1);
});

test('different counts at once: the last one applied wins', async () => {
  const { item } = await makeItem(race.shop.db, { onHand: 5 });
  const counts = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
  const answers = expectNoServerErrors(await together(managers, counts.length, (a, i) => a.post(adjust(item.id)).field('mode', 'set').field('quantity', String(counts[i]))));
  expect(succeeded(answers)).toHaveLength(counts.length);
  const { onHand } = await ledgerOf(race.shop.db, item.id);
  expect(counts).toContain(onHand);
  // Each answer names the figure its count left, and one of them is the final figure.
  const figures = answers.map((r) => Number(/; (\d+) on hand\.$/.exec(r.body.notice.message)![1])).sort((a, b) => a - b);
  expect(figures).toEqual(counts);
});

test('twenty simultaneous deliveries of +3 add 60', async () => {
  const { item } = await makeItem(race.shop.db, { onHand: 1 });
  const answers = expectNoServerErrors(await together(managers, 20, (a) => a.post(adjust(item.id)).field('mode', 'add').field('quantity', '3')));
  expect(succeeded(answers)).toHaveLength(20);
  expect(await ledgerOf(race.shop.db, item.id)).toEqual({ onHand: 61, committed: 0 });
});

test('fifteen simultaneous losses of 1 on 6 on hand: six pass, on-hand ends at 0', async () => {
  const { item } = await makeItem(race.shop.db, { onHand: 6 });
  const answers = expectNoServerErrors(await together(managers, 15, (a) => a.post(adjust(item.id)).field('mode', 'add').field('quantity', '-1')));
  expect(succeeded(answers)).toHaveLength(6);
  for (const r of answers.filter((x) => x.status !== 200)) expect(r.body.notice.message).toBe(`Not enough stock of ${item.sku}: 0 on hand.`);
  expect(await ledgerOf(race.shop.db, item.id)).toEqual({ onHand: 0, committed: 0 });
});
