// Each module's French words (its `locales.fr`): resource and navigation names, action names, and the
// column labels it words differently from the schema's (as its `locales.en` does).
export const ordersFr = {
  labels: {
    Orders: 'Commandes',
    Order: 'Commandes', DraftOrder: 'Brouillons de commande', PaymentTransaction: 'Transactions', Fulfillment: 'Expéditions', Refund: 'Remboursements',
    OrderLine: 'Lignes de commande', FulfillmentLine: "Lignes d'expédition", RefundLine: 'Lignes de remboursement', DraftOrderLine: 'Lignes de brouillon',
  },
  actions: { fulfil: 'Expédier', fulfilItems: 'Expédier des articles', capture: 'Encaisser les paiements', archive: 'Archiver', unarchive: 'Désarchiver', addTags: 'Ajouter des étiquettes', removeTags: 'Retirer des étiquettes', refund: 'Rembourser', cancel: 'Annuler', capturePayment: 'Encaisser', editLines: 'Articles', duplicate: 'Dupliquer', print: 'Imprimer', complete: 'Finaliser', sendInvoice: 'Envoyer la facture' },
  resources: {
    DraftOrder: { actions: { complete: 'Finaliser', sendInvoice: 'Envoyer la facture' } },
    Order: {
      properties: { name: 'Commande', createdAt: 'Date', totalCents: 'Montant TTC' },
      actions: { fulfil: 'Expédier', fulfilItems: 'Expédier des articles', capture: 'Encaisser les paiements', archive: 'Archiver', unarchive: 'Désarchiver', addTags: 'Ajouter des étiquettes', removeTags: 'Retirer des étiquettes', refund: 'Rembourser', cancel: 'Annuler', capturePayment: 'Encaisser', editLines: 'Articles', duplicate: 'Dupliquer', print: 'Imprimer' },
    },
  },
};

export const catalogFr = {
  labels: {
    Catalog: 'Catalogue',
    Product: 'Produits', ProductVariant: 'Variantes', Category: 'Catégories', InventoryItem: 'Stock', StockMovement: 'Mouvements de stock', ProductImage: 'Images produit', ProductFeature: 'Caractéristiques produit',
  },
  actions: { importCsv: 'Importer un CSV', adjustStock: 'Ajuster le stock', putOnSale: 'Mettre en solde', endSale: 'Terminer le solde', createVariant: 'Ajouter une variante' },
  resources: {
    InventoryItem: { actions: { adjustStock: 'Ajuster le stock' } },
    Product: { actions: { putOnSale: 'Mettre en solde', endSale: 'Terminer le solde', importCsv: 'Importer un CSV' }, properties: { thumbnail: 'Image' } },
    ProductImage: { properties: { file: 'Image' } },
    Category: { properties: { path: 'Chemin' } },
  },
};

export const customersFr = {
  labels: { Customers: 'Clients', Customer: 'Clients', Address: 'Adresses' },
  resources: {
    Customer: { properties: { fullName: 'Nom', ordersCount: 'Commandes', totalSpentCents: 'Montant dépensé', averageOrderCents: 'Panier moyen', firstOrderAt: 'Première commande', lastOrderAt: 'Dernière commande' } },
    Address: { properties: { label: 'Adresse' } },
  },
};

export const marketingFr = {
  labels: { Marketing: 'Marketing', DiscountCode: 'Codes de réduction', AbandonedCheckout: 'Paniers abandonnés', AbandonedCheckoutLine: 'Lignes de panier abandonné' },
  actions: { sendRecovery: "Envoyer l'e-mail de relance", sendRecoveryToSelected: 'Envoyer les e-mails de relance' },
  resources: { AbandonedCheckout: { actions: { sendRecovery: "Envoyer l'e-mail de relance", sendRecoveryToSelected: 'Envoyer les e-mails de relance' } } },
};

export const settingsFr = {
  actions: { configure: 'Configurer' },
  labels: { Settings: 'Réglages', ScreenSetting: 'Écrans', StaffUser: 'Équipe', AuditEvent: "Journal d'audit", MailMessage: "File d'envoi des e-mails" },
  pages: { myAccount: 'Mon compte' },
};
