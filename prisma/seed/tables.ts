// The columns the seed fills, per table, in row order. Types: i integer, s text or enum,
// b boolean, d timestamp (rows carry epoch milliseconds). Omitted columns keep their default.

export type ColumnType = 'i' | 's' | 'b' | 'd';
export type Cell = string | number | boolean | null;
export type Row = Cell[];
export interface Column {
  name: string;
  type: ColumnType;
  /** PostgreSQL enum type of a text column, for the casts of array inserts. */
  enumType?: string;
}

const spec = (text: string): Column[] =>
  text.split(/\s+/).filter(Boolean).map((c) => {
    const [name, type, enumType] = c.split(':');
    return { name, type: type as ColumnType, enumType };
  });

const ADDRESS = 'Name:s Address1:s Address2:s City:s Zip:s Province:s Country:s Phone:s';
const prefixed = (prefix: string) => ADDRESS.split(' ').map((c) => prefix + c).join(' ');

export const TABLES = {
  Category: spec('id:i name:s handle:s description:s parentId:i position:i createdAt:d updatedAt:d'),
  Product: spec(`id:i title:s handle:s description:s status:s:ProductStatus vendor:s productType:s categoryId:i currency:s
    priceCents:i compareAtPriceCents:i sku:s barcode:s tags:s createdAt:d updatedAt:d`),
  ProductImage: spec('id:i productId:i url:s alt:s position:i createdAt:d'),
  ProductFeature: spec('id:i productId:i name:s value:s position:i'),
  ProductVariant: spec(`id:i productId:i title:s option1:s option2:s option3:s sku:s barcode:s priceCents:i
    compareAtPriceCents:i position:i createdAt:d updatedAt:d`),
  InventoryItem: spec('id:i productId:i variantId:i sku:s onHand:i committed:i lowStockThreshold:i allowBackorder:b updatedAt:d'),
  StockMovement: spec('id:i inventoryItemId:i reason:s:StockMovementReason onHandDelta:i committedDelta:i orderId:i note:s createdAt:d'),
  Customer: spec('id:i firstName:s lastName:s email:s phone:s acceptsMarketing:b tags:s note:s createdAt:d updatedAt:d'),
  Address: spec(`id:i customerId:i firstName:s lastName:s company:s address1:s address2:s city:s province:s zip:s
    country:s phone:s isDefault:b`),
  DiscountCode: spec(`id:i code:s type:s:DiscountType percentage:i amountCents:i currency:s minimumSubtotalCents:i startsAt:d
    endsAt:d usageLimit:i usageCount:i active:b createdAt:d updatedAt:d`),
  Order: spec(`id:i number:i name:s customerId:i email:s phone:s currency:s subtotalCents:i discountCents:i
    shippingCents:i taxCents:i totalCents:i discountCode:s financialStatus:s:FinancialStatus fulfillmentStatus:s:FulfillmentStatus tags:s note:s
    ${prefixed('billing')} ${prefixed('shipping')} archivedAt:d cancelledAt:d cancelReason:s:CancelReason createdAt:d updatedAt:d`),
  OrderLine: spec(`id:i orderId:i productId:i variantId:i inventoryItemId:i title:s variantTitle:s sku:s
    unitPriceCents:i quantity:i discountCents:i taxCents:i fulfilledQuantity:i removedQuantity:i refundedQuantity:i restockedQuantity:i orderDiscountCents:i`),
  Refund: spec('id:i orderId:i amountCents:i shippingCents:i restock:b reason:s notifyCustomer:b createdAt:d'),
  PaymentTransaction: spec(`id:i orderId:i kind:s:TransactionKind status:s:TransactionStatus amountCents:i currency:s gateway:s parentId:i refundId:i
    errorMessage:s createdAt:d`),
  Fulfillment: spec('id:i orderId:i carrier:s trackingNumber:s trackingUrl:s createdAt:d'),
  FulfillmentLine: spec('id:i fulfillmentId:i orderLineId:i quantity:i'),
  RefundLine: spec('id:i refundId:i orderLineId:i quantity:i amountCents:i restocked:b'),
  AuditEvent: spec('id:i action:s subjectType:s subjectId:s orderId:i message:s data:s createdAt:d'),
  DraftOrder: spec(`id:i name:s status:s:DraftOrderStatus customerId:i email:s currency:s subtotalCents:i discountCents:i
    shippingCents:i taxCents:i totalCents:i note:s tags:s invoiceSentAt:d completedAt:d orderId:i createdAt:d updatedAt:d`),
  DraftOrderLine: spec('id:i draftOrderId:i productId:i variantId:i title:s sku:s unitPriceCents:i quantity:i'),
  AbandonedCheckout: spec(`id:i token:s email:s customerId:i currency:s subtotalCents:i totalCents:i recoveryState:s:RecoveryState
    recoveryEmailSentAt:d recoveredOrderId:i createdAt:d updatedAt:d`),
  AbandonedCheckoutLine: spec('id:i checkoutId:i productId:i variantId:i title:s unitPriceCents:i quantity:i'),
};

export type Table = keyof typeof TABLES;

/** Parents before children: the order in which a batch is written. */
export const INSERT_ORDER: Table[] = [
  'Category', 'Product', 'ProductImage', 'ProductFeature', 'ProductVariant', 'InventoryItem',
  'Customer', 'Address', 'DiscountCode',
  'Order', 'OrderLine', 'Refund', 'PaymentTransaction', 'Fulfillment', 'FulfillmentLine', 'RefundLine',
  'StockMovement', 'AuditEvent',
  'DraftOrder', 'DraftOrderLine', 'AbandonedCheckout', 'AbandonedCheckoutLine',
];

/** Rows waiting to be written, per table. */
export class Batch {
  readonly rows = new Map<Table, Row[]>();

  add(table: Table, row: Row): void {
    let list = this.rows.get(table);
    if (!list) this.rows.set(table, (list = []));
    list.push(row);
  }

  count(table: Table): number {
    return this.rows.get(table)?.length ?? 0;
  }
}
