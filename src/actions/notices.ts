// What an action tells the staff member, in their language (their StaffUser.locale).
import type { ActionContext } from 'adminjs';
import { describeBulk, type BulkResult } from '../services/orders/bulk.js';
import { languageOf, t, type Language } from '../shared/i18n.js';
import { formatMoney } from '../shared/money-format.js';
import { counterFr } from '../locales/fr/counter.js';
import { refusalsFr } from '../locales/fr/refusals.js';
import { frenchAmounts } from '../components/timeline-words.js';

export const staffLanguage = (context: Pick<ActionContext, 'currentAdmin'>): Language =>
  languageOf((context.currentAdmin as { locale?: string } | undefined)?.locale);

/** 19,99 € for French, €19.99 for English. */
export const moneyIn = (language: Language, minor: number, currency: string) => formatMoney(minor, currency, language === 'fr' ? 'fr-FR' : 'en');

/** A service's reason ("already fulfilled", "on hold: fraud check") in French; exact words first, then known prefixes. */
function reasonIn(language: Language, reason: string): string {
  if (language === 'en') return reason;
  const reasons = counterFr.notices.bulk.reasons;
  if (reasons[reason]) return reasons[reason];
  const prefix = Object.keys(reasons).find((p) => p.endsWith(' ') && reason.startsWith(p));
  return prefix ? reasons[prefix] + reason.slice(prefix.length) : reason;
}

/** A word from the admin's locale (Counter's and the plugins' `locales`), e.g. a bulk form's `verb`. */
export function localeWord(context: Pick<ActionContext, '_admin'>, language: Language, key: string): string | undefined {
  let node: unknown = (context._admin?.options.locale as { translations?: Record<string, unknown> } | undefined)?.translations?.[language];
  for (const part of key.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/**
 * "12 fulfilled; 3 skipped: …" (services/orders/bulk.ts) or "Expédiées : 12 ; ignorées : 3 (…)".
 * `translatedVerb`: the verb in that language when the action brings its own (a plugin's locales).
 */
export function bulkNotice(language: Language, result: BulkResult, verb: string, translatedVerb?: string): string {
  if (language === 'en') return describeBulk(result, verb);
  const head = t(language, 'notices.bulk.done', { count: result.done.length, verb: translatedVerb ?? counterFr.notices.bulk.verbs[verb] ?? verb });
  if (!result.skipped.length) return head;
  const list = result.skipped.slice(0, 10).map((s) => `${s.name} ${reasonIn(language, s.reason)}`).join(', ');
  const more = result.skipped.length > 10 ? t(language, 'notices.bulk.more', { count: result.skipped.length - 10 }) : '';
  return t(language, 'notices.bulk.skipped', { head, count: result.skipped.length, list, more });
}

/** A service's refusal ("#1001 is already cancelled.") in the staff member's language. */
export function refusalIn(language: Language, message: string): string {
  if (language === 'en') return message;
  const shape = refusalsFr.find(([pattern]) => pattern.test(message));
  return shape ? frenchAmounts(message.replace(shape[0], shape[1])) : message;
}
