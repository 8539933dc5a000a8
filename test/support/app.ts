// A Counter app on a fresh test database, with staff of every role, and logged-in supertest agents.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import type { StaffRole } from '@prisma/client';
import { createApp, type CounterApp } from '../../src/app.js';
import type { MailSettings } from '../../src/services/mail/delivery.js';
import { hashPassword } from '../../src/services/passwords.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export const ADMIN_PATH = '/back-office';
export const PASSWORD = 'correct horse battery staple';

export interface TestShop extends CounterApp {
  db: TestDatabase;
  staff: Record<StaffRole, { id: number; email: string }>;
  /** This shop's own uploads folder (product images). */
  uploadsDir: string;
  login(role: StaffRole): Promise<ReturnType<typeof request.agent>>;
  stop(): Promise<void>;
}

export async function startTestShop(options: { mail?: MailSettings } = {}): Promise<TestShop> {
  const db = await createTestDatabase();
  const passwordHash = await hashPassword(PASSWORD);
  const staff = {} as TestShop['staff'];
  for (const role of ['OWNER', 'MANAGER', 'SUPPORT', 'WAREHOUSE'] as StaffRole[]) {
    const email = `${role.toLowerCase()}@shop.test`;
    const row = await db.prisma.staffUser.create({ data: { email, name: `${role[0]}${role.slice(1).toLowerCase()} Staff`, role, passwordHash } });
    staff[role] = { id: row.id, email };
  }
  const uploadsDir = mkdtempSync(join(tmpdir(), 'counter-uploads-'));
  const counter = createApp({ config: { adminPath: ADMIN_PATH, trustProxy: false, uploadsDir }, db, sessionSecret: 'test-secret-'.padEnd(40, 'x'), mail: options.mail });
  return {
    ...counter,
    db,
    staff,
    uploadsDir,
    async login(role) {
      const agent = request.agent(counter.app);
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
