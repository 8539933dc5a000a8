// The module API: Counter's own areas (catalog, orders, …) register exactly as a
// third-party plugin will: one object declaring the resources and navigation it adds.
import type { Action, ActionContext, ActionResponse, PropertyOptions, ResourceOptions, FeatureType } from 'adminjs';
import type { Prisma, StaffRole } from '@prisma/client';
import type { Shop } from '../db/transaction.js';
import type { ListFilter } from '../services/export/filters.js';
import type { MailDelivery } from '../services/mail/delivery.js';
import type { DomainEvent, DomainEventName } from './events.js';
import type { Language } from '../shared/i18n.js';

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
  /** The columns AdminJS's new and edit forms may write (defaults to options.editProperties); any other column in a payload is refused. */
  editable?: string[];
  /** Columns the database generates or the services keep (stock figures, counters): shown, never written through AdminJS. */
  readOnly?: string[];
  /** Values computed from each row and sent as extra params (e.g. a customer's full name). */
  computed?: Record<string, (row: Record<string, unknown>) => unknown>;
  /** Filters on virtual properties: value → Prisma where clause, or a promise of one (see admin/counter-resource.ts). */
  filters?: Record<string, ListFilter>;
  /** AdminJS features; a function when they need the running app (e.g. where uploads go). */
  features?: FeatureType[] | ((ctx: CounterContext) => FeatureType[]);
  /** Custom actions, built with the running app's context; each must appear in `permissions`. */
  actions?: (ctx: CounterContext) => Record<string, CustomAction>;
}

export interface Navigation {
  name: string;
  icon: string;
}

/** What a plugin adds to a resource another module registered (docs/plugins.md). */
export interface ResourceExtension {
  /** New actions; names must not clash with the resource's own, and each must appear in `permissions`. */
  actions?: (ctx: CounterContext) => Record<string, CustomAction>;
  permissions: ActionPermissions;
  /** Property options merged over the resource's (e.g. a list/show component for a column). */
  properties?: Record<string, PropertyOptions>;
  /** Columns appended to the resource's list and show screens. */
  listProperties?: string[];
  showProperties?: string[];
}

/** A panel on the home: `load` runs on the server for the roles listed; `component` renders its JSON. */
export interface DashboardWidget {
  id: string;
  title: string;
  roles: readonly Role[];
  /** A name registered with the ComponentLoader (registerComponent); it gets `{ data, widget }` as props. */
  component: string;
  load(ctx: CounterContext): Promise<unknown>;
}

/** A CSV a plugin offers: GET <admin>/api/plugins/<plugin>/<id>.csv, streamed, formula-escaped, refused (403) outside `roles`. */
export interface PluginDownload {
  id: string;
  roles: readonly Role[];
  /** The file's name, e.g. reorder-list-2026-11-23.csv. */
  filename(now: Date): string;
  /** The header row; a function gets the staff member's language. */
  headers: string[] | ((language: Language) => string[]);
  /** The rows, a page at a time, each cell in the order of `headers`. */
  rows(ctx: CounterContext): AsyncIterable<Array<Array<string | number | null>>>;
}

export type EventSubscribers = { [K in DomainEventName]?: (event: DomainEvent<K>, ctx: CounterContext) => Promise<void> };

export interface CounterPlugin {
  name: string;
  navigation?: Navigation;
  resources?: ResourceModule[];
  /** AdminJS locale strings, merged per language: { en: { resources: { … } } }. */
  locales?: Record<string, Record<string, unknown>>;
  /** Actions and columns added to resources of other modules, by model name. */
  extend?: Partial<Record<Prisma.ModelName, ResourceExtension>>;
  widgets?: DashboardWidget[];
  downloads?: PluginDownload[];
  /** Domain events, delivered after the change committed (plugins/events.ts). */
  events?: EventSubscribers;
  /** Runs in the server process once it listens (timers: tools.every); not run by createApp alone (tests). */
  start?: (ctx: CounterContext, tools: PluginTools) => (() => void) | void;
}

export interface PluginTools {
  /** Runs job every intervalMs (first soon after start), never twice at once; a job that throws disables the plugin. */
  every(intervalMs: number, job: () => Promise<unknown>): void;
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
