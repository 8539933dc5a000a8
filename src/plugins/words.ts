// A plugin's words on the server (emails, CSV headers, notices): read from the same `locales` the
// plugin hands AdminJS, so one table serves its React components (useWords) and its server code.
import type { Language } from '../shared/i18n.js';

type Tree = Record<string, unknown>;

function lookup(root: unknown, key: string): string | undefined {
  let node = root;
  for (const part of key.split('.')) node = node && typeof node === 'object' ? (node as Tree)[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/** wordsIn(plugin.locales, 'fr', 'components.LowStockDigest.subject', { count: 2 }); English when the language lacks it. */
export function wordsIn(locales: Record<string, Tree> | undefined, language: Language, key: string, params: Record<string, string | number> = {}): string {
  const text = lookup(locales?.[language], key) ?? lookup(locales?.en, key);
  if (text === undefined) throw new Error(`No text for ${key}`);
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
