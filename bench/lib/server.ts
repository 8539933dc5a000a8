// The benchmark's apps, each in its own process: started, logged in once, asked for their memory.
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { ADMIN_PATH, type ServerKind } from './serve.js';
import { BENCH_EMAIL, BENCH_PASSWORD } from './shop.js';

export interface BenchServer {
  kind: ServerKind;
  /** http://127.0.0.1:port/admin */
  base: string;
  /** A logged-in session's cookie. */
  cookie: string;
  get(path: string): Promise<Response>;
  /** GET, refusing anything but 200, answering the parsed JSON. */
  json<T = unknown>(path: string): Promise<T>;
  post(path: string, body: unknown): Promise<Response>;
  /** The peak RSS and the CPU time from now on. */
  resetPeak(): Promise<void>;
  peak(): Promise<{ peak: number; rss: number; cpuSeconds: number }>;
  stop(): Promise<void>;
}

const SERVE = fileURLToPath(new URL('./serve.ts', import.meta.url));
// As `npm start` runs the app: plain Node with the TypeScript hooks (tsx's loader kept ~160 MB more).
const TS_LOADER = new URL('../../scripts/ts-loader.mjs', import.meta.url).href;

function ask<T>(child: ChildProcess, type: string): Promise<T> {
  const answer = once(child, 'message') as Promise<[T]>;
  child.send({ type });
  return answer.then(([message]) => message);
}

export async function startServer(kind: ServerKind, databaseUrl: string): Promise<BenchServer> {
  // BENCH_CPU_PROF=folder: the servers write V8 CPU profiles there when stopped (open in Chrome's DevTools).
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_CPU_PROF] : [];
  const child = fork(SERVE, ['--serve', kind, databaseUrl], { stdio: 'inherit', execArgv: ['--import', TS_LOADER, ...profile] });
  const [{ port }] = (await Promise.race([once(child, 'message'), once(child, 'exit').then(() => Promise.reject(new Error(`${kind} server exited at start`)))])) as [{ port: number }];
  const base = `http://127.0.0.1:${port}${ADMIN_PATH}`;
  const origin = `http://127.0.0.1:${port}`;
  const login = await fetch(`${base}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
    body: new URLSearchParams({ email: BENCH_EMAIL, password: BENCH_PASSWORD }),
  });
  const cookies = login.headers.getSetCookie().map((c) => c.split(';')[0]);
  if (login.status !== 302 || !cookies.length) throw new Error(`${kind}: login failed: HTTP ${login.status}`);
  const cookie = cookies.join('; ');
  const get = (path: string) => fetch(`${base}${path}`, { headers: { cookie } });
  const server: BenchServer = {
    kind,
    base,
    cookie,
    get,
    async json<T>(path: string) {
      const res = await get(path);
      const text = await res.text();
      if (res.status !== 200) throw new Error(`${kind} GET ${path}: HTTP ${res.status} ${text.slice(0, 300)}`);
      return JSON.parse(text) as T;
    },
    post: (path: string, body: unknown) =>
      fetch(`${base}${path}`, { method: 'POST', headers: { cookie, origin, 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    resetPeak: () => ask(child, 'reset').then(() => undefined),
    peak: () => ask(child, 'report'),
    async stop() {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.send({ type: 'stop' });
      await exited;
    },
  };
  // The admin must answer as logged in, or every figure would measure a redirect to the login page.
  await server.json('/api/resources/Order/actions/list?page=1');
  return server;
}
