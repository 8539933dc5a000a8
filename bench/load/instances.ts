// Counter app instances as production runs them: `src/server.ts` in its own process with
// NODE_ENV=production (components bundled at start), one PostgreSQL database, sessions in that
// database, one SESSION_SECRET shared by every instance (as behind any load balancer), and each
// instance with its own data folder (its own machine, in real life).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { processCpuMs } from './cpu.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const START_TIMEOUT_MS = 5 * 60_000; // bundling the components takes a while on a busy machine

export interface AppInstance {
  name: string;
  port: number;
  /** Lines the server logged about failed requests ("counter: GET … failed", unreachable database…). */
  errorLines(): string[];
  /** CPU time the process has used so far (user + system), in ms; NaN where /proc is missing. */
  cpuMs(): number;
  stop(): Promise<void>;
}

export interface InstanceSettings {
  pgUrl: string;
  sessionSecret: string;
  adminPath: string;
  /** Each instance gets `<dir>/<name>` as its DATA_DIR. */
  dir: string;
  log: (line: string) => void;
}

/** Starts one instance on a free loopback port; resolves once it listens. */
export async function startInstance(name: string, settings: InstanceSettings): Promise<AppInstance> {
  const dataDir = join(settings.dir, name);
  mkdirSync(dataDir, { recursive: true });
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ['ADMIN_EMAIL', 'ADMIN_PASSWORD', 'SMTP_URL', 'UPLOADS_DIR', 'ADMIN_JS_SKIP_BUNDLE', 'COUNTER_PLUGINS']) delete env[key];
  Object.assign(env, {
    NODE_ENV: 'production',
    DATABASE_URL: settings.pgUrl,
    HOST: '127.0.0.1',
    PORT: '0',
    ADMIN_PATH: settings.adminPath,
    SESSION_SECRET: settings.sessionSecret,
    TRUST_PROXY: '0', // plain HTTP on loopback: no X-Forwarded-Proto, so no Secure cookie
    DATA_DIR: dataDir,
    ADMIN_JS_TMP_DIR: join(dataDir, 'adminjs'),
  });
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  process.once('exit', () => child.kill('SIGKILL')); // an interrupted bench leaves no server behind
  const errors: string[] = [];
  let shown = 0;
  const tail: string[] = [];
  const port = new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`instance ${name} did not start within ${START_TIMEOUT_MS / 1000} s:\n${tail.join('\n')}`)), START_TIMEOUT_MS);
    const onLine = (line: string, stream: 'out' | 'err') => {
      tail.push(line);
      if (tail.length > 40) tail.shift();
      const running = /Counter is running: http:\/\/[^:]+:(\d+)/.exec(line);
      if (running) {
        clearTimeout(timer);
        resolve(Number(running[1]));
      }
      if (stream === 'err' && /^counter: /.test(line) && !/login failed|login refused/.test(line)) errors.push(line);
      if (stream === 'err' && shown < 20 && !/^Circular dependency/.test(line)) { // the bundler's notes on recharts
        shown++;
        settings.log(`  [${name}] ${line}`);
      }
    };
    lines(child.stdout!, (line) => onLine(line, 'out'));
    lines(child.stderr!, (line) => onLine(line, 'err'));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`instance ${name} exited (${code}) at start:\n${tail.join('\n')}`));
    });
  });
  try {
    return {
      name,
      port: await port,
      errorLines: () => [...errors],
      cpuMs: () => processCpuMs(child.pid!),
      stop: async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        const exited = once(child, 'exit');
        child.kill('SIGTERM');
        const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(killer);
      },
    };
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
}

function lines(stream: NodeJS.ReadableStream, onLine: (line: string) => void): void {
  let rest = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    const parts = (rest + chunk).split('\n');
    rest = parts.pop() ?? '';
    for (const part of parts) if (part.trim()) onLine(part);
  });
}

