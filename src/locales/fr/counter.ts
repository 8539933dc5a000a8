// Counter's server-side words in French, key for key as src/locales/en/counter.ts.
export const counterFr = {
  notices: {
    bulk: {
      done: '{{verb}} : {{count}}',
      skipped: '{{head}} ; ignorées : {{count}} ({{list}}{{more}})',
      more: ', et {{count}} autres',
      verbs: {
        fulfilled: 'Expédiées', captured: 'Encaissées', archived: 'Archivées', unarchived: 'Désarchivées', tagged: 'Étiquetées', untagged: 'Étiquettes retirées',
        'put on sale': 'Mis en solde', 'back to full price': 'Revenus au plein tarif', emailed: 'Relancés',
      } as Record<string, string>,
      reasons: {
        cancelled: 'annulée', archived: 'archivée', 'already fulfilled': 'déjà expédiée', 'not found': 'introuvable', 'already archived': 'déjà archivée',
        'not archived': 'non archivée', 'already tagged': 'a déjà ces étiquettes', 'did not have these tags': "n'avait pas ces étiquettes", 'not on hold': 'non bloquée',
        'already on sale': 'déjà en solde', 'the price would drop to zero or below': 'le prix tomberait à zéro ou moins', 'not on sale': 'pas en solde',
        'already recovered': 'déjà récupéré', 'no marketing consent': 'pas de consentement marketing', 'emailed less than 24 hours ago': 'relancé il y a moins de 24 heures',
        'on hold: ': 'bloquée : ', 'already on hold: ': 'déjà bloquée : ', 'not enough stock of ': 'stock insuffisant : ',
        'payment voided': 'paiement annulé', 'no authorized payment': 'aucun paiement autorisé', 'already captured': 'déjà encaissée',
      } as Record<string, string>,
    },
    refunded: 'Remboursé : {{amount}}.',
    refundedRestockedOne: 'Remboursé : {{amount}} ; 1 unité remise en stock.',
    refundedRestocked: 'Remboursé : {{amount}} ; {{units}} unités remises en stock.',
    cancelled: '{{name}} annulée.',
    cancelledRefunded: '{{name}} annulée ; {{amount}} remboursés.',
    cancelledVoided: '{{name}} annulée ; autorisation annulée.',
  },
  mail: {
    shipped: {
      subject: 'Votre commande {{name}} a été expédiée',
      title: 'La commande {{name}} a été expédiée',
      body: 'Bonne nouvelle : votre commande est en route.',
      tracking: 'Numéro de suivi : {{number}}',
      trackingCarrier: 'Numéro de suivi ({{carrier}}) : {{number}}',
      onItsWay: 'Votre colis est en route.',
    },
    refund: { subject: 'Remboursement de la commande {{name}}', title: 'Remboursement de la commande {{name}}', body: 'Nous vous avons remboursé {{amount}} sur votre moyen de paiement d’origine.' },
    cancelled: {
      subject: 'La commande {{name}} a été annulée',
      title: 'La commande {{name}} a été annulée',
      body: 'Votre commande a été annulée.',
      refunded: 'Nous vous avons remboursé {{amount}}.',
      notCharged: "Vous n'avez pas été débité.",
    },
    invoice: { subject: 'Facture {{name}} : {{amount}} à régler', title: 'Facture {{name}}', body: 'Voici votre commande. Montant à régler : {{amount}}.' },
    recovery: { subject: 'Vous avez oublié quelque chose dans votre panier', title: 'Votre panier vous attend', body: 'Votre panier ({{amount}}) vous attend, quand vous voulez.' },
  },
};
