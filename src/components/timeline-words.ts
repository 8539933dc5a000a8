// The order timeline's entries are stored as English sentences (services write them in the audit
// log); for a French page the known shapes are reworded here, amounts included. An entry of an
// unknown shape stays as written. test/components/timeline-words.test.ts finds every kind of entry the
// code writes and fails when one has no French here (or, for a plugin's, in its `components.timeline`).
import { fieldsFr } from '../locales/fr/fields.js';
/** "€1,058.00" → "1 058,00 €" inside a sentence. */
export const frenchAmounts = (text: string) =>
  text.replace(/(−|-)?€(\d{1,3}(?:,\d{3})*)\.(\d{2})/g, (_, sign: string | undefined, whole: string, cents: string) => `${sign ?? ''}${whole.replace(/,/g, '\u202f')},${cents}\u00a0€`);

const CANCEL_REASONS: Record<string, string> = {
  customer: 'demande du client', declined: 'paiement refusé', fraud: 'fraude', inventory: 'rupture de stock', staff: "erreur de l'équipe", other: 'autre',
};

const FR: Array<[RegExp, string | ((...groups: string[]) => string)]> = [
  [/^Order (.+) placed$/, 'Commande $1 passée'],
  [/^Fulfilled 1 item(.*)$/, 'Expédié 1 article$1'],
  [/^Fulfilled (\d+) items(.*)$/, 'Expédié $1 articles$2'],
  [/^Captured (.+)$/, 'Encaissé $1'],
  [/^Refunded (.+)$/, (_, rest: string) => `Remboursé ${rest.replace(/\bshipping /g, 'livraison ')}`],
  [/^Cancelled \((\w+)\)(.*)$/, (_, reason: string, rest: string) => `Annulée (${CANCEL_REASONS[reason] ?? reason})${rest.replace(/ · refunded\b/g, ' · remboursé').replace(/ · voided\b/g, ' · autorisation annulée')}`],
  [/^Duplicated as draft order (.+)$/, 'Dupliquée en brouillon de commande $1'],
  [/^Created from draft order (.+) · marked as paid$/, 'Créée depuis le brouillon de commande $1 · marquée payée'],
  [/^Created from draft order (.+) · payment pending$/, 'Créée depuis le brouillon de commande $1 · paiement en attente'],
  [/^Added tags: (.+)$/, 'Étiquettes ajoutées : $1'],
  [/^Removed tags: (.+)$/, 'Étiquettes retirées : $1'],
  [/^Invoice sent to (.+)$/, 'Facture envoyée à $1'],
  [/^Archived$/, 'Archivée'],
  [/^Unarchived$/, 'Désarchivée'],
  [/^Fulfilment hold released$/, 'Suspension de l’expédition levée'],
  [/^Fulfilment on hold: (.+)$/, 'Expédition suspendue : $1'],
  [/^Edited: (.+) · total (.+?) → (.+?)(?: · (balance due|refund owed) (.+))?$/, (_, notes: string, from: string, to: string, kind?: string, amount?: string) =>
    `Modifiée : ${notes.replace(/(^|, )removed /g, '$1retiré ').replace(/(^|, )added (\d+) × /g, '$1ajouté $2 × ')} · total ${from} → ${to}${kind ? ` · ${kind === 'balance due' ? 'reste à payer' : 'remboursement dû'} ${amount}` : ''}`],
  [/^Details edited(?: \((.+)\))?$/, (_, fields?: string) =>
    `Détails modifiés${fields ? ` (${fields.split(', ').map((f) => (fieldsFr[f] ?? f).toLowerCase()).join(', ')})` : ''}`],
  [/^Stock of (.+): (-?\d+) → (-?\d+)(.*)$/, 'Stock de $1 : $2 → $3$4'],
  [/^CSV import: (\d+) created, (\d+) updated, stock changed on (\d+) items?$/, 'Import CSV : créés $1, mis à jour $2, stock modifié pour $3 article(s)'],
  [/^Checkout abandoned by (.+)$/, 'Panier abandonné par $1'],
  [/^Recovery email sent to (.+)$/, 'E-mail de relance envoyé à $1'],
];

/** Phrases a plugin adds under `components.timeline` in its locales: name → [pattern, replacement]. */
export type Phrases = Record<string, readonly string[] | Record<string, string>>;

/** Every phrase that matches is applied, anywhere in the text (a plugin's entry can hold a list of them). */
export function rewordPhrases(text: string, phrases: Phrases = {}): string {
  let out = text;
  for (const phrase of Object.values(phrases)) {
    const [pattern, replacement] = Object.values(phrase) as string[]; // an array, or {0, 1} once i18next has stored it
    if (typeof pattern === 'string' && typeof replacement === 'string') out = out.replace(new RegExp(pattern, 'g'), replacement);
  }
  return out;
}

/**
 * The plugins' phrases for this language, from AdminJS's i18n (the browser's i18next instance). AdminJS
 * hands i18next its translations flattened ("components.timeline.high.0"), so they are gathered by prefix.
 */
export function localePhrases(i18n: { getResourceBundle?: (lng: string, ns: string) => unknown }, language: string): Phrases {
  const bundle = (i18n.getResourceBundle?.(language, 'translation') ?? {}) as Record<string, unknown>;
  const nested = (bundle.components as Record<string, unknown> | undefined)?.timeline;
  if (nested && typeof nested === 'object') return nested as Phrases;
  const phrases: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(bundle)) {
    const found = /^components\.timeline\.(.+)\.([01])$/.exec(key);
    if (found && typeof value === 'string') (phrases[found[1]] ??= [])[Number(found[2])] = value;
  }
  return phrases;
}

export function timelineEntry(language: string, message: string, phrases: Phrases = {}): string {
  if (language !== 'fr') return message;
  let text = message;
  const shape = FR.find(([pattern]) => pattern.test(message));
  if (shape) {
    const [pattern, french] = shape;
    text = typeof french === 'string' ? message.replace(pattern, french) : message.replace(pattern, french as (...groups: string[]) => string);
    text = text.replace(/ · restocked\b/g, ' · remis en stock');
  }
  return frenchAmounts(rewordPhrases(text, phrases));
}
