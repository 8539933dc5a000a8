// A screen's words in the staff member's language. The English text stays in the component, as the
// default; other languages come from AdminJS's i18n under `components.<Screen>.<key>`
// (src/locales/fr/screens.ts). Money, numbers and dates follow the same language.
import { useTranslation } from 'adminjs';
import { formatMoney } from '../shared/money-format.js';

const humanize = (value: string) => value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ');

export function useWords(screen: string) {
  const { translateComponent, i18n } = useTranslation();
  const language = i18n.language === 'fr' ? 'fr' : 'en';
  const tag = language === 'fr' ? 'fr-FR' : 'en';
  /** w('refundButton', 'Refund {{amount}}', { amount }) */
  const w = (key: string, english: string, params: Record<string, unknown> = {}): string =>
    translateComponent(`${screen}.${key}`, { ...params, defaultValue: english }) as string;
  return {
    language,
    w,
    /** An enum value's name ("PARTIALLY_PAID" → "Partially paid" / "Partiellement payée"). */
    enumLabel: (enumName: string, value: string): string => translateComponent(`enums.${enumName}.${value}`, { defaultValue: humanize(value) }) as string,
    money: (minor: number, currency = 'EUR') => formatMoney(minor, currency, tag),
    number: (n: number) => n.toLocaleString(tag),
    when: (iso: string) => new Date(iso).toLocaleString(language === 'fr' ? tag : undefined),
  };
}
