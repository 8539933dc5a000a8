// AdminJS locale: English labels derived from the schema, overridden by each plugin's strings.
import type { LocaleTranslations } from 'adminjs';
import type { CounterPlugin } from '../plugins/api.js';
import { fullDmmf } from '../db/dmmf.js';
import { frenchLocale } from '../locales/fr/index.js';

/** "compareAtPriceCents" → "Compare at price", "customerId" → "Customer". */
export function fieldLabel(path: string): string {
  const words = path.replace(/Cents$/, '').replace(/(?<=.)Id$/, '').replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function schemaLabels(): LocaleTranslations {
  const resources: Record<string, { properties: Record<string, string> }> = {};
  for (const model of fullDmmf().datamodel.models) {
    resources[model.name] = { properties: Object.fromEntries(model.fields.map((f) => [f.name, fieldLabel(f.name)])) };
  }
  const components = { Login: { welcomeHeader: 'Counter', welcomeMessage: 'The back office of your shop. Log in with your staff account.' } };
  const actions = { exportCsv: 'Export CSV', exportSelected: 'Export CSV' };
  return { resources, components, actions } as LocaleTranslations;
}

function merge(target: Record<string, unknown>, source: Record<string, unknown>): Record<string, unknown> {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    target[key] =
      value && typeof value === 'object' && existing && typeof existing === 'object'
        ? merge({ ...(existing as Record<string, unknown>) }, value as Record<string, unknown>)
        : value;
  }
  return target;
}

export function buildLocale(plugins: CounterPlugin[]) {
  const en = merge({}, schemaLabels() as Record<string, unknown>);
  const translations: Record<string, Record<string, unknown>> = { en };
  for (const plugin of plugins) merge(en, plugin.locales?.en ?? {});
  // French: what French lacks stays English (rather than a made-up label); admin/staff-language.ts picks the page's language.
  const fr = merge(JSON.parse(JSON.stringify(en)), frenchLocale(fullDmmf(), en.resources as never));
  for (const plugin of plugins) merge(fr, plugin.locales?.fr ?? {});
  translations.fr = fr;
  for (const plugin of plugins) {
    for (const [language, strings] of Object.entries(plugin.locales ?? {})) {
      if (language !== 'en' && language !== 'fr') translations[language] = merge(translations[language] ?? {}, strings);
    }
  }
  // nsSeparator off: some texts looked up by their English wording (property descriptions) contain ':'.
  return { language: 'en', availableLanguages: Object.keys(translations), translations: translations as Record<string, LocaleTranslations>, nsSeparator: false as const };
}
