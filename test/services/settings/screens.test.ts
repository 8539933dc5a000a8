// Screen settings are checked against what the code declares for the resource: an unknown field,
// action or role, a widened role, a field the code keeps off the edit form, a bad sort or page size
// is refused with a message naming it, and nothing is stored. A save and its history row land together.
import { validateScreenSettings, ScreenSettingRefused, type ScreenCatalog } from '../../../src/services/settings/screens.js';
import { loadScreenSetting, resetScreenSettings, saveScreenSettings, screenSettingHistory, screenSettingsStamp } from '../../../src/services/settings/screen-store.js';
import { Refused } from '../../../src/services/errors.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';

const catalog: ScreenCatalog = {
  resourceId: 'Order',
  fields: [
    { name: 'name', label: 'Name', sortable: true, editable: false, filterable: true },
    { name: 'email', label: 'Email', sortable: true, editable: true, filterable: true },
    { name: 'note', label: 'Note', sortable: true, editable: true, filterable: true },
    { name: 'totalCents', label: 'Total', sortable: true, editable: false, filterable: true },
    { name: 'customer', label: 'Customer', sortable: false, editable: false, filterable: true },
    { name: 'fullName', label: 'Full name', sortable: false, editable: false, filterable: false },
  ],
  actions: { list: ['OWNER', 'MANAGER', 'SUPPORT', 'WAREHOUSE'], refund: ['OWNER', 'MANAGER'], new: [] },
  defaults: { list: ['name', 'email', 'totalCents'], show: ['name', 'email', 'note'], edit: ['email', 'note'], filter: ['name', 'email'], sort: { sortBy: 'name', direction: 'desc' }, perPage: 25, navigation: 'Orders' },
};

let db: TestDatabase;
let staffId: number;
beforeAll(async () => {
  db = await createTestDatabase();
  staffId = (await db.prisma.staffUser.create({ data: { email: 'o@shop.test', name: 'Olga Owner', role: 'OWNER', passwordHash: 'x' } })).id;
});
afterAll(() => db.drop());

const refusal = (input: unknown) => {
  try {
    validateScreenSettings(catalog, input);
  } catch (error) {
    expect(error).toBeInstanceOf(ScreenSettingRefused);
    expect((error as ScreenSettingRefused).status).toBe(422);
    return (error as Error).message;
  }
  throw new Error(`accepted: ${JSON.stringify(input)}`);
};

test('each kind of bad setting is refused with a message naming the bad item', () => {
  expect(refusal({ list: ['name', 'passwordHash'] })).toBe('Order: unknown field "passwordHash" in the list columns');
  expect(refusal({ list: ['name', 'name'] })).toBe('Order: field "name" appears twice in the list columns');
  expect(refusal({ list: [] })).toMatch(/^Order: list: choose at least one field/);
  expect(refusal({ edit: ['email', 'totalCents'] })).toBe('Order: field "totalCents" cannot be on the edit form (the code does not let it be edited there)');
  expect(refusal({ filter: ['fullName'] })).toBe('Order: field "fullName" cannot be a filter (it is not a column)');
  expect(refusal({ labels: { nope: 'X' } })).toBe('Order: unknown field "nope" in the labels');
  expect(refusal({ sort: { sortBy: 'customer', direction: 'asc' } })).toBe('Order: the list cannot be sorted by "customer" (not a sortable column)');
  expect(refusal({ sort: { sortBy: 'email', direction: 'sideways' } })).toMatch(/^Order: sort\.direction: /);
  expect(refusal({ perPage: 0 })).toBe('Order: perPage: rows per page is at least 1');
  expect(refusal({ perPage: 501 })).toBe('Order: perPage: rows per page is at most 500');
  expect(refusal({ navigation: 'x'.repeat(41) })).toBe('Order: navigation: a navigation group name is at most 40 characters');
  expect(refusal({ actions: { teleport: { enabled: false } } })).toBe('Order: unknown action "teleport"');
  expect(refusal({ actions: { refund: { roles: ['OWNER', 'ADMIN'] } } })).toBe('Order: unknown role "ADMIN" for action "refund"');
  expect(refusal({ actions: { refund: { roles: ['OWNER', 'SUPPORT'] } } })).toBe(
    'Order: action "refund" cannot be given to SUPPORT: the code allows it only for OWNER, MANAGER (a screen setting may narrow roles, never widen them)',
  );
  expect(refusal({ actions: { new: { roles: ['OWNER'] } } })).toMatch(/action "new" cannot be given to OWNER: the code allows it only for nobody/);
  expect(refusal({ colour: 'red' })).toBe('Order: unknown setting "colour"');
});

test('a screen the code draws itself keeps its fields; its defaults may still be sent', () => {
  const ownPage = { ...catalog, fixed: { show: 'OrderPage' } };
  expect(() => validateScreenSettings(ownPage, { show: ['email', 'name'] })).toThrow('Order: the record page is a screen of its own (OrderPage): its fields cannot be chosen here');
  expect(validateScreenSettings(ownPage, { show: ['name', 'email', 'note'], list: ['name'] })).toEqual({ list: ['name'] });
});

test('a valid setting keeps only what differs from the code, and narrows roles', () => {
  const settings = validateScreenSettings(catalog, {
    list: ['email', 'name'],
    show: ['name', 'email', 'note'], // the default: dropped
    labels: { email: 'Customer email', name: 'Name' }, // "Name" is the default label: dropped
    sort: { sortBy: 'name', direction: 'desc' }, // the default: dropped
    perPage: 50,
    actions: { refund: { roles: ['MANAGER'] }, list: { roles: ['OWNER', 'MANAGER', 'SUPPORT', 'WAREHOUSE'] } },
  });
  expect(settings).toEqual({ list: ['email', 'name'], labels: { email: 'Customer email' }, perPage: 50, actions: { refund: { roles: ['MANAGER'] } } });
});

test('a refused save stores nothing and writes no history; a good one stores the setting and its history row', async () => {
  await expect(saveScreenSettings(db, { catalog, settings: { list: ['name', 'ghost'] }, staffUserId: staffId })).rejects.toThrow('unknown field "ghost"');
  await expect(saveScreenSettings(db, { catalog, settings: { actions: { refund: { roles: ['WAREHOUSE'] } } }, staffUserId: staffId })).rejects.toThrow(ScreenSettingRefused);
  expect(await db.prisma.screenSetting.count()).toBe(0);
  expect(await screenSettingsStamp(db)).toBe(0);

  await saveScreenSettings(db, { catalog, settings: { list: ['email', 'name'], perPage: 10 }, expectedVersion: 0, staffUserId: staffId });
  expect(await loadScreenSetting(db, 'Order')).toEqual({ resourceId: 'Order', settings: { list: ['email', 'name'], perPage: 10 }, version: 1 });

  // A refusal on top of a stored setting leaves it as it was.
  await expect(saveScreenSettings(db, { catalog, settings: { list: ['email'], perPage: 9999 }, expectedVersion: 1, staffUserId: staffId })).rejects.toThrow('rows per page is at most 500');
  // An editor that loaded version 0 cannot overwrite version 1.
  await expect(saveScreenSettings(db, { catalog, settings: { list: ['email'] }, expectedVersion: 0, staffUserId: staffId })).rejects.toThrow(Refused);
  expect((await loadScreenSetting(db, 'Order'))?.settings).toEqual({ list: ['email', 'name'], perPage: 10 });
  expect(await screenSettingsStamp(db)).toBe(1);

  const history = await screenSettingHistory(db, 'Order');
  expect(history).toHaveLength(1);
  expect(history[0]).toMatchObject({ staff: 'Olga Owner <o@shop.test>', reset: false, changes: ['list columns: default → email, name', 'rows per page: default → 10'] });
});

test('reset deletes the override and records what it was; a second reset changes nothing', async () => {
  await saveScreenSettings(db, { catalog: { ...catalog, resourceId: 'Product' }, settings: { navigation: 'Shop' }, staffUserId: staffId });
  const stamp = await screenSettingsStamp(db);
  expect(await resetScreenSettings(db, { resourceId: 'Product', staffUserId: staffId })).toBe(true);
  expect(await loadScreenSetting(db, 'Product')).toBeNull();
  expect(await screenSettingsStamp(db)).toBe(stamp + 1);
  expect(await resetScreenSettings(db, { resourceId: 'Product', staffUserId: staffId })).toBe(false);
  expect(await screenSettingsStamp(db)).toBe(stamp + 1);
  const [last] = await screenSettingHistory(db, 'Product');
  expect(last).toMatchObject({ reset: true, changes: ['navigation: Shop → default'] });
});
