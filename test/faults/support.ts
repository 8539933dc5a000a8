// Fault tests run the real server as a child process (what `npm start` runs) on a database of their own,
// talk to it over HTTP like a browser, and kill it, or its database, on purpose. Everything they start
// is removed afterwards, also when a test fails.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { databaseTarget } from '../../src/config.js';
import { openDatabase, type Database } from '../../src/db/client.js';
import { migrateDatabase } from '../../src/db/migrate.js';

export const ADMIN = '/admin';
export const OWNER = { email: 'owner@faults.test', password: 'a long enough fault password' };

export interface PgCluster {
  url: string;
  createDatabase(name: string): string;
  pause(): void;
  resume(): void;
  stop(): void;
}

export async function startPgCluster(): Promise<PgCluster> {
  // @ts-expect-error plain JavaScript helper shared with the test runner
  const { startCluster } = await import('../../scripts/pg-cluster.mjs');
  return startCluster({ database: 'faults' });
}

export interface FaultDb {
  url: string;
  db: Database;
  /** The SQLite file (to watch its journal), when on SQLite. */
  file?: string;
  drop(): Promise<void>;
}

let n = 0;
/** A fresh migrated database: a temp SQLite file, or a new database on the given cluster. */
export async function freshDatabase(cluster?: PgCluster): Promise<FaultDb> {
  if (cluster) {
    const url = cluster.createDatabase(`faults_${process.pid}_${++n}`);
    await migrateDatabase(databaseTarget(url));
    const db = openDatabase(databaseTarget(url));
    return { url, db, drop: () => db.close() };
  }
  const dir = mkdtempSync(join(tmpdir(), 'counter-faults-'));
  const file = join(dir, 'shop.db');
  const url = `file:${file}`;
  await migrateDatabase(databaseTarget(url));
  const db = openDatabase(databaseTarget(url));
  return { url, db, file, drop: async () => { await db.close(); rmSync(dir, { recursive: true, force: true }); } };
}

export interface ServerProcess {
  child: ChildProcess;
  base: string;
  output: () => string;
  exited: () => boolean;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

const running = new Set<ServerProcess>();

/** `node --import tsx src/server.ts` with its environment; resolves once it listens. */
export async function startServer(databaseUrl: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), 'counter-faults-data-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: {
      ...process.env, NODE_OPTIONS: '', NODE_ENV: 'test', DATABASE_URL: databaseUrl, PORT: '0', HOST: '127.0.0.1', ADMIN_PATH: ADMIN,
      ADMIN_EMAIL: OWNER.email, ADMIN_PASSWORD: OWNER.password, SESSION_SECRET: 'fault-tests-secret-'.padEnd(40, 'x'), DATA_DIR: dataDir,
      ADMIN_JS_TMP_DIR: join(dataDir, 'adminjs'), ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let done = false;
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exit = new Promise<void>((resolve) => child.once('exit', () => ((done = true), resolve())));
  const server: ServerProcess = {
    child,
    base: '',
    output: () => out,
    exited: () => done,
    async kill(signal = 'SIGKILL') {
      if (!done) child.kill(signal);
      await exit;
      running.delete(server);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  running.add(server);
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 60 s:\n${out}`)), 60_000);
    const check = () => {
      const m = /Counter is running: (http:\/\/[^/\s]+)/.exec(out);
      if (m) (clearTimeout(timer), resolve(m[1]));
    };
    child.stdout!.on('data', check);
    void exit.then(() => (clearTimeout(timer), reject(new Error(`server exited at start:\n${out}`))));
  }).catch(async (error) => {
    await server.kill();
    throw error;
  });
  server.base = base;
  return server;
}

/** Kills whatever server a failed test left running. */
export async function killAll(): Promise<void> {
  await Promise.all([...running].map((s) => s.kill()));
}

export interface Session {
  request(method: string, path: string, body?: unknown, init?: { signal?: AbortSignal; form?: FormData }): Promise<{ status: number; body: unknown }>;
}

/** Logs the owner in over HTTP and keeps the session cookie; requests send the admin's own Origin. */
export async function logIn(base: string): Promise<Session> {
  const res = await fetch(`${base}${ADMIN}/login`, {
    method: 'POST', redirect: 'manual',
    headers: { Origin: base, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email: OWNER.email, password: OWNER.password }),
  });
  if (res.status !== 302) throw new Error(`login failed: HTTP ${res.status}`);
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return {
    async request(method, path, body, init = {}) {
      const json = body !== undefined && !init.form;
      const r = await fetch(`${base}${ADMIN}${path}`, {
        method, redirect: 'manual', signal: init.signal,
        headers: { Origin: base, Cookie: cookie, ...(json ? { 'Content-Type': 'application/json' } : {}) },
        body: init.form ?? (json ? JSON.stringify(body) : undefined),
      });
      const text = await r.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // not JSON: keep the text
      }
      return { status: r.status, body: parsed };
    },
  };
}

/** Polls until `ready()` holds (a fault point reached), at most `ms`. */
export async function until(ready: () => boolean | Promise<boolean>, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!(await ready())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}
