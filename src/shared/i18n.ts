// Counter's own words (screens, notices, emails) in English and French. The same catalogue is
// handed to AdminJS's i18n under `components` (admin/locale.ts), where the React screens read it
// with `translateComponent`; the server reads it here, in the staff member's (or the shop's) language.
import { counterEn } from '../locales/en/counter.js';
import { counterFr } from '../locales/fr/counter.js';

export type Language = 'en' | 'fr';
export const LANGUAGES: readonly Language[] = ['en', 'fr'];

/** Anything not French is English (the default). */
export const languageOf = (value: unknown): Language => (value === 'fr' ? 'fr' : 'en');

export type Catalogue = typeof counterEn;
const catalogues: Record<Language, unknown> = { en: counterEn, fr: counterFr };

function lookup(root: unknown, key: string): string | undefined {
  let node = root;
  for (const part of key.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/** t('fr', 'notices.refunded', { amount: '19,99 €' }) → "Remboursé : 19,99 €." (English when French lacks it). */
export function t(language: Language, key: string, params: Record<string, string | number> = {}): string {
  const text = lookup(catalogues[language], key) ?? lookup(counterEn, key);
  if (text === undefined) throw new Error(`No text for ${key}`);
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** 'en' → 'en-GB'-free formatting: the language tag Intl uses for numbers and dates. */
export const intlTag = (language: Language) => (language === 'fr' ? 'fr-FR' : 'en');
