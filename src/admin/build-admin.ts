// Assembles the AdminJS instance from the plugins (Counter's own areas and third-party ones).
import AdminJS, { buildFeature, ValidationError, type ActionRequest, type ActionResponse, type FeatureType, type PropertyOptions, type ResourceOptions, type ResourceWithOptions } from 'adminjs';
import type { Database } from '../db/client.js';
import { BUILT_IN_ACTIONS, staffRole, type CounterContext, type CounterPlugin, type ResourceModule, type Role } from '../plugins/api.js';
import { InvalidAmount, parseAmount } from '../services/money.js';
import { componentLoader, Components } from '../components/index.js';
import { CounterResource } from './counter-resource.js';
import { dmmfModel, fullDmmf } from '../db/dmmf.js';
import { buildLocale } from './locale.js';
import { exportActions, withExportPermissions } from '../actions/export-csv.js';
import { refuseUnwritableColumns, writableColumns } from './writable-columns.js';
import { readableReferencesOnly } from './readable-references.js';
import { permissionMatrix, type PermissionMatrix } from './permissions.js';
import type { DMMF } from '@prisma/client/runtime/library';

export interface AdminSetup {
  db: Database;
  context: CounterContext;
  plugins: CounterPlugin[];
  rootPath: string;
}

export function buildAdmin({ db, context, plugins, rootPath }: AdminSetup): AdminJS {
  const matrix = permissionMatrix(plugins);
  const resources = plugins.flatMap((plugin) => (plugin.resources ?? []).map((mod) => resourceWithOptions(mod, plugin, db, context, matrix)));
  return new AdminJS({
    rootPath,
    loginPath: `${rootPath}/login`,
    logoutPath: `${rootPath}/logout`,
    resources,
    componentLoader,
    branding: { companyName: 'Counter', withMadeWithLove: false, logo: false },
    locale: buildLocale(plugins),
    settings: { defaultPerPage: 25 },
    dashboard: { component: Components.Home },
    pages: { myAccount: { component: Components.MyAccount, icon: 'User' } },
  });
}

function resourceWithOptions(mod: ResourceModule, plugin: CounterPlugin, db: Database, context: CounterContext, matrix: PermissionMatrix): ResourceWithOptions {
  const model = dmmfModel(mod.model);
  checkPropertyNames(mod);
  const resource = new CounterResource({ model, client: db.prisma, provider: db.provider, secret: mod.secret, readOnly: mod.readOnly, computed: mod.computed, filters: mod.filters });
  const options: ResourceOptions = { ...mod.options, navigation: mod.options?.navigation ?? plugin.navigation ?? null };
  options.properties = { ...optionalDefaults(model), ...enumLabels(mod.model), ...moneyProperties(mod.money ?? []), ...mod.options?.properties };
  options.actions = guardedActions({ ...mod, permissions: withExportPermissions(mod.permissions) }, model, matrix, { ...exportActions(), ...mod.options?.actions, ...mod.actions?.(context) });
  const features = typeof mod.features === 'function' ? mod.features(context) : (mod.features ?? []);
  return { resource, options, features: [formGuards(mod, model, options.actions ?? {}), ...features] };
}

/** Every action gets the roles its module declared, checked by AdminJS on the API; undeclared actions are refused at start. */
function guardedActions(mod: ResourceModule, model: DMMF.Model, matrix: PermissionMatrix, declared: Record<string, unknown>): ResourceOptions['actions'] {
  const names = new Set<string>([...BUILT_IN_ACTIONS, ...Object.keys(declared)]);
  const actions: Record<string, Record<string, unknown>> = {};
  for (const name of names) {
    const roles = mod.permissions[name];
    if (!roles) throw new Error(`${mod.model}: action "${name}" declares no roles (add it to the module's permissions)`);
    const action: Record<string, unknown> = { ...(declared as Record<string, Record<string, unknown>>)[name] };
    const own = action.isAccessible as ((ctx: unknown) => boolean) | boolean | undefined;
    action.isAccessible = (ctx: Parameters<typeof staffRole>[0]) => {
      const role = staffRole(ctx);
      if (!role || !roles.includes(role as Role)) return false;
      return typeof own === 'function' ? own(ctx) : own !== false;
    };
    if (roles.length === 0) action.isVisible = false;
    action.after = [...[action.after ?? []].flat(), readableReferencesOnly(model, matrix)];
    if (name === 'new' || name === 'edit') {
      if (!action.handler && roles.length && !writableColumns(mod, model).size) throw new Error(`${mod.model}: "${name}" is open to ${roles.join(', ')} but no column is editable (declare editProperties or editable)`);
      // AdminJS echoes the saved payload in record.params, including what a before hook added (a fresh hash)
      if (mod.secret?.length) action.after = [...[action.after ?? []].flat(), withoutSecrets(mod.secret)];
    }
    actions[name] = action;
  }
  return actions as ResourceOptions['actions'];
}

function withoutSecrets(secret: string[]) {
  return async (response: ActionResponse) => {
    const params = response.record?.params as Record<string, unknown> | undefined;
    if (params) for (const key of Object.keys(params)) if (secret.includes(key.split('.')[0])) delete params[key];
    return response;
  };
}

/**
 * What new and edit check first, before any feature's or the module's own hooks (AdminJS runs features'
 * hooks before the options'): money typed as decimals becomes minor units, then, where AdminJS's own
 * handler saves the payload, only the declared columns may be in it (writable-columns.ts).
 */
function formGuards(mod: ResourceModule, model: DMMF.Model, actions: NonNullable<ResourceOptions['actions']>): FeatureType {
  const hooks = (name: 'new' | 'edit') => [
    ...(mod.money?.length ? [moneyFromDecimals(mod.money)] : []),
    ...(actions[name]?.handler ? [] : [refuseUnwritableColumns(mod, model)]),
  ];
  return buildFeature({ actions: { new: { before: hooks('new') }, edit: { before: hooks('edit') } } });
}

/** AdminJS only logs unknown names in the property lists; Counter refuses to start with them. */
function checkPropertyNames(mod: ResourceModule): void {
  const known = new Set([
    ...dmmfModel(mod.model)
      .fields.filter((f) => !f.isReadOnly && !(f.relationName && !f.relationFromFields?.length) && !mod.secret?.includes(f.name))
      .map((f) => f.name),
    ...Object.keys(mod.options?.properties ?? {}),
    ...Object.keys(mod.computed ?? {}),
    ...Object.keys(mod.filters ?? {}),
  ]);
  const lists = ['listProperties', 'showProperties', 'editProperties', 'filterProperties'] as const;
  for (const list of lists) {
    const unknown = (mod.options?.[list] ?? []).filter((name) => !known.has(name));
    if (unknown.length) throw new Error(`${mod.model}.${list}: unknown field(s) ${unknown.join(', ')}`);
  }
}

/** A column with a default ("" tags) may be left empty: AdminJS would mark it required and the browser refuse the form. */
function optionalDefaults(model: DMMF.Model): Record<string, PropertyOptions> {
  return Object.fromEntries(model.fields.filter((f) => f.kind === 'scalar' && f.type === 'String' && f.hasDefaultValue).map((f) => [f.name, { isRequired: false }]));
}

const humanize = (value: string) => value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ');

function enumLabels(modelName: string): Record<string, PropertyOptions> {
  const { enums } = fullDmmf().datamodel;
  const props: Record<string, PropertyOptions> = {};
  for (const field of dmmfModel(modelName).fields) {
    const en = field.kind === 'enum' ? enums.find((e) => e.name === field.type) : undefined;
    if (en) props[field.name] = { availableValues: en.values.map((v) => ({ value: v.name, label: humanize(v.name) })) };
  }
  return props;
}

function moneyProperties(paths: string[]): Record<string, PropertyOptions> {
  return Object.fromEntries(
    paths.map((path) => [path, { type: 'number', components: { list: Components.MoneyValue, show: Components.MoneyValue, edit: Components.MoneyInput } }]),
  );
}

/** The edit form sends money as decimals in `<path>Decimal`; store exact minor units or refuse with a message. */
function moneyFromDecimals(paths: string[]) {
  return async (request: ActionRequest) => {
    if (request.method !== 'post' || !request.payload) return request;
    const payload = request.payload as Record<string, unknown>;
    const errors: Record<string, { message: string }> = {};
    for (const path of paths) {
      const key = `${path}Decimal`;
      if (!(key in payload)) continue;
      const text = String(payload[key] ?? '').trim();
      delete payload[key];
      try {
        payload[path] = text === '' ? null : parseAmount(text, String(payload.currency || 'EUR'));
      } catch (error) {
        if (!(error instanceof InvalidAmount)) throw error;
        errors[path] = { message: error.message };
      }
    }
    if (Object.keys(errors).length) throw new ValidationError(errors);
    return request;
  };
}
