// Environment → typed config, checked at start; every problem is one line naming the variable.
import { resolve } from 'node:path';
import { z } from 'zod';

export class ConfigError extends Error {}

export type DatabaseTarget =
  | { provider: 'sqlite'; url: string; file: string }
  | { provider: 'postgresql'; url: string };

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  database: DatabaseTarget;
  adminPath: string;
  adminEmail?: string;
  adminPassword?: string;
  sessionSecret?: string;
  trustProxy: boolean;
  dataDir: string;
  /** Where uploaded product images are kept (default: <DATA_DIR>/uploads). */
  uploadsDir: string;
  smtpUrl?: string;
  mailFrom: string;
  /** COUNTER_PLUGINS: built-in plugin names or paths to plugin modules, in load order. */
  plugins: string[];
}

export function databaseTarget(url: string): DatabaseTarget {
  if (/^postgres(ql)?:\/\//.test(url)) return { provider: 'postgresql', url };
  if (url.startsWith('file:')) {
    const name = url.slice('file:'.length).replace(/^\/\/(?=\/)/, '');
    if (!name) throw new ConfigError(`DATABASE_URL "${url}" names no SQLite file (e.g. file:./data/counter.db)`);
    const file = resolve(name); // the app and Prisma's CLI may run from different folders
    return { provider: 'sqlite', url: `file:${file}`, file };
  }
  const scheme = url.includes(':') ? url.split(':')[0] : url;
  throw new ConfigError(`DATABASE_URL scheme "${scheme}" is not supported: use file:./path.db (SQLite) or postgresql://… (PostgreSQL)`);
}

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z.string().default('file:./data/counter.db'),
  ADMIN_PATH: z
    .string()
    .default('/admin')
    .refine((p) => /^\/[A-Za-z0-9_\-/]*[A-Za-z0-9_-]$/.test(p), 'must look like /admin or /back-office-7f3k'),
  ADMIN_EMAIL: z.string().email().optional(),
  ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  TRUST_PROXY: z.enum(['0', '1', 'true', 'false']).default('0'),
  DATA_DIR: z.string().default('data'),
  UPLOADS_DIR: z.string().optional(),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must look like smtp://user:pass@host:587 or smtps://…').optional(),
  MAIL_FROM: z.string().default('Counter <shop@counter.local>'),
  // Read by services/mail/templates.ts when an email is written; checked here so a typo stops the start.
  SHOP_LOCALE: z.enum(['en', 'fr']).default('en'),
  COUNTER_PLUGINS: z.string().default('low-stock-alerts,fraud-signals'),
});

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`${issue.path.join('.')}: ${issue.message}`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && !e.SESSION_SECRET) {
    throw new ConfigError('SESSION_SECRET is required when NODE_ENV=production (at least 32 random characters)');
  }
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    database: databaseTarget(e.DATABASE_URL),
    adminPath: e.ADMIN_PATH,
    adminEmail: e.ADMIN_EMAIL,
    adminPassword: e.ADMIN_PASSWORD,
    sessionSecret: e.SESSION_SECRET,
    trustProxy: e.TRUST_PROXY === '1' || e.TRUST_PROXY === 'true',
    dataDir: e.DATA_DIR,
    uploadsDir: resolve(e.UPLOADS_DIR ?? `${e.DATA_DIR}/uploads`),
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    plugins: e.COUNTER_PLUGINS.trim() === 'none' ? [] : e.COUNTER_PLUGINS.split(',').map((s) => s.trim()).filter(Boolean),
  };
}
