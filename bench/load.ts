// npx tsx bench/load.ts [--pg-url URL] [--orders N] [--duration 60] [--step 10] [--concurrency auto|1,2,4|16] [--sessions 8] [--per-request]
// Several instances on one PostgreSQL: two Counter processes started as production starts them
// (src/server.ts, NODE_ENV=production, sessions in the database, one shared SESSION_SECRET) behind a
// round-robin proxy. Some sessions log in through the proxy; then autocannon drives a mix of staff
// reads with those sessions, so every session is served by both instances. Concurrency is stepped
// (short steps) to find the highest at which p95 < 200 ms with no error and no lost session, then that
// concurrency runs for --duration seconds. Prints and returns the figures, and writes them as JSON
// under bench/results/. Without --pg-url it starts a throwaway cluster and seeds a shop of --orders.
// A benchmark, not a test: it asserts nothing.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runStep, MIX, type LoadTarget, type StepResult } from './load/drive.js';
import { startInstance, type AppInstance } from './load/instances.js';
import { startProxy, type RoundRobinProxy } from './load/proxy.js';
import { settingsCheck, type SettingsCheck } from './load/settings-check.js';
import { serverTreeCpuMs } from './load/cpu.js';
import { ADMIN_PATH, logIn, prepareStaffAndSamples, sessionsValidEverywhere, warmUp } from './load/shop.js';
import { header, line, report } from './load/report.js';
import { prepareShop } from './lib/shop.js';

const P95_TARGET_MS = 200;
const AUTO_STEPS = [1, 2, 4, 8, 16, 32, 64];
const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url));

export interface LoadTestOptions {
  /** A migrated, seeded shop on PostgreSQL (the bench adds its own staff account). */
  pgUrl: string;
  /** Seconds of the final run at the concurrency found. */
  duration?: number;
  /** Seconds of each step while looking for that concurrency. */
  stepSeconds?: number;
  /** 'auto' steps 1, 2, 4 … 64 and refines the knee; a list steps through it; one number skips the steps. */
  concurrency?: 'auto' | number[];
  /** Logged-in sessions shared by the connections. */
  sessions?: number;
  /** After the final run, each request of the mix alone for a few seconds: its CPU time and latency. */
  perRequest?: boolean;
  /** Write the result as JSON under bench/results/ (default true). */
  writeJson?: boolean;
  log?: (line: string) => void;
}

export interface InstanceRun extends StepResult {
  perInstance: number[];
  sessionsOnBothInstances: string;
  /**
   * CPU time per answered request (ms): both app instances together, PostgreSQL (its whole server,
   * when it runs on this machine; NaN otherwise), the proxy, the load generator. Unlike latency it
   * hardly depends on what else the machine runs: 1000 ms × cores / their sum bounds the req/s of
   * an otherwise idle machine.
   */
  cpuMsPerRequest: { instances: number; postgres: number; proxy: number; loadGenerator: number };
}

export interface LoadTestResult {
  at: string;
  shop: { orders: number; customers: number; products: number };
  machine: { cpus: number; loadAverageBefore: number[]; loadAverageAfter: number[]; note: string };
  instances: number;
  sessions: number;
  mix: { request: string; weight: number }[];
  p95TargetMs: number;
  steps: InstanceRun[];
  /** The concurrency found (highest with p95 under the target, no error, no lost session). */
  concurrency: number;
  final: InstanceRun;
  /** Whether the final run itself met the target: p95 under it, no error, no lost session, both instances busy. */
  met: boolean;
  /** After the run, every session was still logged in on each instance, asked directly. */
  sessionsStillValidOnEachInstance: boolean;
  /** A screen setting saved under load through the proxy showed on each instance (and so did its reset). */
  settings: SettingsCheck;
  serverErrorLines: string[];
  /** With `perRequest`: each request of the mix alone, one connection. */
  perRequest?: { request: string; reqPerSec: number; p50: number; p95: number; cpuMsApp: number; cpuMsPostgres: number }[];
  file?: string;
}

const ok = (step: StepResult) => step.latencyMs.p95 < P95_TARGET_MS && step.errors === 0 && step.lostSessions === 0;

export async function runLoadTest(options: LoadTestOptions): Promise<LoadTestResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const duration = options.duration ?? 60;
  const stepSeconds = options.stepSeconds ?? 10;
  const sessionCount = options.sessions ?? 8;
  const loadAverageBefore = loadavg().map((l) => Math.round(l * 100) / 100);
  const shop = await prepareStaffAndSamples(options.pgUrl);
  log(`load test on PostgreSQL: ${shop.counts.orders.toLocaleString('en')} orders, 2 instances, ${sessionCount} sessions (load average ${loadAverageBefore.join(' ')}, ${cpus().length} cores)`);

  const dir = mkdtempSync(join(tmpdir(), 'counter-load-'));
  const instances: AppInstance[] = [];
  let proxy: RoundRobinProxy | null = null;
  try {
    const instanceSettings = { pgUrl: options.pgUrl, sessionSecret: randomBytes(32).toString('hex'), adminPath: ADMIN_PATH, dir, log };
    let started = Date.now();
    instances.push(...(await Promise.all(['a', 'b'].map((name) => startInstance(name, instanceSettings)))));
    log(`instances started in ${((Date.now() - started) / 1000).toFixed(0)} s on ports ${instances.map((i) => i.port).join(', ')}`);
    proxy = await startProxy(instances.map((i) => i.port));
    const base = `http://127.0.0.1:${proxy.port}`;

    started = Date.now();
    const cookies: string[] = [];
    for (let i = 0; i < sessionCount; i++) cookies.push(await logIn(base));
    log(`${sessionCount} sessions logged in through the proxy in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const target: LoadTarget = { base, adminPath: ADMIN_PATH, cookies, orderIds: shop.orderIds, emailFragments: shop.emailFragments, figures: shop.figures };
    if (!(await sessionsValidEverywhere(instances, cookies))) throw new Error('a session logged in through the proxy is not logged in on every instance');

    await warmUp(target, log);
    await runStep(target, 2, 5); // connection pools, statement caches, the JIT
    await proxy.takeCounts();

    const measured = async (concurrency: number, seconds: number, only?: string): Promise<InstanceRun> => {
      const instancesCpu = instances.reduce((sum, i) => sum + i.cpuMs(), 0);
      const postgresCpu = shop.postmaster ? serverTreeCpuMs(shop.postmaster) : NaN;
      const ownCpu = process.cpuUsage();
      const step = await runStep(target, concurrency, seconds, only);
      const own = process.cpuUsage(ownCpu);
      const counts = await proxy!.takeCounts();
      const per = (ms: number) => Math.round((ms / Math.max(1, step.requests)) * 100) / 100;
      const run: InstanceRun = {
        ...step,
        perInstance: counts.perInstance,
        sessionsOnBothInstances: `${counts.sessionsOnEveryInstance}/${counts.sessions}`,
        cpuMsPerRequest: {
          instances: per(instances.reduce((sum, i) => sum + i.cpuMs(), 0) - instancesCpu),
          postgres: shop.postmaster ? per(serverTreeCpuMs(shop.postmaster) - postgresCpu) : NaN,
          proxy: per(counts.cpuMs), loadGenerator: per((own.user + own.system) / 1000) },
      };
      if (!only) log(line(run));
      for (const failure of step.failures.slice(0, 3)) log(`      ${failure}`);
      return run;
    };

    const steps: InstanceRun[] = [];
    const asked = options.concurrency ?? 'auto';
    let best = asked === 'auto' ? 0 : asked.length === 1 ? asked[0] : 0;
    if (asked === 'auto' || asked.length > 1) {
      log(`\nsteps of ${stepSeconds} s (p95 target ${P95_TARGET_MS} ms):`);
      log(header());
      let firstBad: number | null = null;
      for (const concurrency of asked === 'auto' ? AUTO_STEPS : asked) {
        const step = await measured(concurrency, stepSeconds);
        steps.push(step);
        if (!ok(step)) {
          firstBad = concurrency;
          break;
        }
        best = concurrency;
      }
      // Narrow the knee between the last good and the first bad step (twice at most).
      for (let i = 0; i < 2 && firstBad !== null && firstBad - Math.max(best, 1) > 2; i++) {
        const middle = Math.round((Math.max(best, 1) + firstBad) / 2);
        const step = await measured(middle, stepSeconds);
        steps.push(step);
        if (ok(step)) best = middle;
        else firstBad = middle;
      }
      if (best === 0) best = 1; // not even one connection met the target: report it at 1
    }

    log(`\nfinal run: ${best} connections for ${duration} s (a screen setting saved half-way through)`);
    log(header());
    const settings = settingsCheck({ base, adminPath: ADMIN_PATH, cookie: cookies[0] }, instances.map((i) => ({ base: `http://127.0.0.1:${i.port}`, adminPath: ADMIN_PATH, cookie: cookies[0] })), shop.customersConfigured);
    const halfway = setTimeout(() => settings.save(), (duration * 1000) / 2);
    let final = await measured(best, duration);
    clearTimeout(halfway);
    if (!ok(final) && steps.some((s) => ok(s) && s.concurrency < best)) {
      // The machine is shared: one lower step, once, so a noisy minute does not decide alone.
      best = Math.max(...steps.filter((s) => ok(s) && s.concurrency < best).map((s) => s.concurrency));
      log(`the final run missed the target; again at ${best} connections`);
      final = await measured(best, duration);
    }
    const stillValid = await sessionsValidEverywhere(instances, cookies);
    const settingsResult = await settings.verify();
    let perRequest: LoadTestResult['perRequest'];
    if (options.perRequest) {
      log('\neach request alone (1 connection, 5 s): req/s, p50, p95, CPU ms per request in the app and in PostgreSQL');
      perRequest = [];
      for (const kind of MIX) {
        const run = await measured(1, 5, kind.name);
        const row = { request: kind.name, reqPerSec: run.reqPerSec, p50: run.latencyMs.p50, p95: run.latencyMs.p95, cpuMsApp: run.cpuMsPerRequest.instances, cpuMsPostgres: run.cpuMsPerRequest.postgres };
        perRequest.push(row);
        log(`  ${kind.name.padEnd(28)} ${String(row.reqPerSec).padStart(6)} ${`${row.p50} ms`.padStart(9)} ${`${row.p95} ms`.padStart(9)} ${String(row.cpuMsApp).padStart(7)} ${String(row.cpuMsPostgres).padStart(7)}`);
      }
    }
    const fair = final.perInstance.every((n) => n >= final.requests / instances.length / 1.5);
    const result: LoadTestResult = {
      at: new Date().toISOString(),
      shop: shop.counts,
      machine: { cpus: cpus().length, loadAverageBefore, loadAverageAfter: loadavg().map((l) => Math.round(l * 100) / 100), note: 'load generator, proxy, both instances and PostgreSQL share these cores' },
      instances: instances.length,
      sessions: sessionCount,
      mix: MIX.map((k) => ({ request: k.name, weight: k.weight })),
      p95TargetMs: P95_TARGET_MS,
      steps,
      concurrency: best,
      final,
      met: ok(final) && fair && stillValid && (settingsResult.shared || !settingsResult.checked),
      sessionsStillValidOnEachInstance: stillValid,
      settings: settingsResult,
      perRequest,
      serverErrorLines: instances.flatMap((i) => i.errorLines().map((l) => `${i.name}: ${l}`)).slice(0, 50),
    };
    if (options.writeJson !== false) {
      mkdirSync(RESULTS_DIR, { recursive: true });
      result.file = join(RESULTS_DIR, `load-${result.at.replace(/[:.]/g, '-')}.json`);
      writeFileSync(result.file, `${JSON.stringify(result, null, 2)}\n`);
    }
    report(result, log);
    return result;
  } finally {
    await proxy?.stop();
    await Promise.all(instances.map((i) => i.stop()));
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Args {
  pgUrl: string | null;
  orders: number;
  duration: number;
  step: number;
  concurrency: 'auto' | number[];
  sessions: number;
  perRequest: boolean;
}

function parseArgs(argv: string[]): Args {
  const usage = 'usage: npx tsx bench/load.ts [--pg-url URL] [--orders N] [--duration 60] [--step 10] [--concurrency auto|1,2,4|16] [--sessions 8] [--per-request]';
  const args: Args = { pgUrl: null, orders: 200_000, duration: 60, step: 10, concurrency: 'auto', sessions: 8, perRequest: false };
  const whole = (value: string | undefined, flag: string) => {
    const n = Number(String(value).replace(/[_,]/g, ''));
    if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} needs a whole number from 1 (${usage})`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--pg-url') args.pgUrl = String(argv[++i]);
    else if (flag === '--orders') args.orders = whole(argv[++i], flag);
    else if (flag === '--duration') args.duration = whole(argv[++i], flag);
    else if (flag === '--step') args.step = whole(argv[++i], flag);
    else if (flag === '--sessions') args.sessions = whole(argv[++i], flag);
    else if (flag === '--per-request') args.perRequest = true;
    else if (flag === '--concurrency') {
      const value = String(argv[++i]);
      args.concurrency = value === 'auto' ? 'auto' : value.split(',').map((v) => whole(v, flag));
    } else throw new Error(`unknown argument ${flag} (${usage})`);
  }
  return args;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const run = (pgUrl: string) => runLoadTest({ pgUrl, duration: args.duration, stepSeconds: args.step, concurrency: args.concurrency, sessions: args.sessions, perRequest: args.perRequest });
  if (args.pgUrl) {
    await run(args.pgUrl);
    return;
  }
  // @ts-expect-error plain JavaScript helper shared with the test runner
  const { startCluster } = await import('../scripts/pg-cluster.mjs');
  const cluster = await startCluster({ database: 'load_bench' });
  try {
    // The throwaway cluster's shop, as the other benchmarks make it (bench/lib/shop.ts).
    await prepareShop(cluster.url, { orders: args.orders, customers: 300, products: 64 }, (line) => console.log(line));
    await run(cluster.url);
  } finally {
    cluster.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
