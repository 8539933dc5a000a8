// Child process of the benchmark: one app on a free loopback port — Counter as production runs it,
// or the vanilla AdminJS peer — with its RSS sampled every 100 ms. The parent talks to it by IPC:
// 'reset' starts a new peak and CPU count, 'report' answers { peak, rss, cpuSeconds }, 'stop' closes it.
export type ServerKind = 'counter' | 'vanilla';

export const ADMIN_PATH = '/admin';

async function serve(kind: ServerKind, url: string): Promise<void> {
  process.env.ADMIN_JS_TMP_DIR ??= `/tmp/counter-bench-adminjs-${kind}`;
  const { databaseTarget } = await import('../../src/config.js');
  const { openDatabase } = await import('../../src/db/client.js');
  const db = openDatabase(databaseTarget(url));
  let app: import('express').Express;
  if (kind === 'counter') {
    const { createApp } = await import('../../src/app.js');
    ({ app } = createApp({ config: { adminPath: ADMIN_PATH, trustProxy: false }, db, sessionSecret: 'bench-'.padEnd(40, 'x') }));
  } else {
    const { vanillaApp } = await import('../vanilla/app.js');
    app = vanillaApp(db, ADMIN_PATH);
  }
  let peak = 0;
  const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
  const timer = setInterval(sample, 100);
  const server = app.listen(0, '127.0.0.1', () => {
    sample();
    process.send!({ port: (server.address() as { port: number }).port, rss: process.memoryUsage().rss });
  });
  // The bench's client keeps its connections while a case prepares (a restock can take seconds): a
  // connection the server closed at its 5 s default failed the next POST ("fetch failed").
  server.keepAliveTimeout = 120_000;
  let cpu = process.cpuUsage();
  process.on('message', (message: { type: string }) => {
    if (message.type === 'reset') (peak = process.memoryUsage().rss), (cpu = process.cpuUsage());
    // CPU seconds since the reset: on a busy shared machine, work per CPU-second says more than per second.
    const { user, system } = process.cpuUsage(cpu);
    if (message.type === 'reset' || message.type === 'report') process.send!({ peak, rss: process.memoryUsage().rss, cpuSeconds: (user + system) / 1e6 });
    if (message.type === 'stop') {
      clearInterval(timer);
      server.closeAllConnections();
      server.close(() => db.close().then(() => process.exit(0)));
    }
  });
}

if (process.argv[2] === '--serve') {
  serve(process.argv[3] as ServerKind, process.argv[4]).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
