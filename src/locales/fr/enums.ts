// French names of the schema's enum values, by enum (prisma/schema.prisma). A value missing here
// fails test/admin/french-locale.test.ts.
export const enumsFr: Record<string, Record<string, string>> = {
  ProductStatus: { DRAFT: 'Brouillon', ACTIVE: 'Actif', ARCHIVED: 'Archivé' },
  StockMovementReason: {
    INITIAL: 'Stock initial', SALE: 'Vente', FULFILLMENT: 'Expédition', CANCELLATION: 'Annulation',
    REFUND_RESTOCK: 'Remise en stock (remboursement)', ORDER_EDIT: 'Modification de commande', MANUAL_ADJUSTMENT: 'Ajustement manuel', IMPORT: 'Import',
  },
  FinancialStatus: {
    PENDING: 'En attente', AUTHORIZED: 'Autorisée', PARTIALLY_PAID: 'Partiellement payée', PAID: 'Payée',
    PARTIALLY_REFUNDED: 'Partiellement remboursée', REFUNDED: 'Remboursée', VOIDED: 'Annulée (autorisation)',
  },
  FulfillmentStatus: { UNFULFILLED: 'Non expédiée', PARTIALLY_FULFILLED: 'Partiellement expédiée', FULFILLED: 'Expédiée' },
  CancelReason: { CUSTOMER: 'Demande du client', DECLINED: 'Paiement refusé', FRAUD: 'Fraude', INVENTORY: 'Rupture de stock', STAFF: "Erreur de l'équipe", OTHER: 'Autre' },
  TransactionKind: { AUTHORIZATION: 'Autorisation', CAPTURE: 'Encaissement', SALE: 'Vente', REFUND: 'Remboursement', VOID: 'Annulation' },
  TransactionStatus: { SUCCESS: 'Réussie', FAILURE: 'Échouée', PENDING: 'En attente' },
  DraftOrderStatus: { OPEN: 'Ouvert', INVOICE_SENT: 'Facture envoyée', COMPLETED: 'Finalisé' },
  RecoveryState: { NOT_SENT: 'Non relancé', SENT: 'Relancé', RECOVERED: 'Récupéré' },
  DiscountType: { PERCENTAGE: 'Pourcentage', FIXED_AMOUNT: 'Montant fixe' },
  StaffRole: { OWNER: 'Propriétaire', MANAGER: 'Responsable', SUPPORT: 'Service client', WAREHOUSE: 'Entrepôt' },
  MailStatus: { PENDING: 'En attente', SENDING: "En cours d'envoi", SENT: 'Envoyé', FAILED: 'Échec', LOCAL: 'Local (non envoyé)' },
};
