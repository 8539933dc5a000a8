// npm run seed -- [--orders N] [--seed N] [--reset]
// Fills the database named by DATABASE_URL with the demo shop (migrating it first).
import { loadConfig } from '../../src/config.js';
import { openDatabase } from '../../src/db/client.js';
import { migrateDatabase } from '../../src/db/migrate.js';
import { seedShop } from './demo.js';
import { resetShop, shopCounts } from './reset.js';

const USAGE = 'usage: npm run seed -- [--orders N] [--seed N] [--reset]';

interface Args {
  orders: number;
  seed: number;
  reset: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { orders: 3000, seed: 42, reset: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--reset') args.reset = true;
    else if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    else if (flag === '--orders' || flag === '--seed') {
      const value = Number(String(argv[++i] ?? '').replace(/[_,]/g, ''));
      if (!Number.isInteger(value) || value < 0) throw new Error(`${flag} needs a whole number (${USAGE})`);
      args[flag === '--orders' ? 'orders' : 'seed'] = value;
    } else throw new Error(`unknown argument "${flag}" (${USAGE})`);
  }
  return args;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const config = loadConfig();
  await migrateDatabase(config.database);
  const db = openDatabase(config.database);
  try {
    const existing = await shopCounts(db.prisma);
    if (existing.orders + existing.products + existing.customers > 0) {
      if (!args.reset) {
        const fmt = (n: number) => n.toLocaleString('en');
        console.error(`Refusing to seed: the database already holds shop data (${fmt(existing.orders)} orders, ${fmt(existing.products)} products, ${fmt(existing.customers)} customers); re-run with --reset to replace it.`);
        return 1;
      }
      console.log('Removing the existing shop data (staff accounts and sessions are kept)…');
      await resetShop(db.prisma, db.provider);
    }
    const started = Date.now();
    const summary = await seedShop(db.prisma, { orders: args.orders, seed: args.seed, provider: db.provider, log: (line) => console.log(line) });
    const seconds = (Date.now() - started) / 1000;
    const rows = Object.values(summary).reduce((a, b) => a + b, 0);
    console.log('\nCreated:');
    for (const [model, count] of Object.entries(summary)) if (count) console.log(`  ${model.padEnd(22)} ${count.toLocaleString('en').padStart(12)}`);
    console.log(`\n${rows.toLocaleString('en')} rows in ${seconds.toFixed(1)} s (${Math.round(rows / seconds).toLocaleString('en')} rows/s), seed ${args.seed}.`);
    return 0;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // Prisma's messages can quote pages of minified source; the cause is on the last line.
    const lines = (error instanceof Error ? error.message : String(error)).trim().split('\n');
    console.error(lines.length > 3 ? lines[lines.length - 1].trim() : lines.join('\n'));
    process.exit(1);
  },
);
