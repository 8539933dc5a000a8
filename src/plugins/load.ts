// COUNTER_PLUGINS → plugin objects. A built-in name loads src/plugins-builtin/<name>/index.ts; anything
// with a slash or a .js/.ts ending is a file imported from the working folder. A module that cannot be
// imported, or exports no plugin, is skipped with one log line; the others still load.
import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CounterPlugin } from './api.js';
import { errorLine, type PluginHealth } from './health.js';

export const BUILT_IN_PLUGINS = ['low-stock-alerts', 'fraud-signals'] as const;

const isPath = (spec: string) => spec.includes('/') || /\.[cm]?[jt]s$/.test(spec);

export function pluginUrl(spec: string): string {
  if (isPath(spec)) return pathToFileURL(isAbsolute(spec) ? spec : resolve(spec)).href;
  // Run from the TypeScript sources (tsx, tests) the built-in entry is index.ts; compiled, index.js.
  const ts = new URL(`../plugins-builtin/${spec}/index.ts`, import.meta.url);
  return existsSync(ts) ? ts.href : new URL(`../plugins-builtin/${spec}/index.js`, import.meta.url).href;
}

/** The module's default export: a plugin, or a function returning one (read settings from the environment there). */
async function pluginFrom(url: string): Promise<CounterPlugin> {
  const mod = (await import(url)) as { default?: unknown; plugin?: unknown };
  const exported = mod.default ?? mod.plugin;
  const plugin = typeof exported === 'function' ? await (exported as () => CounterPlugin | Promise<CounterPlugin>)() : exported;
  if (!plugin || typeof plugin !== 'object') throw new Error('the module has no default export of definePlugin({ … })');
  return plugin as CounterPlugin;
}

export async function loadPlugins(specs: string[], health: PluginHealth): Promise<CounterPlugin[]> {
  const plugins: CounterPlugin[] = [];
  for (const spec of specs) {
    if (!isPath(spec) && !(BUILT_IN_PLUGINS as readonly string[]).includes(spec)) {
      health.skip(spec, `no built-in plugin has that name (built-in: ${BUILT_IN_PLUGINS.join(', ')}; a file needs a path such as ./plugins/mine.js)`);
      continue;
    }
    try {
      plugins.push(await pluginFrom(pluginUrl(spec)));
    } catch (error) {
      health.skip(spec, `loading ${spec} threw: ${errorLine(error)}`);
    }
  }
  return plugins;
}
