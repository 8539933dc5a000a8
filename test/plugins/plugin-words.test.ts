// The built-in plugins speak French through their own `locales`: every word their components ask for
// (useWords('Screen') then w('key', …)), every form of their bulk actions (intro, fields, the notice's
// verb), their widgets' titles, actions and columns.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CounterContext, CounterPlugin } from '../../src/plugins/api.js';
import { lowStockAlerts } from '../../src/plugins-builtin/low-stock-alerts/index.js';
import { fraudSignals } from '../../src/plugins-builtin/fraud-signals/index.js';

const PLUGINS: Array<[string, CounterPlugin]> = [['low-stock-alerts', lowStockAlerts()], ['fraud-signals', fraudSignals]];
const at = (tree: unknown, path: string[]): unknown => path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), tree);

test.each(PLUGINS)('%s: every word has its French', (folder, plugin) => {
  const fr = plugin.locales?.fr;
  const missing: string[] = [];
  const dir = join('src', 'plugins-builtin', folder);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.tsx'))) {
    const source = readFileSync(join(dir, file), 'utf8');
    const screen = /\{ w\b[^}]*\} = useWords\('(\w+)'\)/.exec(source)?.[1];
    expect({ file, screen }).toEqual({ file, screen: expect.any(String) });
    for (const [, key] of source.matchAll(/(?<![.\w])w\('([\w.]+)'/g)) if (!at(fr, ['components', screen!, ...key.split('.')])) missing.push(`${file}: ${screen}.${key}`);
  }
  for (const widget of plugin.widgets ?? []) if (!at(fr, ['components', 'widgets', widget.id, 'title'])) missing.push(`widget ${widget.id}`);
  for (const [resource, extension] of Object.entries(plugin.extend ?? {})) {
    const actions = extension!.actions?.({} as CounterContext) ?? {};
    for (const [name, action] of Object.entries(actions)) {
      if (!at(fr, ['resources', resource, 'actions', name])) missing.push(`${resource}.actions.${name}`);
      const custom = action.custom as { intro?: string; fields?: Array<{ name: string; placeholder?: string }> } | undefined;
      if (!custom?.intro) continue;
      const form = ['components', 'forms', resource, name];
      for (const key of ['intro', 'verb', ...(custom.fields ?? []).flatMap((f) => [`${f.name}.label`, ...(f.placeholder ? [`${f.name}.placeholder`] : [])])]) {
        if (!at(fr, [...form, ...key.split('.')])) missing.push(`forms.${resource}.${name}.${key}`);
      }
    }
    for (const property of Object.keys(extension!.properties ?? {})) {
      if ((extension!.properties![property] as { isVisible?: boolean }).isVisible === false) continue;
      if (!at(fr, ['resources', resource, 'properties', property])) missing.push(`${resource}.properties.${property}`);
    }
  }
  expect(missing).toEqual([]);
});
