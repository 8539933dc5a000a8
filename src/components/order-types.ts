// The shape of `record.details` the order actions send (services/orders/details.ts), for the components.

export interface DetailLine {
  id: number;
  title: string;
  variantTitle: string | null;
  sku: string | null;
  quantity: number;
  unitPriceCents: number;
  fulfilledQuantity: number;
  removedQuantity: number;
  refundedQuantity: number;
  restockedQuantity: number;
  refundable: number;
  /** What was paid for the whole line (its discounts and tax included), and what refunds gave back of it. */
  paidCents: number;
  refundedCents: number;
}

export interface OrderDetailsJSON {
  customer: { id: number; firstName: string; lastName: string; email: string; phone: string | null } | null;
  lines: DetailLine[];
  transactions: Array<{ id: number; kind: string; status: string; amountCents: number; gateway: string; createdAt: string }>;
  fulfillments: Array<{ id: number; carrier: string | null; trackingNumber: string | null; createdAt: string; lines: Array<{ orderLineId: number; quantity: number }> }>;
  refunds: Array<{ id: number; amountCents: number; shippingCents: number; restock: boolean; reason: string | null; createdAt: string }>;
  timeline: Array<{ id: number; action: string; message: string; at: string; by: string | null }>;
  payments: { authorized: number; captured: number; refunded: number; net: number; refundableCents: number; refundableShippingCents: number; balanceCents: number };
}
