// CPU time of processes, from Linux's /proc (NaN elsewhere): what each part of the load test cost,
// whatever else the machine was running at the time.
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // Linux's USER_HZ (getconf CLK_TCK)

/** The fields after the command's parentheses: [0] state, [1] ppid, … [11] utime, [12] stime, [13] cutime, [14] cstime. */
function statFields(pid: number | string): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

const ms = (ticks: number) => (ticks * 1000) / TICKS_PER_SECOND;

/** User + system CPU time of one process so far (ms). */
export function processCpuMs(pid: number): number {
  const f = statFields(pid);
  return f ? ms(Number(f[11]) + Number(f[12])) : NaN;
}

/**
 * A PostgreSQL server's CPU time so far (ms): the postmaster, its live children (backends, autovacuum…)
 * and, through the postmaster's cutime/cstime, the children that already ended.
 */
export function serverTreeCpuMs(postmasterPid: number): number {
  const root = statFields(postmasterPid);
  if (!root) return NaN;
  let ticks = Number(root[11]) + Number(root[12]) + Number(root[13]) + Number(root[14]);
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const f = statFields(entry);
    if (f && Number(f[1]) === postmasterPid) ticks += Number(f[11]) + Number(f[12]);
  }
  return ms(ticks);
}

/** The postmaster's pid from its data directory (first line of postmaster.pid), when it runs on this machine. */
export function postmasterPid(dataDirectory: string): number | null {
  try {
    const pid = Number(readFileSync(`${dataDirectory}/postmaster.pid`, 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 && statFields(pid) ? pid : null;
  } catch {
    return null;
  }
}
