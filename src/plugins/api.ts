// The module API: Counter's own areas (catalog, orders, …) register exactly as a
// third-party plugin will: one object declaring the resources and navigation it adds.
import type { Action, ActionContext, ActionResponse, ResourceOptions, FeatureType } from 'adminjs';
import type { Prisma, StaffRole } from '@prisma/client';
import type { Shop } from '../db/transaction.js';
import type { MailDelivery } from '../services/mail/delivery.js';

export type Role = StaffRole;
export const ROLES: readonly Role[] = ['OWNER', 'MANAGER', 'SUPPORT', 'WAREHOUSE'];

/** Which roles may run each action of a resource; an action missing here cannot be registered. */
export type ActionPermissions = Record<string, readonly Role[]>;

/** What a plugin's actions get at run time: the database, the mail delivery, the admin's path. */
export interface CounterContext {
  shop: Shop;
  mail: MailDelivery;
  /** Where the admin lives (ADMIN_PATH), for links. */
  rootPath: string;
  /** Where uploaded files (product images) are kept (UPLOADS_DIR). */
  uploadsDir: string;
}

export type CustomAction = Partial<Action<ActionResponse>>;

export interface ResourceModule {
  /** Prisma model name, which is also the AdminJS resource id. */
  model: Prisma.ModelName;
  options?: ResourceOptions;
  /** Every action (built-in and custom) with the roles that may run it; [] disables it. */
  permissions: ActionPermissions;
  /** Money columns (integer minor units), shown formatted and edited as decimals. */
  money?: string[];
  /** Columns the database has but AdminJS must never read or send (e.g. password hashes). */
  secret?: string[];
  /** Columns the database generates or the services keep (stock figures, counters): shown, never written through AdminJS. */
  readOnly?: string[];
  /** Values computed from each row and sent as extra params (e.g. a customer's full name). */
  computed?: Record<string, (row: Record<string, unknown>) => unknown>;
  /** Filters on virtual properties: value → Prisma where clause (see admin/counter-resource.ts). */
  filters?: Record<string, (value: string, mode: { insensitive: boolean }) => Record<string, unknown>>;
  /** AdminJS features; a function when they need the running app (e.g. where uploads go). */
  features?: FeatureType[] | ((ctx: CounterContext) => FeatureType[]);
  /** Custom actions, built with the running app's context; each must appear in `permissions`. */
  actions?: (ctx: CounterContext) => Record<string, CustomAction>;
}

export interface Navigation {
  name: string;
  icon: string;
}

export interface CounterPlugin {
  name: string;
  navigation?: Navigation;
  resources?: ResourceModule[];
  /** AdminJS locale strings, merged per language: { en: { resources: { … } } }. */
  locales?: Record<string, Record<string, unknown>>;
}

export const definePlugin = (plugin: CounterPlugin): CounterPlugin => plugin;

export const BUILT_IN_ACTIONS = ['list', 'search', 'show', 'new', 'edit', 'delete', 'bulkDelete'] as const;

/** Permissions for the built-in actions: who reads, who writes, who deletes. */
export function crud(roles: { read: readonly Role[]; write?: readonly Role[]; remove?: readonly Role[] }): ActionPermissions {
  const write = roles.write ?? [];
  const remove = roles.remove ?? [];
  return { list: roles.read, search: roles.read, show: roles.read, new: write, edit: write, delete: remove, bulkDelete: remove };
}

export const staffRole = (context: Pick<ActionContext, 'currentAdmin'>): Role | undefined =>
  (context.currentAdmin as { role?: Role } | undefined)?.role;
