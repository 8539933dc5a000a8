// The emails' words. Every value from the database is escaped before it goes into HTML.
import { formatMoney } from '../money.js';

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

export function shippingConfirmation(o: { name: string; carrier?: string | null; trackingNumber?: string | null; lines: MailLine[] }) {
  const tracking = o.trackingNumber ? `Tracking number${o.carrier ? ` (${o.carrier})` : ''}: ${o.trackingNumber}` : 'Your parcel is on its way.';
  return { subject: `Your order ${o.name} has shipped`, ...page(`Order ${o.name} has shipped`, ['Good news: your order is on its way.', tracking], o.lines) };
}

export function refundConfirmation(o: { name: string; amountCents: number; currency: string; lines: MailLine[] }) {
  const amount = formatMoney(o.amountCents, o.currency);
  return { subject: `Refund for order ${o.name}`, ...page(`Refund for order ${o.name}`, [`We have refunded ${amount} to your original payment method.`], o.lines) };
}

export function cancellationNotice(o: { name: string; refundedCents: number; currency: string }) {
  const money = o.refundedCents > 0 ? `We have refunded ${formatMoney(o.refundedCents, o.currency)}.` : 'You have not been charged.';
  return { subject: `Order ${o.name} has been cancelled`, ...page(`Order ${o.name} has been cancelled`, ['Your order has been cancelled.', money], []) };
}

export function invoiceMail(o: { name: string; totalCents: number; currency: string; lines: MailLine[] }) {
  const amount = formatMoney(o.totalCents, o.currency);
  return { subject: `Invoice ${o.name}: ${amount} due`, ...page(`Invoice ${o.name}`, [`Here is your order. Amount due: ${amount}.`], o.lines) };
}

export function recoveryMail(o: { totalCents: number; currency: string; lines: MailLine[] }) {
  const amount = formatMoney(o.totalCents, o.currency);
  return { subject: 'You left something in your cart', ...page('Your cart is waiting', [`Your cart (${amount}) is still here whenever you are ready.`], o.lines) };
}
