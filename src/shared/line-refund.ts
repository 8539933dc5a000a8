// What refunding units of a line gives back (services/orders/allocate.ts): the part of what was paid for the
// line that is not refunded yet, shared over the units still held, the last units taking what is left. Shared
// with the refund form, so its button shows the amount the refund will be.
export interface LineRefundState {
  /** What the customer paid for the whole line: price × quantity − its discounts + its tax. */
  paidCents: number;
  /** What earlier refunds gave back for the line. */
  refundedCents: number;
  /** Units not refunded yet. */
  held: number;
}

export function refundForUnits(line: LineRefundState, units: number): number {
  const rest = Math.max(0, line.paidCents - line.refundedCents);
  if (units <= 0 || line.held <= 0) return 0;
  if (units >= line.held) return rest;
  return Math.floor((rest * units) / line.held);
}
