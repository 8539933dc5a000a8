// A tiny round-robin HTTP proxy in its own process (a load balancer's plainest policy): each request
// goes to the next instance, whatever its connection or session, so every session is served by all of
// them. The Host header passes through (as `proxy_set_header Host $host` would), so the admin's
// same-origin check sees the proxy's address as its own site. It counts requests per instance and,
// per session cookie, which instances served it.
import http from 'node:http';
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

export interface ProxyCounts {
  /** Requests forwarded to each instance since the last reset. */
  perInstance: number[];
  /** Sessions seen since the last reset, and how many of them were served by every instance. */
  sessions: number;
  sessionsOnEveryInstance: number;
  /** Upstream failures (connection refused or reset): answered 502. */
  upstreamErrors: number;
  /** CPU time the proxy used (user + system), in ms. */
  cpuMs: number;
}

export interface RoundRobinProxy {
  port: number;
  /** The counts since the last call (or the start), then starts counting afresh. */
  takeCounts(): Promise<ProxyCounts>;
  stop(): Promise<void>;
}

type Message = { type: 'ready'; port: number } | { type: 'counts'; counts: ProxyCounts };

function ask(child: ChildProcess, type: string): Promise<Message> {
  const answer = once(child, 'message') as Promise<[Message]>;
  child.send({ type });
  return answer.then(([message]) => message);
}

/** Starts the proxy in front of those loopback ports. */
export async function startProxy(ports: number[]): Promise<RoundRobinProxy> {
  const child = fork(fileURLToPath(import.meta.url), ['--round-robin-proxy', ports.join(',')], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
  const [ready] = (await Promise.race([once(child, 'message'), once(child, 'exit').then(() => { throw new Error('the proxy exited at start'); })])) as [Message];
  if (ready.type !== 'ready') throw new Error('the proxy did not start');
  return {
    port: ready.port,
    takeCounts: async () => {
      const message = await ask(child, 'counts');
      if (message.type !== 'counts') throw new Error('unexpected answer from the proxy');
      return message.counts;
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.send({ type: 'stop' });
      await exited;
    },
  };
}

function serve(ports: number[]): void {
  const agents = ports.map(() => new http.Agent({ keepAlive: true, maxSockets: 1024 }));
  let next = 0;
  let perInstance = ports.map(() => 0);
  let bySession = new Map<string, number[]>();
  let upstreamErrors = 0;
  let cpu = process.cpuUsage();
  const server = http.createServer((req, res) => {
    const i = next++ % ports.length;
    perInstance[i]++;
    const sid = /(?:^|;\s*)counter\.sid=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
    if (sid) {
      const served = bySession.get(sid) ?? ports.map(() => 0);
      served[i]++;
      bySession.set(sid, served);
    }
    const upstream = http.request({ host: '127.0.0.1', port: ports[i], method: req.method, path: req.url, headers: req.headers, agent: agents[i] }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', (error) => {
      upstreamErrors++;
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`proxy: instance ${i + 1}: ${error.message}`);
    });
    req.pipe(upstream);
  });
  server.keepAliveTimeout = 120_000;
  server.listen(0, '127.0.0.1', () => process.send!({ type: 'ready', port: (server.address() as { port: number }).port } satisfies Message));
  process.on('message', (message: { type: string }) => {
    if (message.type === 'counts') {
      const sessions = [...bySession.values()];
      const used = process.cpuUsage(cpu);
      const counts: ProxyCounts = { perInstance, sessions: sessions.length, sessionsOnEveryInstance: sessions.filter((s) => s.every((n) => n > 0)).length, upstreamErrors, cpuMs: (used.user + used.system) / 1000 };
      cpu = process.cpuUsage();
      perInstance = ports.map(() => 0);
      bySession = new Map();
      upstreamErrors = 0;
      process.send!({ type: 'counts', counts } satisfies Message);
    }
    if (message.type === 'stop') {
      server.closeAllConnections();
      server.close(() => {
        for (const agent of agents) agent.destroy();
        process.exit(0);
      });
    }
  });
  process.on('disconnect', () => process.exit(0)); // the bench went away
}

if (process.argv[2] === '--round-robin-proxy') serve(process.argv[3].split(',').map(Number));
