// The order timeline's entries are stored as English sentences (services write them in the audit
// log); for a French page the known shapes are reworded here, amounts included. An entry of an
// unknown shape stays as written.
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
  [/^Cancelled \((\w+)\)(.*)$/, (_, reason: string, rest: string) => `Annulée (${CANCEL_REASONS[reason] ?? reason})${rest.replace(/ refunded\b/g, ' remboursé').replace(/authorization voided/g, 'autorisation annulée')}`],
  [/^Duplicated as draft order (.+)$/, 'Dupliquée en brouillon de commande $1'],
  [/^Created from draft order (.+) · marked as paid$/, 'Créée depuis le brouillon de commande $1 · marquée payée'],
  [/^Created from draft order (.+) · payment pending$/, 'Créée depuis le brouillon de commande $1 · paiement en attente'],
  [/^Added tags: (.+)$/, 'Étiquettes ajoutées : $1'],
  [/^Removed tags: (.+)$/, 'Étiquettes retirées : $1'],
  [/^Invoice sent to (.+)$/, 'Facture envoyée à $1'],
];

export function timelineEntry(language: string, message: string): string {
  if (language !== 'fr') return message;
  for (const [shape, french] of FR) {
    if (!shape.test(message)) continue;
    const reworded = typeof french === 'string' ? message.replace(shape, french) : message.replace(shape, french as (...groups: string[]) => string);
    return frenchAmounts(reworded.replace(/ · restocked\b/g, ' · remis en stock'));
  }
  return message;
}
