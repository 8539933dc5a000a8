// How the load test prints its figures.
import type { InstanceRun, LoadTestResult } from '../load.js';

export const header = () => `  ${'conc'.padStart(5)} ${'req'.padStart(7)} ${'req/s'.padStart(7)} ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'p99'.padStart(7)} ${'errors'.padStart(7)} ${'lost'.padStart(5)}  per instance   sessions on both  load  CPU ms/req app+pg`;

export function line(run: InstanceRun): string {
  const ms = (n: number) => `${n.toFixed(0)} ms`.padStart(7);
  return `  ${String(run.concurrency).padStart(5)} ${String(run.requests).padStart(7)} ${run.reqPerSec.toFixed(1).padStart(7)} ${ms(run.latencyMs.p50)} ${ms(run.latencyMs.p95)} ${ms(run.latencyMs.p99)} ${String(run.errors).padStart(7)} ${String(run.lostSessions).padStart(5)}  ${run.perInstance.join(' / ').padEnd(13)}  ${run.sessionsOnBothInstances.padEnd(16)}  ${String(run.loadAverage).padEnd(5)} ${run.cpuMsPerRequest.instances}+${run.cpuMsPerRequest.postgres}`;
}

export function report(result: LoadTestResult, log: (line: string) => void): void {
  const f = result.final;
  log(`\nseveral instances: ${result.met ? 'met' : 'NOT met'} at ${result.concurrency} concurrent connections (p95 < ${result.p95TargetMs} ms, no error, no lost session)`);
  log(`  ${f.requests} requests in ${f.seconds} s = ${f.reqPerSec} req/s; p50 ${f.latencyMs.p50} ms, p95 ${f.latencyMs.p95} ms, p99 ${f.latencyMs.p99} ms, max ${f.latencyMs.max} ms`);
  log(`  errors ${f.errors}, lost sessions ${f.lostSessions}; per instance ${f.perInstance.join(' / ')}; sessions served by both instances ${f.sessionsOnBothInstances}; every session still logged in on each instance afterwards: ${result.sessionsStillValidOnEachInstance ? 'yes' : 'NO'}`);
  const cpu = f.cpuMsPerRequest;
  const total = cpu.instances + (Number.isNaN(cpu.postgres) ? 0 : cpu.postgres) + cpu.proxy + cpu.loadGenerator;
  log(`  CPU per request: ${cpu.instances} ms in the app instances, ${cpu.postgres} ms in PostgreSQL, ${cpu.proxy} ms in the proxy, ${cpu.loadGenerator} ms in the load generator: an otherwise idle ${result.machine.cpus}-core machine would top out near ${Math.round((1000 * result.machine.cpus) / total)} req/s`);
  log(`  settings: ${result.settings.checked ? (result.settings.shared ? 'shared' : 'NOT shared') : 'not checked'}: ${result.settings.detail}`);
  log(`  by request (p95): ${Object.entries(f.byKind).map(([name, k]) => `${name} ${k.latencyMs.p95} ms`).join(', ')}`);
  log(`  machine: ${result.machine.cpus} cores shared by the load generator, the proxy, both instances and PostgreSQL; load average ${result.machine.loadAverageBefore.join(' ')} before, ${result.machine.loadAverageAfter.join(' ')} after`);
  if (result.serverErrorLines.length) log(`  server error lines: ${result.serverErrorLines.length} (first: ${result.serverErrorLines[0]})`);
  if (result.file) log(`  written to ${result.file}`);
}
