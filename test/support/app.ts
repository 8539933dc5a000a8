// A Counter app on a fresh test database, with staff of every role, and logged-in supertest agents.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import type { StaffRole } from '@prisma/client';
import { createApp, type CounterApp } from '../../src/app.js';
import type { MailSettings } from '../../src/services/mail/delivery.js';
import type { CounterPlugin } from '../../src/plugins/api.js';
import type { PluginHealth } from '../../src/plugins/health.js';
import { hashPassword } from '../../src/services/passwords.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export const ADMIN_PATH = '/back-office';
export const PASSWORD = 'correct horse battery staple';

/** What a browser sends from the admin's own pages: its Origin, the same as the Host (the CSRF check wants it).
 *  (supertest picks the port only when the request starts, so the host is named here.) */
export const TEST_HOST = 'counter.test';
export const fromAdmin = (req: request.Test) => req.set('Host', TEST_HOST).set('Origin', `http://${TEST_HOST}`);

/** A supertest agent that keeps cookies and sends Origin like the admin's pages do. */
export const browserAgent = (app: CounterApp['app']) => request.agent(app).use(fromAdmin as never);

export interface TestShop extends CounterApp {
  db: TestDatabase;
  staff: Record<StaffRole, { id: number; email: string }>;
  /** This shop's own uploads folder (product images). */
  uploadsDir: string;
  login(role: StaffRole): Promise<ReturnType<typeof request.agent>>;
  stop(): Promise<void>;
}

export async function startTestShop(options: { mail?: MailSettings; plugins?: CounterPlugin[]; pluginHealth?: PluginHealth } = {}): Promise<TestShop> {
  const db = await createTestDatabase();
  const passwordHash = await hashPassword(PASSWORD);
  const staff = {} as TestShop['staff'];
  for (const role of ['OWNER', 'MANAGER', 'SUPPORT', 'WAREHOUSE'] as StaffRole[]) {
    const email = `${role.toLowerCase()}@shop.test`;
    const row = await db.prisma.staffUser.create({ data: { email, name: `${role[0]}${role.slice(1).toLowerCase()} Staff`, role, passwordHash } });
    staff[role] = { id: row.id, email };
  }
  const uploadsDir = mkdtempSync(join(tmpdir(), 'counter-uploads-'));
  const counter = createApp({ config: { adminPath: ADMIN_PATH, trustProxy: false, uploadsDir }, db, sessionSecret: 'test-secret-'.padEnd(40, 'x'), mail: options.mail, plugins: options.plugins, pluginHealth: options.pluginHealth });
  return {
    ...counter,
    db,
    staff,
    uploadsDir,
    async login(role) {
      const agent = browserAgent(counter.app);
      const res = await agent.post(`${ADMIN_PATH}/login`).type('form').send({ email: staff[role].email, password: PASSWORD });
      if (res.status !== 302) throw new Error(`login as ${role} failed: HTTP ${res.status}`);
      return agent;
    },
    async stop() {
      await counter.close();
      await db.drop();
      rmSync(uploadsDir, { recursive: true, force: true });
    },
  };
}
