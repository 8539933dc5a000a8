// npx tsx bench/export.ts [--orders N] [--db /tmp/export-bench.db]
// Seeds (or reuses) an SQLite demo shop of N orders, starts the app in a child process,
// downloads the full orders CSV over HTTP and prints rows, seconds, rows/s and the server's
// peak RSS (sampled every 100 ms). A benchmark, not a test: it asserts nothing.
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse';

const ADMIN_PATH = '/admin';
const EMAIL = 'bench@counter.local';
const PASSWORD = 'bench-password-not-secret';

interface Args {
  orders: number;
  db: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { orders: 200_000, db: '/tmp/export-bench.db' };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--orders') args.orders = Number(String(argv[++i]).replace(/[_,]/g, ''));
    else if (argv[i] === '--db') args.db = String(argv[++i]);
    else throw new Error(`unknown argument ${argv[i]} (usage: npx tsx bench/export.ts [--orders N] [--db FILE])`);
  }
  if (!Number.isInteger(args.orders) || args.orders < 1) throw new Error('--orders needs a whole number');
  return args;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** The shop of N orders, seeded unless the file already holds exactly that many. */
async function prepareShop({ orders, db: file }: Args): Promise<void> {
  const { databaseTarget } = await import('../src/config.js');
  const { openDatabase } = await import('../src/db/client.js');
  const { migrateDatabase } = await import('../src/db/migrate.js');
  const { seedShop } = await import('../prisma/seed/demo.js');
  const { resetShop, shopCounts } = await import('../prisma/seed/reset.js');
  const { hashPassword } = await import('../src/services/passwords.js');
  const target = databaseTarget(`file:${file}`);
  await migrateDatabase(target);
  const db = openDatabase(target);
  try {
    const counts = await shopCounts(db.prisma);
    if (counts.orders !== orders) {
      if (counts.orders + counts.products + counts.customers > 0) await resetShop(db.prisma, db.provider);
      console.log(`seeding ${orders.toLocaleString('en')} orders into ${file}…`);
      const started = Date.now();
      await seedShop(db.prisma, { orders, provider: 'sqlite' });
      console.log(`seeded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    } else console.log(`reusing ${file} (${orders.toLocaleString('en')} orders)`);
    const passwordHash = await hashPassword(PASSWORD);
    await db.prisma.staffUser.upsert({ where: { email: EMAIL }, create: { email: EMAIL, name: 'Bench', role: 'OWNER', passwordHash }, update: { passwordHash, active: true } });
  } finally {
    await db.close();
  }
}

/** Child process: the app on a free port, its RSS sampled every 100 ms. */
async function serve(file: string): Promise<void> {
  process.env.ADMIN_JS_TMP_DIR ??= '/tmp/export-bench-adminjs';
  const { databaseTarget } = await import('../src/config.js');
  const { openDatabase } = await import('../src/db/client.js');
  const { createApp } = await import('../src/app.js');
  const db = openDatabase(databaseTarget(`file:${file}`));
  const { app } = createApp({ config: { adminPath: ADMIN_PATH, trustProxy: false }, db, sessionSecret: 'bench-'.padEnd(40, 'x') });
  let peak = 0;
  const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
  const timer = setInterval(sample, 100);
  const server = app.listen(0, '127.0.0.1', () => {
    sample();
    process.send!({ port: (server.address() as { port: number }).port, rss: process.memoryUsage().rss });
  });
  process.on('message', (message: { type: string }) => {
    if (message.type === 'reset') peak = process.memoryUsage().rss;
    if (message.type === 'reset' || message.type === 'report') process.send!({ peak, rss: process.memoryUsage().rss });
    if (message.type === 'stop') {
      clearInterval(timer);
      server.close(() => db.close().then(() => process.exit(0)));
    }
  });
}

function ask<T>(child: ChildProcess, type: string): Promise<T> {
  const answer = once(child, 'message') as Promise<[T]>;
  child.send({ type });
  return answer.then(([message]) => message);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  await prepareShop(args);
  const child = fork(fileURLToPath(import.meta.url), ['--serve', args.db], { stdio: 'inherit' });
  try {
    const [{ port, rss: startRss }] = (await once(child, 'message')) as [{ port: number; rss: number }];
    const base = `http://127.0.0.1:${port}${ADMIN_PATH}`;
    const login = await fetch(`${base}/login`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ email: EMAIL, password: PASSWORD }) });
    if (login.status !== 302) throw new Error(`login failed: HTTP ${login.status}`);
    const cookie = String(login.headers.get('set-cookie')).split(';')[0];
    await ask(child, 'reset');

    const started = performance.now();
    const res = await fetch(`${base}/api/export/Order.csv`, { headers: { cookie } });
    if (res.status !== 200 || !res.body) throw new Error(`export failed: HTTP ${res.status} ${await res.text()}`);
    const firstByte = performance.now() - started;
    let bytes = 0;
    let rows = 0;
    const orders = new Set<string>();
    const parser = parse({ columns: true });
    parser.on('data', (record: Record<string, string>) => {
      rows++;
      if (record.Email) orders.add(record.Name);
    });
    const parsed = once(parser, 'end');
    for await (const chunk of res.body) {
      bytes += chunk.length;
      if (!parser.write(chunk)) await once(parser, 'drain');
    }
    parser.end();
    await parsed;
    const seconds = (performance.now() - started) / 1000;
    const { peak } = await ask<{ peak: number }>(child, 'report');

    console.log(`\norders export of ${args.orders.toLocaleString('en')} orders (SQLite, ${args.db})`);
    console.log(`  rows (line items)   ${rows.toLocaleString('en')}  (${orders.size.toLocaleString('en')} orders)`);
    console.log(`  size                ${mb(bytes)}`);
    console.log(`  first byte after    ${firstByte.toFixed(0)} ms`);
    console.log(`  seconds             ${seconds.toFixed(1)}`);
    console.log(`  rows/s              ${Math.round(rows / seconds).toLocaleString('en')}  (${Math.round(orders.size / seconds).toLocaleString('en')} orders/s)`);
    console.log(`  server RSS          ${mb(startRss)} at start, peak ${mb(peak)} during the export`);
  } finally {
    child.send({ type: 'stop' });
    await once(child, 'exit');
  }
}

if (process.argv[2] === '--serve') {
  serve(process.argv[3]).catch((error) => {
    console.error(error);
    process.exit(1);
  });
} else {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
