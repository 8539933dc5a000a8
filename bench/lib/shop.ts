// The benchmark shop: seeded once per database and reused while it still holds what the run asks for.
import { resolve } from 'node:path';
import type { Database } from '../../src/db/client.js';

export const BENCH_EMAIL = 'bench@counter.local';
export const BENCH_PASSWORD = 'bench-password-not-secret';

/** The benchmark shop's size (prisma/seed/demo.ts BENCH_SHOP gives the rest: lines per order, loyalty skew). */
export interface ShopSize {
  orders: number;
  customers: number;
  products: number;
}

export interface PreparedShop {
  url: string;
  provider: 'sqlite' | 'postgresql';
  counts: { orders: number; lines: number; customers: number; products: number };
}

/** The shop of that size in that database (migrated, seeded unless it already holds it), and a bench owner. */
export async function prepareShop(url: string, size: ShopSize, log: (line: string) => void): Promise<PreparedShop> {
  const { databaseTarget } = await import('../../src/config.js');
  const { openDatabase } = await import('../../src/db/client.js');
  const { migrateDatabase } = await import('../../src/db/migrate.js');
  const target = databaseTarget(url);
  await migrateDatabase(target);
  const db = openDatabase(target);
  try {
    let counts = await countShop(db);
    if (counts.orders !== size.orders || counts.customers < size.customers || counts.products < size.products) {
      await seed(db, size, log);
      counts = await countShop(db);
    } else log(`reusing the ${db.provider} shop: ${describe(counts)}`);
    if (db.provider === 'postgresql') await db.prisma.$executeRawUnsafe('ANALYZE');
    else await db.prisma.$executeRawUnsafe('PRAGMA optimize');
    const { hashPassword } = await import('../../src/services/passwords.js');
    const passwordHash = await hashPassword(BENCH_PASSWORD);
    await db.prisma.staffUser.upsert({
      where: { email: BENCH_EMAIL },
      create: { email: BENCH_EMAIL, name: 'Bench', role: 'OWNER', passwordHash },
      update: { passwordHash, active: true, role: 'OWNER' },
    });
    return { url, provider: db.provider, counts };
  } finally {
    await db.close();
  }
}

async function seed(db: Database, size: ShopSize, log: (line: string) => void): Promise<void> {
  const { BENCH_SHOP, seedShop } = await import('../../prisma/seed/demo.js');
  const { resetShop, shopCounts } = await import('../../prisma/seed/reset.js');
  const before = await shopCounts(db.prisma);
  if (before.orders + before.products + before.customers > 0) await resetShop(db.prisma, db.provider);
  log(`seeding ${size.orders.toLocaleString('en')} orders, ${size.customers.toLocaleString('en')} customers, ${size.products.toLocaleString('en')} products (${db.provider})…`);
  const started = Date.now();
  await seedShop(db.prisma, { ...BENCH_SHOP, ...size, provider: db.provider, log: (line) => log(`  ${line}`) });
  log(`seeded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

async function countShop(db: Database): Promise<PreparedShop['counts']> {
  const [orders, lines, customers, products] = await Promise.all([
    db.prisma.order.count(), db.prisma.orderLine.count(), db.prisma.customer.count(), db.prisma.product.count(),
  ]);
  return { orders, lines, customers, products };
}

export const describe = (c: PreparedShop['counts']) =>
  `${c.orders.toLocaleString('en')} orders, ${c.lines.toLocaleString('en')} lines, ${c.customers.toLocaleString('en')} customers, ${c.products.toLocaleString('en')} products`;

/** The benchmark's PostgreSQL cluster: kept in data/bench-pg between runs, so its shop is seeded once. */
export async function benchCluster(): Promise<{ url: string; stop(): void }> {
  // @ts-expect-error plain JavaScript helper shared with the test runner
  const { startCluster } = await import('../../scripts/pg-cluster.mjs');
  return startCluster({ database: 'counter_bench', dir: resolve('data/bench-pg') });
}
