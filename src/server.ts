// Process entry: read config, prepare the database, listen, say how to log in.
import { existsSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { ConfigError, loadConfig, type Config } from './config.js';

// AdminJS reads its bundle folder at import; Express refuses to serve from dot-folders.
process.env.ADMIN_JS_TMP_DIR ??= join(process.env.DATA_DIR || 'data', 'adminjs');
// AdminJS serves whatever bundle it finds there; in development, rebuild it from today's components.
if (process.env.NODE_ENV !== 'production') rmSync(join(process.env.ADMIN_JS_TMP_DIR, 'bundle.js'), { force: true });

/** Development keeps a generated secret in the data folder so sessions survive restarts. */
function sessionSecret(config: Config): string {
  if (config.sessionSecret) return config.sessionSecret;
  const file = join(config.dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(config.dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/**
 * Production bundles the admin's React components in a child process (this file again, with
 * COUNTER_BUNDLE_ONLY): Rollup and Babel took the server from about 230 MB to 500 MB of RSS, kept for
 * good. The child builds the same admin (same plugins), writes the bundle and exits.
 */
async function bundleInChild(): Promise<void> {
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], { env: { ...process.env, COUNTER_BUNDLE_ONLY: '1' }, stdio: 'inherit' });
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`bundling the admin's components failed (exit code ${code})`);
  process.env.ADMIN_JS_SKIP_BUNDLE = 'true'; // admin.initialize() now serves the child's bundle
}

async function bundleOnly(config: Config) {
  const { openDatabase } = await import('./db/client.js');
  const { createApp } = await import('./app.js');
  const { PluginHealth } = await import('./plugins/health.js');
  const { loadPlugins } = await import('./plugins/load.js');
  const pluginHealth = new PluginHealth();
  const db = openDatabase(config.database);
  const { admin } = createApp({ config, db, sessionSecret: 'bundling only: no session is opened', plugins: await loadPlugins(config.plugins, pluginHealth), pluginHealth });
  await admin.initialize();
  await db.close();
}

async function main() {
  const config = loadConfig();
  if (process.env.COUNTER_BUNDLE_ONLY) return bundleOnly(config).then(() => process.exit(0));
  const bundled = config.env === 'production' ? bundleInChild() : undefined;
  bundled?.catch(() => undefined); // awaited before listening
  const { openDatabase } = await import('./db/client.js');
  const { migrateDatabase } = await import('./db/migrate.js');
  const db = openDatabase(config.database);
  await migrateDatabase(config.database);

  if ((await db.prisma.order.count()) === 0 && (await db.prisma.product.count()) === 0) {
    const { seedShop } = await import('../prisma/seed/demo.js');
    console.log('Empty database: adding the demo shop…');
    await seedShop(db.prisma, { provider: db.provider });
  }
  const { ensureFirstOwner } = await import('./services/staff.js');
  const owner = await ensureFirstOwner(db.prisma, { email: config.adminEmail, password: config.adminPassword });

  const { createApp } = await import('./app.js');
  const { PluginHealth } = await import('./plugins/health.js');
  const { loadPlugins } = await import('./plugins/load.js');
  const pluginHealth = new PluginHealth(); // a plugin that fails to load is skipped with one line; the app starts
  const plugins = await loadPlugins(config.plugins, pluginHealth);
  const { app, admin, mail, startPlugins } = createApp({ config, db, sessionSecret: sessionSecret(config), mail: { smtpUrl: config.smtpUrl, from: config.mailFrom }, plugins, pluginHealth });
  mail.start(); // retries what could not be sent
  startPlugins(); // the plugins' timers (the low-stock digest)
  if (bundled) await bundled; // the child's bundle is served as is

  const server = app.listen(config.port, config.host, () => {
    const url = `http://${config.host}:${(server.address() as { port: number }).port}${config.adminPath}`;
    console.log(`Counter is running: ${url}  (${db.provider})`);
    if (owner.generatedPassword) {
      console.log(`First start: log in as ${owner.email} with password ${owner.generatedPassword}`);
      console.log('This password is shown once. Change it under Settings → Staff.');
    } else if (owner.created) {
      console.log(`First start: log in as ${owner.email} with the password from ADMIN_PASSWORD.`);
    } else {
      console.log('Log in with your staff account (set ADMIN_EMAIL/ADMIN_PASSWORD only matters on a new database).');
    }
  });
  const stop = () => server.close(() => db.close().then(() => process.exit(0)));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError ? error.message : error instanceof Error ? error.message.split('\n')[0] : String(error);
  console.error(`counter: ${message}`);
  process.exit(1);
});
