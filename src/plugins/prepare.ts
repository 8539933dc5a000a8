// From the plugins an app is given to the plugins it runs: each one checked (known models, roles on
// every action, well-formed widgets and subscribers) and tried on a real AdminJS build; a plugin that
// fails is skipped with one log line. Extensions are then merged into the resources they extend.
import { BUILT_IN_ACTIONS, ROLES, type ActionPermissions, type CounterContext, type CounterPlugin, type CustomAction, type ResourceModule } from './api.js';
import { DOMAIN_EVENTS } from './events.js';
import { errorLine, type PluginHealth } from './health.js';
import { componentLoader } from '../components/index.js';
import { EXPORT_ACTIONS } from '../actions/export-csv.js';
import { fullDmmf } from '../db/dmmf.js';

export interface PrepareOptions {
  health: PluginHealth;
  context: CounterContext;
  /** Builds AdminJS from these plugins (throws on what AdminJS or Counter refuses). */
  tryBuild(plugins: CounterPlugin[]): void;
}

/** Counter's own modules first (trusted: a fault there stops the start), then each extra plugin if it passes. */
export function preparePlugins(builtIn: CounterPlugin[], extra: CounterPlugin[], options: PrepareOptions): CounterPlugin[] {
  let accepted = [...builtIn];
  for (const candidate of extra) {
    const name = typeof candidate?.name === 'string' && candidate.name ? candidate.name : '(unnamed)';
    try {
      const problem = checkPlugin(candidate, accepted, options.context);
      if (problem) {
        options.health.skip(name, problem);
        continue;
      }
      const next = [...accepted, guardPlugin(candidate, options.health)];
      options.tryBuild(applyExtensions(next));
      accepted = next;
    } catch (error) {
      options.health.skip(name, errorLine(error));
    }
  }
  return applyExtensions(accepted);
}

const isRoleList = (roles: unknown) => Array.isArray(roles) && roles.every((r) => (ROLES as readonly unknown[]).includes(r));

function checkPermissions(where: string, permissions: ActionPermissions | undefined, actions: string[]): string | null {
  for (const action of actions) {
    if (!permissions || !(action in permissions)) return `${where}: action "${action}" declares no roles`;
  }
  for (const [action, roles] of Object.entries(permissions ?? {})) {
    if (!isRoleList(roles)) return `${where}: roles of "${action}" must be a list of ${ROLES.join(', ')}`;
  }
  return null;
}

/** Why the plugin cannot run next to the accepted ones, or null. */
export function checkPlugin(plugin: CounterPlugin, accepted: CounterPlugin[], ctx: CounterContext): string | null {
  if (!plugin || typeof plugin !== 'object') return 'the module does not export a plugin (definePlugin({ … }))';
  if (typeof plugin.name !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(plugin.name)) return 'its name must be lowercase letters, digits and dashes';
  if (accepted.some((p) => p.name === plugin.name)) return `a plugin named "${plugin.name}" is already loaded`;
  const models = new Set(fullDmmf().datamodel.models.map((m) => m.name));
  const registered = new Map(accepted.flatMap((p) => (p.resources ?? []).map((r) => [r.model as string, r] as const)));
  for (const mod of plugin.resources ?? []) {
    if (!models.has(mod.model)) return `resource ${mod.model}: no such model in the schema (plugins cannot add tables)`;
    if (registered.has(mod.model)) return `resource ${mod.model} is already registered; use extend to add to it`;
    const problem = checkPermissions(`resource ${mod.model}`, mod.permissions, Object.keys(mod.actions?.(ctx) ?? {}));
    if (problem) return problem;
  }
  for (const [model, ext] of Object.entries(plugin.extend ?? {})) {
    const base = registered.get(model);
    if (!base || !ext) return `extend ${model}: no module registers that resource`;
    const actions = Object.keys(ext.actions?.(ctx) ?? {});
    const taken = new Set<string>([...BUILT_IN_ACTIONS, ...EXPORT_ACTIONS, ...Object.keys(base.permissions)]);
    const clash = [...actions, ...Object.keys(ext.permissions ?? {})].find((a) => taken.has(a));
    if (clash) return `extend ${model}: action "${clash}" already exists on ${model}`;
    const problem = checkPermissions(`extend ${model}`, ext.permissions, actions);
    if (problem) return problem;
  }
  const components = componentLoader.getComponents();
  const ids = new Set(accepted.flatMap((p) => (p.widgets ?? []).map((w) => w.id)));
  for (const widget of plugin.widgets ?? []) {
    if (!widget || typeof widget.id !== 'string' || !/^[A-Za-z0-9-]+$/.test(widget.id)) return 'a widget needs an id (letters, digits, dashes)';
    if (ids.has(widget.id)) return `widget "${widget.id}" already exists`;
    if (typeof widget.title !== 'string' || !widget.title) return `widget "${widget.id}" needs a title`;
    if (!isRoleList(widget.roles) || widget.roles.length === 0) return `widget "${widget.id}" must list the roles that see it`;
    if (typeof widget.load !== 'function') return `widget "${widget.id}" needs a load(ctx) function`;
    if (typeof widget.component !== 'string' || !(widget.component in components)) return `widget "${widget.id}": component "${String(widget.component)}" is not registered (registerComponent)`;
    ids.add(widget.id);
  }
  for (const [event, handler] of Object.entries(plugin.events ?? {})) {
    if (!(DOMAIN_EVENTS as readonly string[]).includes(event)) return `events: unknown event "${event}" (known: ${DOMAIN_EVENTS.join(', ')})`;
    if (typeof handler !== 'function') return `events: "${event}" must be a function`;
  }
  return null;
}

const turnedOff = (plugin: string, health: PluginHealth) => ({
  records: [],
  notice: { message: `The ${plugin} plugin is turned off after an error (${health.reason(plugin)}). Ask the administrator to check the log.`, type: 'error' as const },
});

/** A disabled plugin's own actions (on its resources and on extended ones) answer with a notice instead of running. */
function guardPlugin(plugin: CounterPlugin, health: PluginHealth): CounterPlugin {
  const guard = (actions: Record<string, CustomAction>) =>
    Object.fromEntries(
      Object.entries(actions).map(([name, action]) => {
        const handler = action.handler;
        if (typeof handler !== 'function') return [name, action];
        return [name, { ...action, handler: ((...args: Parameters<typeof handler>) => (health.isEnabled(plugin.name) ? handler(...args) : turnedOff(plugin.name, health))) as typeof handler }];
      }),
    );
  const extend = Object.fromEntries(
    Object.entries(plugin.extend ?? {}).map(([model, ext]) => [model, { ...ext!, actions: ext!.actions && ((ctx: CounterContext) => guard(ext!.actions!(ctx))) }]),
  );
  const resources = plugin.resources?.map((mod) => ({ ...mod, actions: mod.actions && ((ctx: CounterContext) => guard(mod.actions!(ctx))) }));
  return { ...plugin, extend, ...(resources ? { resources } : {}) };
}

/** Each resource with the actions, permissions and columns other plugins add to it. */
export function applyExtensions(plugins: CounterPlugin[]): CounterPlugin[] {
  const extensions = plugins.flatMap((p) => Object.entries(p.extend ?? {}).map(([model, ext]) => ({ model, ext: ext! })));
  if (!extensions.length) return plugins;
  const extendOne = (mod: ResourceModule): ResourceModule => {
    const mine = extensions.filter((e) => e.model === mod.model).map((e) => e.ext);
    if (!mine.length) return mod;
    const append = (list: string[] | undefined, extra: Array<string[] | undefined>) => (list ? [...list, ...extra.flat().filter((x): x is string => !!x && !list.includes(x))] : list);
    return {
      ...mod,
      permissions: Object.assign({}, mod.permissions, ...mine.map((e) => e.permissions)),
      actions: (ctx) => Object.assign({}, mod.actions?.(ctx), ...mine.map((e) => e.actions?.(ctx) ?? {})),
      options: {
        ...mod.options,
        properties: Object.assign({}, mod.options?.properties, ...mine.map((e) => e.properties ?? {})),
        listProperties: append(mod.options?.listProperties, mine.map((e) => e.listProperties)),
        showProperties: append(mod.options?.showProperties, mine.map((e) => e.showProperties)),
      },
    };
  };
  return plugins.map((p) => (p.resources?.length ? { ...p, resources: p.resources.map(extendOne) } : p));
}
