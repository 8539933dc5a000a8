// npm test: the whole suite on SQLite, then again on a throwaway PostgreSQL cluster.
// Each pass migrates one template database; every test file gets its own copy of it.
import { spawnSync, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCluster } from './pg-cluster.mjs';

const require = createRequire(import.meta.url);
const tsxCli = join(require.resolve('tsx/package.json'), '..', 'dist', 'cli.mjs');
const jestCli = join(require.resolve('jest/package.json'), '..', 'bin', 'jest.js');
const only = process.env.COUNTER_TEST_ONLY; // "sqlite" or "postgresql" to run one pass
const jestArgs = process.argv.slice(2);

// The app's own migration step (src/db/migrate.ts), run through tsx.
function migrate(url) {
  execFileSync(process.execPath, [tsxCli, 'scripts/migrate.ts', url], { stdio: ['ignore', 'ignore', 'inherit'] });
}

function jest(label, env) {
  console.log(`\n━━ ${label} ━━`);
  const run = spawnSync(process.execPath, ['--experimental-vm-modules', '--no-warnings', jestCli, ...jestArgs], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return run.status ?? 1;
}

let failed = 0;
if (!only || only === 'sqlite') {
  const dir = mkdtempSync(join(tmpdir(), 'counter-template-'));
  const template = join(dir, 'template.db');
  try {
    migrate(`file:${template}`);
    failed += jest('SQLite', { COUNTER_TEST_PROVIDER: 'sqlite', COUNTER_TEST_SQLITE_TEMPLATE: template });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
if (!only || only === 'postgresql') {
  const cluster = await startCluster({ database: 'counter_template' });
  try {
    migrate(cluster.url);
    const server = cluster.url.replace(/\/counter_template$/, '/postgres');
    failed += jest('PostgreSQL', { COUNTER_TEST_PROVIDER: 'postgresql', COUNTER_TEST_PG_URL: server, COUNTER_TEST_PG_TEMPLATE: 'counter_template' });
  } finally {
    cluster.stop();
  }
}
process.exit(failed ? 1 : 0);
