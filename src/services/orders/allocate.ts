// How an order's discount and tax are shared out to its lines, and what a line's units give back.
// In minor units, so the shares add up exactly (DOMAIN.md: a largest-remainder share-out).
import { refundForUnits } from '../../shared/line-refund.js';

/**
 * Shares `total` out in proportion to `weights`: each gets the whole part of its exact share, then the
 * units left over go one each to the largest fractions (ties: the earlier line), so the shares add up to
 * `total` exactly. All-zero weights share evenly.
 */
export function shareOut(total: number, weights: number[]): number[] {
  return weights.length ? proportional(total, weights) : [];
}

function proportional(total: number, weights: number[]): number[] {
  const sum = weights.reduce((n, w) => n + w, 0);
  const w = sum > 0 ? weights : weights.map(() => 1);
  const W = BigInt(sum > 0 ? sum : weights.length);
  const T = BigInt(total);
  const base = w.map((x) => (T * BigInt(x)) / W); // products of two 31-bit amounts overflow a double's integers
  const rest = w.map((x, i) => ({ i, fraction: (T * BigInt(x)) % W }));
  let left = total - base.reduce((n, b) => n + Number(b), 0);
  rest.sort((a, b) => (a.fraction === b.fraction ? a.i - b.i : a.fraction > b.fraction ? -1 : 1));
  const out = base.map(Number);
  for (const { i } of rest) {
    if (left <= 0) break;
    out[i] += 1;
    left -= 1;
  }
  return out;
}

export interface PricedLine {
  unitPriceCents: number;
  quantity: number;
  /** Every discount on the line: its own and its share of the order's. */
  discountCents: number;
  taxCents: number;
}

/** What the customer paid for the whole line: price × quantity − its discounts + its tax. */
export const linePaid = (l: PricedLine) => l.unitPriceCents * l.quantity - l.discountCents + l.taxCents;

/** What refunding `units` more of a line gives back, when earlier refunds gave back `refundedCents` for it. */
export function unitsRefund(line: PricedLine & { refundedQuantity: number }, units: number, refundedCents: number): number {
  return refundForUnits({ paidCents: linePaid(line), refundedCents, held: line.quantity - line.refundedQuantity }, units);
}
