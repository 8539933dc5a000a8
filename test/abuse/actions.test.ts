// Bad input to every action, generated from the running admin: every resource's record, bulk and
// resource actions × bad ids, and every editable property and form field × bad values, sent as the
// OWNER (allowed everywhere) over HTTP. Never a 500; a refusal changes nothing in the database
// (whole dump compared); what is accepted is stored verbatim.
import { seedShop } from '../../prisma/seed/demo.js';
import { fullDmmf } from '../../src/db/dmmf.js';
import { ADMIN_PATH, startTestShop, type TestShop } from '../support/app.js';
import { BAD_IDS, BAD_VALUES, MEGABYTE, changedTables, dumpDatabase, isRefusal, progress, short, watchWrites } from './support.js';

type Agent = Awaited<ReturnType<TestShop['login']>>;
type ActionType = 'resource' | 'record' | 'bulk';
interface Prop { path: string; type: string; enumValues: string[] | null; isArray: boolean; money: boolean; column: boolean }
interface ActionInfo { resource: string; name: string; type: ActionType; fields: string[] }

let shop: TestShop;
let owner: Agent;
let writes: Awaited<ReturnType<typeof watchWrites>>;
let actions: ActionInfo[];
const props = new Map<string, Prop[]>();
const target = new Map<string, string>(); // resource → the record its record/bulk actions act on
const maxId = new Map<string, number>();

// Names custom action forms read besides their declared fields (refund lines, stock mode…).
const PAYLOAD_NAMES = ['lines', 'changes', 'shipping', 'shippingCents', 'restock', 'idempotencyKey', 'amount', 'quantity', 'mode', 'note', 'reason', 'notifyCustomer', 'markPaid', 'value', 'code', 'add', 'parent', 'sku', 'title', 'orderIds', 'tags', 'carrier', 'trackingNumber', 'dryRun'];
// Stored in a normal form on purpose (discount codes are upper-cased).
const NORMALISED = new Set(['DiscountCode.code']);
// Deleting a real record ignores the payload: only their ids are abused.
const PAYLOAD_FREE = new Set(['delete', 'bulkDelete', 'list', 'search', 'show']);

beforeAll(async () => {
  shop = await startTestShop();
  await seedShop(shop.db.prisma, { orders: 12, seed: 5, provider: shop.db.provider });
  owner = await shop.login('OWNER');
  writes = await watchWrites(shop.db);
  actions = [];
  for (const resource of shop.admin.resources) {
    const id = resource.id();
    const decorated = resource.decorate();
    const rows = await resource.find({} as never, { limit: 1000, sort: { sortBy: 'id', direction: 'desc' } });
    // Never the logged-in owner's own account: a valid edit of it would end the test's session.
    const pick = rows.find((r) => !(id === 'StaffUser' && Number(r.id()) === shop.staff.OWNER.id));
    if (pick) target.set(id, String(pick.id()));
    maxId.set(id, rows.reduce((m, r) => Math.max(m, Number(r.id())), 0));
    const fields = fullDmmf().datamodel.models.find((m) => m.name === id)?.fields ?? [];
    props.set(id, decorated.getProperties({ where: 'edit' }).filter((p) => !p.isDisabled()).map((p) => {
      const field = fields.find((f) => f.name === p.propertyPath);
      return {
        path: p.propertyPath, type: p.type(), isArray: p.isArray(),
        // Choices the database itself enforces (a choice list on a text column is the form's help only).
        enumValues: field?.kind === 'enum' ? p.availableValues()?.map((v) => String(v.value)) ?? null : null,
        money: p.type() === 'number' && Boolean(p.options.components?.edit), // edited as a decimal in <path>Decimal
        column: Boolean(field),
      };
    }));
    for (const action of Object.values(decorated.actions)) {
      const inner = (action as unknown as { action: { actionType: ActionType; custom?: { fields?: Array<{ name: string }> } } }).action;
      actions.push({ resource: id, name: action.name, type: inner.actionType, fields: (inner.custom?.fields ?? []).map((f) => f.name) });
    }
  }
});
afterAll(() => shop.stop());

const recordUrl = (resource: string, record: string, action: string) => `${ADMIN_PATH}/api/resources/${resource}/records/${encodeURIComponent(record)}/${action}`;
const bulkUrl = (resource: string, ids: string, action: string) => `${ADMIN_PATH}/api/resources/${resource}/bulk/${action}?recordIds=${encodeURIComponent(ids)}`;
const actionUrl = (a: ActionInfo): string | null => {
  const record = target.get(a.resource);
  if (a.type === 'resource') return `${ADMIN_PATH}/api/resources/${a.resource}/actions/${a.name}`;
  if (!record) return null;
  return a.type === 'record' ? recordUrl(a.resource, record, a.name) : bulkUrl(a.resource, record, a.name);
};

function post(url: string, fields: Record<string, string>) {
  let req = owner.post(url).timeout(60_000);
  for (const [k, v] of Object.entries(fields)) req = req.field(k, v);
  return Object.keys(fields).length ? req : req.send({});
}

/** What a property must refuse; anything else may be accepted (and is then stored verbatim). */
function mustRefuse(prop: Prop | null, value: string): boolean {
  if (prop?.type === 'boolean') return false; // AdminJS's own param converter turns any text into a boolean before Counter sees it
  // Too long or NUL-bearing for any column (a virtual field, e.g. a password confirmation, may ignore it).
  if (value === MEGABYTE || value.includes('\u0000')) return !prop || prop.column;
  if (!prop || value === '') return false;
  if (prop.enumValues) return !prop.enumValues.includes(value);
  const n = Number(value);
  switch (prop.type) {
    case 'reference':
      return true; // every bad value names no record of the referenced resource
    case 'number':
    case 'float':
    case 'currency':
      return !Number.isSafeInteger(n) || Math.abs(n) > 2 ** 31 - 1 || (prop.money && n < 0);
    case 'boolean':
      return false; // AdminJS's own param converter turns any text into a boolean before Counter sees it
    case 'date':
    case 'datetime':
      return Number.isNaN(Date.parse(value));
    default:
      return false;
  }
}

interface Outcome { failures: string[]; unrefused: string[]; changed: string[]; notVerbatim: string[]; cases: number }

/**
 * Sends each case and checks its status. A refusal must write nothing (the write log, per case); what
 * is accepted may write. The whole dump before and after must differ only in tables accepted cases wrote.
 */
async function runCases(cases: Array<{ label: string; send: () => PromiseLike<{ status: number; body: unknown }>; refuse: boolean; verbatim?: () => Promise<boolean> }>): Promise<Outcome> {
  const out: Outcome = { failures: [], unrefused: [], changed: [], notVerbatim: [], cases: cases.length };
  const before = await dumpDatabase(shop.db);
  await writes.take();
  const acceptedWrote = new Set<string>();
  for (const c of cases) {
    const started = Date.now();
    const res = await c.send();
    progress(`${c.label.slice(0, 120)} → ${res.status} ${Date.now() - started}ms`);
    if (res.status >= 500) out.failures.push(`${c.label}: HTTP ${res.status}`);
    const wrote = await writes.take();
    if (isRefusal(res)) {
      if (wrote.length) out.changed.push(`${c.label}: ${wrote.join(', ')}`);
    } else {
      wrote.forEach((t) => acceptedWrote.add(t));
      if (c.refuse) out.unrefused.push(`${c.label}: HTTP ${res.status}`);
      if (c.verbatim && !(await c.verbatim())) out.notVerbatim.push(c.label);
    }
  }
  const dumped = changedTables(before, await dumpDatabase(shop.db)).map((m) => m[0].toUpperCase() + m.slice(1));
  out.changed.push(...dumped.filter((t) => !acceptedWrote.has(t)).map((t) => `dump: ${t} changed, though only refusals touched it`));
  return out;
}

let total = 0;
afterAll(() => console.log(`abuse suite (actions): ${total} cases sent`));

function expectClean(out: Outcome) {
  total += out.cases;
  const { cases: _, ...problems } = out;
  expect(problems).toEqual({ failures: [], changed: [], unrefused: [], notVerbatim: [] });
}

test('bad, unknown and foreign ids on every record and bulk action: 404 or a refusal, never a 500', async () => {
  const cases: Parameters<typeof runCases>[0] = [];
  for (const a of actions.filter((x) => x.type !== 'resource')) {
    // An id that exists in another resource but not in this one.
    const foreign = [...maxId].filter(([r, m]) => r !== a.resource && m > (maxId.get(a.resource) ?? 0)).map(([, m]) => String(m))[0];
    // "1,2" names two records: a valid selection for a bulk action, no record for a record action.
    for (const id of [...BAD_IDS.filter((x) => a.type === 'record' || x !== '1,2'), ...(foreign ? [foreign] : [])]) {
      const url = a.type === 'record' ? recordUrl(a.resource, id, a.name) : bulkUrl(a.resource, id, a.name);
      cases.push({ label: `GET ${a.resource}.${a.name} id=${id}`, send: () => owner.get(url).timeout(60_000), refuse: true });
      // POST takes the same way in: the ids that reach the database are enough.
      if (['999999999', '9223372036854775808', foreign].includes(id)) {
        cases.push({ label: `POST ${a.resource}.${a.name} id=${id}`, send: () => post(url, { title: 'forged', quantity: '1' }), refuse: true });
      }
    }
  }
  expectClean(await runCases(cases));
});

test('every editable property × every bad value on edit (and every field at once on new): never a 500; refused when it must be; accepted text is stored verbatim', async () => {
  const cases: Parameters<typeof runCases>[0] = [];
  for (const a of actions.filter((x) => x.name === 'new')) {
    // A new record from one bad field only meets "required" on the others: every field at once says more.
    const fields = (props.get(a.resource) ?? []).flatMap((p) => (p.money ? [p.path, `${p.path}Decimal`] : [p.path]));
    for (const bad of BAD_VALUES.filter((b) => b.value !== MEGABYTE)) {
      cases.push({ label: `${a.resource}.new every field=${short(bad.value)}`, send: () => post(actionUrl(a)!, Object.fromEntries(fields.map((f) => [f, bad.value]))), refuse: false });
    }
    const first = props.get(a.resource)?.[0];
    if (first) cases.push({ label: `${a.resource}.new ${first.path}=1 MB`, send: () => post(actionUrl(a)!, { [first.path]: MEGABYTE }), refuse: true });
  }
  for (const a of actions.filter((x) => x.name === 'edit')) {
    const url = actionUrl(a);
    if (!url) continue;
    const resource = shop.admin.findResource(a.resource);
    for (const prop of props.get(a.resource) ?? []) {
      const paths = prop.money ? [prop.path, `${prop.path}Decimal`] : [prop.path];
      for (const path of paths) {
        for (const bad of BAD_VALUES) {
          // A virtual field (a password confirmation) may ignore what it is not asked for; columns may not.
          const isText = ['string', 'textarea', 'richtext'].includes(prop.type) && !prop.enumValues && path === prop.path && prop.column;
          cases.push({
            label: `${a.resource}.${a.name} ${path}=${short(bad.value)}`,
            send: () => post(url, { [path]: bad.value }),
            // A new record from one field may lack required ones: only the edit must accept or refuse by the value.
            refuse: mustRefuse({ ...prop, path }, bad.value) || (bad.textMustRefuse && isText),
            verbatim: a.name === 'edit' && isText && bad.value !== '' && !NORMALISED.has(`${a.resource}.${prop.path}`)
              ? async () => (await resource.findOne(target.get(a.resource)!))?.params[prop.path] === bad.value
              : undefined,
          });
        }
      }
    }
  }
  expectClean(await runCases(cases));
});

test('every custom action\'s form × every bad value: never a 500, a refusal changes nothing', async () => {
  const cases: Parameters<typeof runCases>[0] = [];
  for (const a of actions.filter((x) => !PAYLOAD_FREE.has(x.name) && x.name !== 'edit' && x.name !== 'new')) {
    const url = actionUrl(a);
    if (!url) continue;
    for (const bad of BAD_VALUES) {
      // Each declared field alone, then every name such forms read at once.
      for (const field of a.fields) {
        cases.push({ label: `${a.resource}.${a.name} ${field}=${short(bad.value)}`, send: () => post(url, { [field]: bad.value }), refuse: bad.value === MEGABYTE });
      }
      if (bad.value === MEGABYTE) continue; // formidable's 2 MB of fields in all: one 1 MB field at a time
      const all = Object.fromEntries([...new Set([...a.fields, ...PAYLOAD_NAMES])].map((n) => [n, bad.value]));
      cases.push({ label: `${a.resource}.${a.name} all fields=${short(bad.value)}`, send: () => post(url, all), refuse: bad.value.includes('\u0000') });
    }
  }
  expectClean(await runCases(cases));
});

test('the bulk JSON route takes wrong types, huge and overflowing ids as a 4xx', async () => {
  const bodies: unknown[] = [
    { orderIds: 'all' }, { orderIds: [] }, { orderIds: [-1] }, { orderIds: [1e308] }, { orderIds: ['9223372036854775808'] }, { orderIds: [null] },
    { orderIds: [{ gt: 0 }] }, { orderIds: [1.5] }, { orderIds: Array.from({ length: 60_000 }, (_, i) => i + 1) }, { orderIds: [999999999], carrier: MEGABYTE.slice(0, 1000) },
    { orderIds: [999999999], tags: { $ne: 1 } }, '[1,2', { orderIds: [999999999], notifyCustomer: 'maybe' },
  ];
  const cases: Parameters<typeof runCases>[0] = [];
  for (const action of ['fulfil', 'capture', 'archive', 'unarchive', 'addTags', 'removeTags']) {
    for (const body of bodies) {
      const send = () => (typeof body === 'string' ? owner.post(`${ADMIN_PATH}/api/orders/bulk/${action}`).set('Content-Type', 'application/json').send(body) : owner.post(`${ADMIN_PATH}/api/orders/bulk/${action}`).send(body as object));
      // Unknown orders are reported as skipped (200); the malformed requests are refused.
      const unknownOnly = typeof body === 'object' && JSON.stringify((body as { orderIds?: unknown }).orderIds) === '[999999999]';
      cases.push({ label: `orders/bulk/${action} ${JSON.stringify(body).slice(0, 60)}`, send, refuse: !unknownOnly || action === 'fulfil' && 'carrier' in (body as object) });
    }
  }
  cases.push({ label: 'orders/bulk/fulfil 3 MB body', send: () => owner.post(`${ADMIN_PATH}/api/orders/bulk/fulfil`).send({ orderIds: [1], note: 'z'.repeat(3 * 1024 * 1024) }), refuse: true });
  expectClean(await runCases(cases));
});
