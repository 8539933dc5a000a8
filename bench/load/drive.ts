// The load itself: autocannon's keep-alive connections against the round-robin proxy. Each request is
// the next of a staff member's mix of reads (lists, an order's page, a search by email fragment, the
// dashboard, a page of the admin), sent with the next of the logged-in sessions: a session's requests
// travel on every connection, so through the proxy they land on every instance.
// Counted apart: a lost session (401, or a redirect to the login page) and an error (any other
// answer outside 2xx, a timeout, a broken connection). Latency is measured for every answer.
import { loadavg } from 'node:os';
import autocannon from 'autocannon';

export interface LoadTarget {
  /** http://127.0.0.1:<proxy port> */
  base: string;
  adminPath: string;
  /** `counter.sid=…` of each logged-in session. */
  cookies: string[];
  orderIds: number[];
  emailFragments: string[];
  figures: string[];
}

interface Kind {
  name: string;
  weight: number;
  path(target: LoadTarget): string;
  /** A page a browser navigates to (HTML), instead of the API the page then calls. */
  page?: boolean;
}

const pick = <T>(list: T[]): T => list[Math.floor(Math.random() * list.length)];

/** What a shop's staff do most: orders first, then the dashboard, the catalogue and customers. */
export const MIX: Kind[] = [
  { name: 'orders list', weight: 3, path: (t) => `${t.adminPath}/api/resources/Order/actions/list?page=1` },
  { name: 'orders by status, by total', weight: 1, path: (t) => `${t.adminPath}/api/resources/Order/actions/list?page=1&filters.financialStatus=PAID&sortBy=totalCents&direction=desc` },
  { name: 'order page', weight: 3, path: (t) => `${t.adminPath}/api/resources/Order/records/${pick(t.orderIds)}/show` },
  { name: 'orders search by email', weight: 1, path: (t) => `${t.adminPath}/api/resources/Order/actions/list?page=1&filters.search=${encodeURIComponent(pick(t.emailFragments))}` },
  { name: 'products list', weight: 1, path: (t) => `${t.adminPath}/api/resources/Product/actions/list?page=1` },
  { name: 'customers list', weight: 1, path: (t) => `${t.adminPath}/api/resources/Customer/actions/list?page=1` },
  { name: 'dashboard cards', weight: 1, path: (t) => `${t.adminPath}/api/dashboard/cards` },
  { name: 'dashboard figure (30 days)', weight: 2, path: (t) => `${t.adminPath}/api/dashboard/figures/${pick(t.figures)}?period=30d` },
  { name: 'orders page (HTML)', weight: 1, page: true, path: (t) => `${t.adminPath}/resources/Order` },
];

// Drawn at random, kind and session alike: with a fixed cycle, a session (or a kind) would always fall
// on the same instance of the alternating proxy.
const SCHEDULE: Kind[] = MIX.flatMap((kind) => Array.from({ length: kind.weight }, () => kind));

export interface Latency {
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface StepResult {
  concurrency: number;
  seconds: number;
  requests: number;
  reqPerSec: number;
  latencyMs: Latency;
  errors: number;
  lostSessions: number;
  statuses: Record<string, number>;
  byKind: Record<string, { requests: number; latencyMs: Latency; errors: number; lostSessions: number }>;
  /** The first few failures, to say what went wrong. */
  failures: string[];
  /** The machine's 1-minute load average at the end of the step (other work included). */
  loadAverage: number;
}

interface Sent {
  kind: string;
  sentAt: number;
}

export function percentiles(values: number[]): Latency {
  const sorted = Float64Array.from(values).sort();
  const at = (p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);
  const round = (n: number) => Math.round(n * 10) / 10;
  return { p50: round(at(50)), p95: round(at(95)), p99: round(at(99)), max: round(sorted.length ? sorted[sorted.length - 1] : NaN) };
}

/** One step: `concurrency` connections for `seconds`, as many requests as the instances answer (of one kind only, with `only`). */
export async function runStep(target: LoadTarget, concurrency: number, seconds: number, only?: string): Promise<StepResult> {
  const schedule = only ? SCHEDULE.filter((k) => k.name === only) : SCHEDULE;
  const latencies: number[] = [];
  const perKind = new Map<string, { latencies: number[]; errors: number; lostSessions: number }>(MIX.map((k) => [k.name, { latencies: [], errors: 0, lostSessions: 0 }]));
  const statuses: Record<string, number> = {};
  const failures: string[] = [];
  let errors = 0;
  let lostSessions = 0;

  const started = performance.now();
  const result = await autocannon({
    url: target.base,
    connections: concurrency,
    duration: seconds,
    timeout: 10,
    requests: [
      {
        setupRequest: (request, context) => {
          const kind = pick(schedule);
          const cookie = pick(target.cookies);
          Object.assign(context, { kind: kind.name, sentAt: performance.now() } satisfies Sent);
          const accept = kind.page ? 'text/html,application/xhtml+xml' : 'application/json';
          return { ...request, method: 'GET', path: kind.path(target), headers: { ...request.headers, accept, cookie } };
        },
        onResponse: (status, body, context, headers) => {
          const { kind, sentAt } = context as Sent;
          const ms = performance.now() - sentAt;
          latencies.push(ms);
          const mine = perKind.get(kind)!;
          mine.latencies.push(ms);
          statuses[status] = (statuses[status] ?? 0) + 1;
          const location = String(Object.entries(headers ?? {}).find(([name]) => name.toLowerCase() === 'location')?.[1] ?? '');
          const lost = status === 401 || (status >= 300 && status < 400 && location.includes('/login'));
          if (lost) (lostSessions++, mine.lostSessions++);
          else if (status < 200 || status >= 300) (errors++, mine.errors++);
          if ((lost || status < 200 || status >= 300) && failures.length < 10) failures.push(`${kind}: HTTP ${status} ${location} ${String(body).slice(0, 300)}`);
        },
      },
    ],
  });
  const elapsed = (performance.now() - started) / 1000;
  // Broken connections and timeouts never reach onResponse.
  const unanswered = result.errors;
  if (unanswered > 0) {
    errors += unanswered;
    if (failures.length < 10) failures.push(`${unanswered} requests unanswered (${result.timeouts} timeouts)`);
  }
  const byKind: StepResult['byKind'] = {};
  for (const [name, k] of perKind) byKind[name] = { requests: k.latencies.length, latencyMs: percentiles(k.latencies), errors: k.errors, lostSessions: k.lostSessions };
  return {
    concurrency,
    seconds: Math.round(elapsed * 10) / 10,
    requests: latencies.length,
    reqPerSec: Math.round((latencies.length / elapsed) * 10) / 10,
    latencyMs: percentiles(latencies),
    errors,
    lostSessions,
    statuses,
    byKind,
    failures,
    loadAverage: Math.round(loadavg()[0] * 100) / 100,
  };
}
