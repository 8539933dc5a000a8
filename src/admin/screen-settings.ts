// Applies the owner's screen settings to the running AdminJS: the options each resource was built
// with stay the baseline; the effective options (baseline ⊕ stored setting) replace the resource's
// decorator, and the narrowed roles replace its row in the permission matrix (403 on the API too).
// Each admin request first compares the history's row count with the one last applied (one small
// query; assets skipped): a save on any instance sharing the database shows on this one's next request.
import type { NextFunction, Request, Response } from 'express';
import type AdminJS from 'adminjs';
import type { ActionContext, ActionRequest, BaseResource, ResourceOptions } from 'adminjs';
import type { Shop } from '../db/transaction.js';
import { staffRole, type ActionPermissions, type Role } from '../plugins/api.js';
import type { PermissionMatrix } from './permissions.js';
import { effectiveRoles, SCREEN_CONTEXTS, validateScreenSettings, type ScreenCatalog, type ScreenSettings } from '../services/settings/screens.js';
import { loadScreenSettings, screenSettingsStamp } from '../services/settings/screen-store.js';

/** The settings screen itself is not configurable: an owner must not lock everyone out of it. */
export const SCREEN_SETTINGS_RESOURCE = 'ScreenSetting';
const LIST_COLUMNS = 8; // AdminJS's DEFAULT_MAX_COLUMNS_IN_LIST
const STATIC = /^\/(frontend\/|uploads\/)/;

interface Baseline {
  resource: BaseResource;
  options: ResourceOptions;
  roles: ActionPermissions;
  catalog: ScreenCatalog;
  applied: string;
}

type ActionOptions = Record<string, unknown> & { isAccessible?: unknown; isVisible?: unknown; before?: unknown };
const runtimes = new WeakMap<AdminJS, ScreenSettingsRuntime>();

/** The runtime an AdminJS instance was given (for the settings screen's own actions). */
export function screenSettingsOf(admin: AdminJS): ScreenSettingsRuntime {
  const runtime = runtimes.get(admin);
  if (!runtime) throw new Error('screen settings are not set up for this admin');
  return runtime;
}

export class ScreenSettingsRuntime {
  private readonly baselines = new Map<string, Baseline>();
  private stamp = -1;
  private readonly baseLocale: unknown;

  constructor(private readonly admin: AdminJS, private readonly shop: Shop, private readonly matrix: PermissionMatrix) {
    for (const resource of admin.resources) {
      const decorated = resource.decorate();
      const id = decorated.id();
      const roles = matrix.get(id);
      if (id === SCREEN_SETTINGS_RESOURCE || !roles) continue;
      this.baselines.set(id, { resource, options: decorated.options, roles, catalog: this.describe(resource, roles), applied: '{}' });
    }
    this.baseLocale = admin.options.locale;
    runtimes.set(admin, this);
  }

  /** Express middleware: brings this instance up to date with the database before the admin answers. */
  readonly middleware = (req: Request, _res: Response, next: NextFunction) => {
    if (STATIC.test(req.path) || !req.session?.adminUser) return next();
    this.refresh().then(() => next(), next);
  };

  /** Re-applies every stored setting when the history has grown since the last look. */
  async refresh(): Promise<void> {
    const stamp = await screenSettingsStamp(this.shop);
    if (stamp === this.stamp) return;
    const stored = await loadScreenSettings(this.shop);
    if (stamp < this.stamp) return; // a newer look already applied a newer state
    this.stamp = stamp;
    const effective = new Map<string, { settings: ScreenSettings }>();
    for (const [id, baseline] of this.baselines) {
      const settings = stillValid(baseline.catalog, stored.get(id)?.settings);
      this.apply(baseline, settings);
      effective.set(id, { settings });
    }
    this.admin.options.locale = withLabels(this.baseLocale, effective) as AdminJS['options']['locale'];
  }

  catalog(resourceId: string): ScreenCatalog | undefined {
    return this.baselines.get(resourceId)?.catalog;
  }

  catalogs(): ScreenCatalog[] {
    return [...this.baselines.values()].map((b) => b.catalog);
  }

  private apply(baseline: Baseline, settings: ScreenSettings): void {
    const json = JSON.stringify(settings);
    if (json === baseline.applied) return;
    const id = baseline.catalog.resourceId;
    const roles = effectiveRoles(baseline.roles as Record<string, readonly Role[]>, settings);
    baseline.resource.assignDecorator(this.admin, effectiveOptions(baseline, settings, roles));
    this.matrix.set(id, roles);
    baseline.applied = json;
  }

  /** What the code declares for a resource: its fields, where each may go, its actions and defaults. */
  private describe(resource: BaseResource, roles: ActionPermissions): ScreenCatalog {
    const decorated = resource.decorate();
    const id = decorated.id();
    const columns = new Set(resource.properties().map((p) => p.path()));
    const names = (where: 'list' | 'show' | 'edit' | 'filter', max = 0) => decorated.getProperties({ where, max }).map((p) => p.propertyPath);
    const defaults = { list: names('list', LIST_COLUMNS), show: names('show'), edit: names('edit'), filter: names('filter') };
    const translations = (this.admin.options.locale as { translations?: Record<string, { resources?: Record<string, { properties?: Record<string, string> }> }> })?.translations;
    const labels = translations?.en?.resources?.[id]?.properties ?? {};
    const fields = Object.entries(decorated.properties).map(([name, p]) => ({
      name,
      label: labels[name] ?? name,
      sortable: columns.has(name) && p.isSortable() && p.type() !== 'reference',
      editable: defaults.edit.includes(name),
      filterable: columns.has(name) || defaults.filter.includes(name),
    }));
    // A list, record page or form the code draws with its own component ignores the property lists,
    // unless that component says it draws AdminJS's own screen (`custom.drawsProperties`).
    const actions = (decorated.options.actions ?? {}) as Record<string, { component?: unknown; custom?: { drawsProperties?: boolean } }>;
    const fixed = Object.fromEntries(
      (['list', 'show', 'edit'] as const).flatMap((c) =>
        typeof actions[c]?.component === 'string' && !actions[c]?.custom?.drawsProperties ? [[c, actions[c].component as string]] : [],
      ),
    );
    const sort = decorated.options.sort;
    const nav = decorated.options.navigation;
    return {
      resourceId: id,
      fields,
      fixed,
      actions: roles as Record<string, readonly Role[]>,
      defaults: {
        ...defaults,
        sort: sort?.sortBy ? { sortBy: sort.sortBy, direction: sort.direction === 'desc' ? 'desc' : 'asc' } : null,
        perPage: this.admin.options.settings?.defaultPerPage ?? 10,
        navigation: typeof nav === 'string' ? nav : nav && typeof nav === 'object' ? (nav.name ?? null) : null,
      },
    };
  }
}

function effectiveOptions(baseline: Baseline, s: ScreenSettings, roles: Record<string, readonly Role[]>): ResourceOptions {
  const base = baseline.options;
  const options: ResourceOptions = { ...base, properties: { ...base.properties }, actions: { ...base.actions } };
  for (const context of SCREEN_CONTEXTS) if (s[context]) options[`${context}Properties`] = s[context];
  if (s.sort) options.sort = s.sort;
  if (s.navigation) {
    const icon = typeof base.navigation === 'object' && base.navigation?.icon ? base.navigation.icon : 'Folder';
    options.navigation = { name: s.navigation, icon };
  }
  const actions = options.actions as Record<string, ActionOptions>;
  if (s.perPage) {
    const list = actions.list ?? {};
    actions.list = { ...list, before: [defaultPerPage(s.perPage), ...[list.before ?? []].flat()] };
  }
  for (const name of Object.keys(s.actions ?? {})) {
    const action = actions[name];
    if (!action) continue;
    const allowed = roles[name];
    const own = action.isAccessible as ((ctx: ActionContext) => boolean) | boolean | undefined;
    actions[name] = {
      ...action,
      isAccessible: (ctx: ActionContext) => {
        const role = staffRole(ctx);
        if (!role || !allowed.includes(role)) return false;
        return typeof own === 'function' ? own(ctx) : own !== false;
      },
      ...(allowed.length === 0 ? { isVisible: false } : {}),
    };
  }
  return options;
}

/** A stored setting the code no longer allows (a field or action removed since) falls back to the code's defaults, said once in the log. */
function stillValid(catalog: ScreenCatalog, settings: ScreenSettings | undefined): ScreenSettings {
  if (!settings) return {};
  try {
    return validateScreenSettings(catalog, settings);
  } catch (error) {
    const message = `counter: screen settings of ${catalog.resourceId} no longer fit the code (${(error as Error).message}); using the code's defaults until they are saved again`;
    if (!warned.has(message)) console.warn(message);
    warned.add(message);
    return {};
  }
}
const warned = new Set<string>();

/** The list's rows per page when the request does not ask for a number itself. */
const defaultPerPage = (perPage: number) => async (request: ActionRequest) => {
  if (request.query?.perPage) return request;
  return { ...request, query: { ...(request.query ?? {}), perPage: String(perPage) } };
};

type Translations = Record<string, { resources?: Record<string, { properties?: Record<string, string> }> }>;

/**
 * Labels go into the admin's own locale, in every language: AdminJS merges a resource's
 * `translations` under the global ones, so a field the schema already labels would keep its label.
 */
function withLabels(base: unknown, stored: Map<string, { settings: ScreenSettings }>): unknown {
  const labelled = [...stored.values()].filter((s) => s.settings.labels);
  if (!labelled.length || !base || typeof base !== 'object') return base;
  const locale = base as { translations?: Translations };
  const translations: Translations = { ...(locale.translations ?? {}) };
  for (const language of Object.keys(translations)) {
    const resources = { ...(translations[language].resources ?? {}) };
    for (const [id, { settings }] of stored) {
      if (settings.labels) resources[id] = { ...resources[id], properties: { ...resources[id]?.properties, ...settings.labels } };
    }
    translations[language] = { ...translations[language], resources };
  }
  return { ...locale, translations };
}
