// A bad setting stops the start with one clear line naming it, and a non-zero exit.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, ConfigError } from '../../src/config.js';

function start(env: Record<string, string>) {
  const dataDir = mkdtempSync(join(tmpdir(), 'counter-config-'));
  const run = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/server.ts'], {
    env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, PORT: '0', ...env },
    encoding: 'utf8',
    timeout: 10 * 60_000, // a start that hangs; a busy machine takes longer than a quiet one
  });
  const lines = run.stderr.split('\n').filter(Boolean);
  return { status: run.status, lines };
}

test.each([
  [{ DATABASE_URL: 'mysql://localhost/shop' }, /^counter: DATABASE_URL scheme "mysql" is not supported/],
  [{ DATABASE_URL: 'file:/dev/null/shop.db' }, /^counter: DATABASE_URL: cannot write the SQLite database at \/dev\/null\/shop\.db/],
  [{ NODE_ENV: 'production' }, /^counter: SESSION_SECRET is required when NODE_ENV=production/],
  [{ ADMIN_PATH: 'admin' }, /^counter: ADMIN_PATH: must look like \/admin/],
])('%o stops the start with one line', (env, message) => {
  const { status, lines } = start(env as Record<string, string>);
  expect(status).not.toBe(0);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(message);
});

test('a good environment gives a typed config', () => {
  const config = loadConfig({ DATABASE_URL: 'postgresql://u@h/db', ADMIN_PATH: '/back-office-7f3k', TRUST_PROXY: '1', PORT: '8080' });
  expect(config.database.provider).toBe('postgresql');
  expect(config).toMatchObject({ adminPath: '/back-office-7f3k', trustProxy: true, port: 8080, env: 'development' });
  expect(() => loadConfig({ SESSION_SECRET: 'short' })).toThrow(ConfigError);
});
