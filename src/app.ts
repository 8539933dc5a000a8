// Builds the Express app: sessions in the database, login, the admin. Tests import this.
import { resolve } from 'node:path';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import session from 'express-session';
import { sessionStore } from './admin/session-store.js';
import type AdminJS from 'adminjs';
import type { Config } from './config.js';
import type { Database } from './db/client.js';
import type { CounterPlugin } from './plugins/api.js';
import { buildAdmin } from './admin/build-admin.js';
import { adminRouter } from './admin/router.js';
import { SESSION_IDLE_MS } from './admin/login-routes.js';
import { permissionMatrix } from './admin/permissions.js';
import { builtInModules } from './modules/index.js';
import { MailDelivery, type MailSettings } from './services/mail/delivery.js';
import { ShopError } from './services/errors.js';
import { isDatabaseUnavailable } from './db/unavailable.js';
import { PluginHealth } from './plugins/health.js';
import { attachBus, EventBus } from './plugins/events.js';
import { preparePlugins } from './plugins/prepare.js';
import { startPlugins, subscribePlugins } from './plugins/run.js';

export interface AppOptions {
  config: Pick<Config, 'adminPath' | 'trustProxy'> & Partial<Pick<Config, 'uploadsDir'>>;
  db: Database;
  sessionSecret: string;
  mail?: MailSettings;
  /** Extra plugins (the built-in modules are always there); one that fails its checks is skipped with a log line. */
  plugins?: CounterPlugin[];
  /** Keeps the plugins' disabled/skipped state (and its log); server.ts shares it with the loader. */
  pluginHealth?: PluginHealth;
}

export interface CounterApp {
  app: Express;
  admin: AdminJS;
  mail: MailDelivery;
  /** Domain events of this app's plugins; `events.idle()` waits for running subscribers. */
  events: EventBus;
  pluginHealth: PluginHealth;
  /** The plugins in use (built-in modules, then the accepted extra plugins). */
  plugins: CounterPlugin[];
  /** Starts the plugins' timers (server.ts); returns what stops them. */
  startPlugins(): () => void;
  close(): Promise<void>;
}

/** A refusal (bad filter, bad input) answers its own 4xx; an unexpected failure is logged with its stack, answered without internals. */
function serverError(error: Error, req: Request, res: Response, _next: NextFunction) {
  if (error instanceof ShopError && !res.headersSent) {
    res.status(error.status).json({ notice: { message: error.message, type: 'error' } });
    return;
  }
  // A body parser's refusal (too large, malformed): the client's fault, said plainly.
  const status = (error as { status?: unknown }).status;
  if (typeof status === 'number' && status >= 400 && status < 500 && (error as { expose?: unknown }).expose && !res.headersSent) {
    res.status(status).json({ notice: { message: error.message, type: 'error' } });
    return;
  }
  // The database went away (restart, network): say so, briefly; the pool reconnects on the next request.
  if (isDatabaseUnavailable(error)) {
    console.error(`counter: ${req.method} ${req.originalUrl.split('?')[0]}: the database is unreachable (${error.message.split('\n').filter(Boolean).pop()?.slice(0, 200)})`);
    if (!res.headersSent) res.status(503).set('Retry-After', '5').json({ notice: { message: 'The database cannot be reached right now; nothing was changed. Try again in a moment.', type: 'error' } });
    return;
  }
  console.error(`counter: ${req.method} ${req.originalUrl.split('?')[0]} failed:`, error);
  if (res.headersSent) return;
  res.status(500).json({ notice: { message: 'Something went wrong on the server; nothing was changed. The error has been logged.', type: 'error' } });
}

export function createApp({ config, db, sessionSecret, mail: mailSettings, plugins = [], pluginHealth = new PluginHealth() }: AppOptions): CounterApp {
  const mail = new MailDelivery(db, mailSettings ?? { from: 'Counter <shop@counter.local>' });
  const context = { shop: db, mail, rootPath: config.adminPath, uploadsDir: config.uploadsDir ?? resolve('data/uploads') };
  const tryBuild = (candidates: CounterPlugin[]) => void buildAdmin({ db, context, plugins: candidates, rootPath: config.adminPath });
  const allPlugins = preparePlugins(builtInModules, plugins, { health: pluginHealth, context, tryBuild });
  const admin = buildAdmin({ db, context, plugins: allPlugins, rootPath: config.adminPath });
  const events = new EventBus(pluginHealth);
  subscribePlugins(allPlugins, events, context);
  const detachEvents = attachBus(db, events);
  const store = sessionStore(db);

  const app = express();
  app.disable('x-powered-by');
  if (config.trustProxy) app.set('trust proxy', 1);
  app.use(
    session({
      name: 'counter.sid',
      store,
      secret: sessionSecret,
      resave: false,
      saveUninitialized: false,
      rolling: true,
      cookie: { httpOnly: true, sameSite: 'lax', secure: config.trustProxy, maxAge: SESSION_IDLE_MS, path: '/' },
    }),
  );
  app.get('/health', (_req, res) => res.json({ ok: true }));
  app.get('/', (_req, res) => res.redirect(config.adminPath));
  app.use(config.adminPath, adminRouter(admin, db.prisma, permissionMatrix(allPlugins), context, sessionSecret, allPlugins, pluginHealth));
  app.use(serverError);

  return {
    app,
    admin,
    mail,
    events,
    pluginHealth,
    plugins: allPlugins,
    startPlugins: () => startPlugins(allPlugins, context, pluginHealth),
    close: async () => {
      detachEvents();
      await events.idle();
      mail.stop();
      store.shutdown();
    },
  };
}
