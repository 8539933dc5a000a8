// A throwaway PostgreSQL cluster on a free loopback port, for tests, benchmarks and
// migration diffs. Debian's binaries; initdb refuses root, so run as `postgres` then.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, chownSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function binDir() {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) throw new Error('PostgreSQL server binaries not found: apt-get install -y postgresql');
  const version = readdirSync(root).sort((a, b) => Number(b) - Number(a))[0];
  return join(root, version, 'bin');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts a cluster; resolves to { url, stop() }. With `dir`, the cluster lives in that folder and
 * is kept when stopped (the benchmark's shop is seeded once and reused); otherwise it is removed.
 */
export async function startCluster({ database = 'counter', dir: keptDir = null } = {}) {
  const bin = binDir();
  const dir = keptDir ?? mkdtempSync(join(tmpdir(), 'counter-pg-'));
  const existing = keptDir !== null && existsSync(join(dir, 'data', 'PG_VERSION'));
  if (keptDir) mkdirSync(dir, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  if (asRoot) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString()), Number(execFileSync('id', ['-g', 'postgres']).toString()));
  const run = (cmd, args) =>
    execFileSync(asRoot ? 'runuser' : join(bin, cmd), asRoot ? ['-u', 'postgres', '--', join(bin, cmd), ...args] : args, {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
  const port = await freePort();
  if (!existing) run('initdb', ['-D', join(dir, 'data'), '-A', 'trust', '-U', 'counter', '-E', 'UTF8', '--no-sync']);
  const start = () => run('pg_ctl', ['-D', join(dir, 'data'), '-l', join(dir, 'log'), '-w', '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`, 'start']);
  start();
  if (!existing) run('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'counter', database]);
  let stopped = false;
  // An interrupted run (Ctrl-C, CI timeout) must not leave a server and its folder behind.
  const onSignal = () => process.exit(130);
  process.once('exit', () => cluster.stop());
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const cluster = {
    url: `postgresql://counter@127.0.0.1:${port}/${database}`,
    port,
    createDatabase(name) {
      run('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'counter', name]);
      return `postgresql://counter@127.0.0.1:${port}/${name}`;
    },
    /** The database going away for a while (fault tests): a fast shutdown, then the same server again. */
    pause() {
      run('pg_ctl', ['-D', join(dir, 'data'), '-m', 'fast', '-w', 'stop']);
    },
    resume() {
      start();
    },
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        run('pg_ctl', ['-D', join(dir, 'data'), '-m', keptDir ? 'fast' : 'immediate', '-w', 'stop']);
      } finally {
        if (!keptDir) rmSync(dir, { recursive: true, force: true });
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
    },
  };
  return cluster;
}
