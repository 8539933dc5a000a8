// What the load test needs from the shop and the login: its own owner account, samples for the mix
// (real order ids, email fragments, the dashboard's figures), sessions logged in through the proxy,
// checks that a session is logged in on every instance, and a warm-up.
import type { AppInstance } from './instances.js';
import { MIX, type LoadTarget } from './drive.js';
import { postmasterPid } from './cpu.js';

export const ADMIN_PATH = '/admin';
const EMAIL = 'load-bench@counter.local';
const PASSWORD = 'load-bench-password-not-secret';

/** The bench's own owner account, and what the mix asks for: real order ids, email fragments, the figures. */
export async function prepareStaffAndSamples(pgUrl: string) {
  const { databaseTarget } = await import('../../src/config.js');
  const { openDatabase } = await import('../../src/db/client.js');
  const { hashPassword } = await import('../../src/services/passwords.js');
  const { FIGURE_IDS } = await import('../../src/services/dashboard/figures.js');
  const db = openDatabase(databaseTarget(pgUrl));
  try {
    const passwordHash = await hashPassword(PASSWORD);
    await db.prisma.staffUser.upsert({ where: { email: EMAIL }, create: { email: EMAIL, name: 'Load bench', role: 'OWNER', passwordHash }, update: { passwordHash, active: true, role: 'OWNER' } });
    const [orders, customers, products] = await Promise.all([db.prisma.order.count(), db.prisma.customer.count(), db.prisma.product.count()]);
    if (orders === 0) throw new Error(`no orders in ${pgUrl}: seed a shop first (or leave out --pg-url)`);
    const orderIds = (await db.prisma.$queryRawUnsafe<{ id: number }[]>('SELECT id FROM "Order" TABLESAMPLE SYSTEM (5) LIMIT 500')).map((r) => Number(r.id));
    if (orderIds.length === 0) orderIds.push(...(await db.prisma.order.findMany({ select: { id: true }, take: 500 })).map((o) => o.id));
    const emails = await db.prisma.$queryRawUnsafe<{ email: string }[]>('SELECT email FROM "Customer" ORDER BY random() LIMIT 50');
    // What someone types: a few letters of the address, e.g. "lovel" for ada.lovelace@…
    const emailFragments = emails.map((r) => r.email.split('@')[0].slice(0, 5)).filter((f) => f.length >= 3);
    const customersConfigured = (await db.prisma.screenSetting.findUnique({ where: { resourceId: 'Customer' } })) !== null;
    const [{ setting: dataDirectory }] = await db.prisma.$queryRawUnsafe<{ setting: string }[]>(`SELECT setting FROM pg_settings WHERE name = 'data_directory'`).catch(() => [{ setting: '' }]);
    return { counts: { orders, customers, products }, customersConfigured, postmaster: dataDirectory ? postmasterPid(dataDirectory) : null, orderIds, emailFragments: emailFragments.length ? emailFragments : ['example'], figures: [...FIGURE_IDS] };
  } finally {
    await db.close();
  }
}

/** A login through the proxy, as the login form sends it (same-origin POST); answers the session cookie. */
export async function logIn(base: string): Promise<string> {
  const res = await fetch(`${base}${ADMIN_PATH}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base },
    body: new URLSearchParams({ email: EMAIL, password: PASSWORD }),
  });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('counter.sid='))?.split(';')[0];
  if (res.status !== 302 || !cookie) throw new Error(`login through the proxy failed: HTTP ${res.status} ${(await res.text()).slice(0, 200)}`);
  return cookie;
}

/** Each session asked on each instance directly (not through the proxy): still logged in everywhere. */
export async function sessionsValidEverywhere(instances: AppInstance[], cookies: string[]): Promise<boolean> {
  for (const instance of instances) {
    for (const cookie of cookies) {
      const res = await fetch(`http://127.0.0.1:${instance.port}${ADMIN_PATH}/api/dashboard/cards`, { headers: { cookie } });
      await res.arrayBuffer();
      if (res.status !== 200) return false;
    }
  }
  return true;
}

/** Each request of the mix once per instance: the first read of a dashboard period stores its days (seconds on a big shop). */
export async function warmUp(target: LoadTarget, log: (line: string) => void): Promise<void> {
  const started = Date.now();
  const paths = MIX.flatMap((k) => (k.name.startsWith('dashboard figure') ? target.figures.map((id) => `${target.adminPath}/api/dashboard/figures/${id}?period=30d`) : [k.path(target)]));
  for (const path of paths) {
    for (let i = 0; i < 2; i++) {
      const res = await fetch(`${target.base}${path}`, { headers: { cookie: target.cookies[0] }, signal: AbortSignal.timeout(300_000) });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`warm-up: ${path} answered HTTP ${res.status}`);
    }
  }
  log(`warm-up: ${paths.length * 2} requests in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
