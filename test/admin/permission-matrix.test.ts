// Every resource × every action × every role, through the HTTP API, against the declared matrix:
// a role the matrix refuses gets 403 and the database does not change; a role it allows is let
// through. The resources and actions are read from the running AdminJS, so an action added
// without declaring its roles fails here (and the app refuses to start).
import { seedShop } from '../../prisma/seed/demo.js';
import { ROLES, type Role } from '../../src/plugins/api.js';
import { permissionMatrix } from '../../src/admin/permissions.js';
import { builtInModules } from '../../src/modules/index.js';
import { ADMIN_PATH, startTestShop, type TestShop } from '../support/app.js';

interface Case {
  resource: string;
  action: string;
  type: 'resource' | 'record' | 'bulk';
  allowed: Role[];
}

let shop: TestShop;
let cases: Case[];
const recordOf = new Map<string, string>();
const matrix = permissionMatrix(builtInModules);

beforeAll(async () => {
  shop = await startTestShop();
  await seedShop(shop.db.prisma, { orders: 40, seed: 3, provider: shop.db.provider });
  cases = [];
  for (const resource of shop.admin.resources) {
    const id = resource.id();
    const first = (await resource.find({} as never, { limit: 1 }))[0];
    if (first) recordOf.set(id, String(first.id()));
    for (const action of Object.values(resource.decorate().actions)) {
      const declared = matrix.get(id)?.[action.name];
      const type = (action as unknown as { action: { actionType: Case['type'] } }).action.actionType;
      cases.push({ resource: id, action: action.name, type, allowed: declared ? [...declared] : [] });
    }
  }
}, 120_000);
afterAll(() => shop.stop());

function url(c: Case): string {
  const record = recordOf.get(c.resource) ?? '999999';
  if (c.type === 'record') return `${ADMIN_PATH}/api/resources/${c.resource}/records/${record}/${c.action}`;
  if (c.type === 'bulk') return `${ADMIN_PATH}/api/resources/${c.resource}/bulk/${c.action}?recordIds=${record}`;
  return `${ADMIN_PATH}/api/resources/${c.resource}/actions/${c.action}`;
}

/** Every row of every table, to prove a refused request changed nothing (compared table by table). */
async function dump(): Promise<Record<string, string>> {
  const models = Object.keys(shop.db.prisma).filter((k) => !k.startsWith('$') && !k.startsWith('_') && k !== 'session' && k !== 'loginFailure');
  const rows: Record<string, unknown> = {};
  for (const m of models) {
    const delegate = (shop.db.prisma as unknown as Record<string, { findMany?: (a: object) => Promise<unknown[]> }>)[m];
    if (typeof delegate?.findMany === 'function') rows[m] = await delegate.findMany({ orderBy: { id: 'asc' } }).catch(() => delegate.findMany!({}));
  }
  // Logging in as each role stamps the staff rows' lastLoginAt (and updatedAt): the only change the test itself makes.
  const stamp = (m: string) => (k: string, v: unknown) => (m === 'staffUser' && (k === 'lastLoginAt' || k === 'updatedAt') ? undefined : v);
  return Object.fromEntries(Object.entries(rows).map(([m, r]) => [m, JSON.stringify(r, stamp(m))]));
}

function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys(before).filter((m) => before[m] !== after[m]);
}

test('every action AdminJS offers is declared in the matrix', () => {
  expect(cases.length).toBeGreaterThan(100);
  const undeclared = cases.filter((c) => matrix.get(c.resource)?.[c.action] === undefined).map((c) => `${c.resource}.${c.action}`);
  expect(undeclared).toEqual([]);
});

test('a role the matrix refuses gets 403 for every action, by GET and by POST, and nothing changes', async () => {
  const before = await dump();
  const wrong: string[] = [];
  for (const role of ROLES) {
    const agent = await shop.login(role);
    for (const c of cases.filter((k) => !k.allowed.includes(role))) {
      const get = await agent.get(url(c));
      const post = await agent.post(url(c)).field('quantity', '1').field('reason', 'customer').field('title', 'forged');
      if (get.status !== 403 || post.status !== 403) wrong.push(`${role} ${c.resource}.${c.action}: GET ${get.status}, POST ${post.status}`);
    }
  }
  expect(wrong).toEqual([]);
  expect(changedTables(before, await dump())).toEqual([]);
}, 300_000);

test('a role the matrix allows is let through (read-only requests)', async () => {
  const refused: string[] = [];
  for (const role of ROLES) {
    const agent = await shop.login(role);
    // GET asks for the action's data or form; it runs nothing that changes the shop.
    for (const c of cases.filter((k) => k.allowed.includes(role) && !['new', 'delete', 'bulkDelete'].includes(k.action))) {
      const res = await agent.get(url(c));
      if (res.status === 403 || res.status === 401 || res.status >= 500) refused.push(`${role} ${c.resource}.${c.action}: ${res.status}`);
    }
  }
  expect(refused).toEqual([]);
}, 300_000);

test('calling a record action without a record, or GET on new, is a 4xx, never a server error', async () => {
  const owner = await shop.login('OWNER');
  const record = cases.filter((c) => c.type === 'record' && c.allowed.includes('OWNER'));
  expect(record.length).toBeGreaterThan(10);
  for (const c of record) expect([c.action, (await owner.get(`${ADMIN_PATH}/api/resources/${c.resource}/actions/${c.action}`)).status]).toEqual([c.action, 404]);
  expect((await owner.get(`${ADMIN_PATH}/api/resources/Product/actions/new`)).status).toBe(405);
});
