// The daily low-stock digest: one email per recipient listing what is low, queued through the mail
// outbox, at most once per UTC day — the day is claimed with an IdempotencyKey row in the same
// transaction as the mail, so two processes (or a retry) never send it twice.
import { inTransaction, type Shop } from '../../db/transaction.js';
import { escapeHtml, mailLanguage } from '../../services/mail/templates.js';
import { wordsIn } from '../../plugins/words.js';
import type { Language } from '../../shared/i18n.js';
import { lowStockLocales } from './words.js';
import { queueMail, type MailMode } from '../../services/mail/outbox.js';
import { lowItems, type LowItem } from './stock.js';

export interface DigestInput {
  /** Emails to send to; empty: every active owner and warehouse staff member. */
  recipients: string[];
  mailMode: MailMode;
  now?: Date;
  /** The admin's address, for the link in the email, e.g. https://shop.example/admin. */
  adminUrl?: string;
}

export type DigestResult = { sent: true; day: string; to: string[]; items: number } | { sent: false; day: string; reason: string };

export const digestKey = (day: string) => `low-stock-digest:${day}`;

export async function digestRecipients(shop: Shop, configured: string[]): Promise<string[]> {
  if (configured.length) return configured;
  const staff = await shop.prisma.staffUser.findMany({ where: { active: true, role: { in: ['OWNER', 'WAREHOUSE'] } }, select: { email: true }, orderBy: { id: 'asc' } });
  return staff.map((s) => s.email);
}

/** The digest in the shop's language (SHOP_LOCALE), like the other emails. */
export function digestMail(items: LowItem[], adminUrl?: string, language: Language = mailLanguage()) {
  const say = (key: string, params: Record<string, string | number> = {}) => wordsIn(lowStockLocales, language, `components.LowStockDigest.${key}`, params);
  const lines = items.map((i) => say('line', { item: `${i.title}${i.sku ? ` (${i.sku})` : ''}`, available: i.available, threshold: i.threshold, suggested: i.suggested }));
  const link = adminUrl ? say('link', { url: `${adminUrl}/api/plugins/low-stock-alerts/reorder-list.csv` }) : '';
  const count = items.length;
  const intro = count === 1 ? say('introOne') : say('intro', { count });
  return {
    subject: count === 1 ? say('subjectOne') : say('subject', { count }),
    text: [intro, '', ...lines.map((l) => `  ${l}`), '', link].join('\n').trim(),
    html: `<p>${escapeHtml(intro)}</p><ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>${link ? `<p>${escapeHtml(link)}</p>` : ''}`,
  };
}

export async function sendLowStockDigest(shop: Shop, input: DigestInput): Promise<DigestResult> {
  const day = (input.now ?? new Date()).toISOString().slice(0, 10);
  if (await shop.prisma.idempotencyKey.findUnique({ where: { key: digestKey(day) } })) return { sent: false, day, reason: 'already sent today' };
  const items = await lowItems(shop);
  if (!items.length) return { sent: false, day, reason: 'nothing is low' };
  const to = await digestRecipients(shop, input.recipients);
  if (!to.length) return { sent: false, day, reason: 'no recipient' };
  const mail = digestMail(items, input.adminUrl);
  try {
    await inTransaction(shop, async (tx) => {
      await tx.idempotencyKey.create({ data: { key: digestKey(day), scope: 'low-stock-digest', requestHash: '', response: JSON.stringify({ to, items: items.length }) } });
      await queueMail(tx, input.mailMode, to.map((address) => ({ kind: 'low-stock-digest', to: address, ...mail })));
    });
  } catch (error) {
    // Another process claimed the day between our check and our insert: it sends, we do not.
    if ((error as { code?: string }).code === 'P2002') return { sent: false, day, reason: 'already sent today' };
    throw error;
  }
  return { sent: true, day, to, items: items.length };
}
