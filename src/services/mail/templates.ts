// The emails' words, in the shop's language (SHOP_LOCALE: en, the default, or fr): customers are
// written to in one language per shop. Every value from the database is escaped before it goes into HTML.
import { formatMoney } from '../../shared/money-format.js';
import { languageOf, t, type Language } from '../../shared/i18n.js';

/** The language of the shop's emails, read when an email is written. */
export const mailLanguage = (): Language => languageOf(process.env.SHOP_LOCALE);
const moneyIn = (language: Language, minor: number, currency: string) => formatMoney(minor, currency, language === 'fr' ? 'fr-FR' : 'en');

export const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export interface MailLine {
  title: string;
  quantity: number;
}

function page(title: string, paragraphs: string[], lines: MailLine[]) {
  const text = [...paragraphs, '', ...lines.map((l) => `  ${l.quantity} × ${l.title}`)].join('\n');
  const html =
    `<h2>${escapeHtml(title)}</h2>` +
    paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('') +
    (lines.length ? `<ul>${lines.map((l) => `<li>${l.quantity} × ${escapeHtml(l.title)}</li>`).join('')}</ul>` : '');
  return { text, html };
}

export function shippingConfirmation(o: { name: string; carrier?: string | null; trackingNumber?: string | null; lines: MailLine[] }, language = mailLanguage()) {
  const tracking = o.trackingNumber
    ? t(language, o.carrier ? 'mail.shipped.trackingCarrier' : 'mail.shipped.tracking', { carrier: o.carrier ?? '', number: o.trackingNumber })
    : t(language, 'mail.shipped.onItsWay');
  return { subject: t(language, 'mail.shipped.subject', { name: o.name }), ...page(t(language, 'mail.shipped.title', { name: o.name }), [t(language, 'mail.shipped.body'), tracking], o.lines) };
}

export function refundConfirmation(o: { name: string; amountCents: number; currency: string; lines: MailLine[] }, language = mailLanguage()) {
  const words = { name: o.name, amount: moneyIn(language, o.amountCents, o.currency) };
  return { subject: t(language, 'mail.refund.subject', words), ...page(t(language, 'mail.refund.title', words), [t(language, 'mail.refund.body', words)], o.lines) };
}

export function cancellationNotice(o: { name: string; refundedCents: number; currency: string }, language = mailLanguage()) {
  const money = o.refundedCents > 0 ? t(language, 'mail.cancelled.refunded', { amount: moneyIn(language, o.refundedCents, o.currency) }) : t(language, 'mail.cancelled.notCharged');
  return { subject: t(language, 'mail.cancelled.subject', { name: o.name }), ...page(t(language, 'mail.cancelled.title', { name: o.name }), [t(language, 'mail.cancelled.body'), money], []) };
}

export function invoiceMail(o: { name: string; totalCents: number; currency: string; lines: MailLine[] }, language = mailLanguage()) {
  const words = { name: o.name, amount: moneyIn(language, o.totalCents, o.currency) };
  return { subject: t(language, 'mail.invoice.subject', words), ...page(t(language, 'mail.invoice.title', words), [t(language, 'mail.invoice.body', words)], o.lines) };
}

export function recoveryMail(o: { totalCents: number; currency: string; lines: MailLine[] }, language = mailLanguage()) {
  const words = { amount: moneyIn(language, o.totalCents, o.currency) };
  return { subject: t(language, 'mail.recovery.subject'), ...page(t(language, 'mail.recovery.title'), [t(language, 'mail.recovery.body', words)], o.lines) };
}
