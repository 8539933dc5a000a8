// After an edit, the lines' discounts and tax follow the rules of placing the order: a line's own discount
// per unit, the order's discount (its code's rule, or the manual amount) shared out again by what the lines
// cost, and each line's tax at the rate it was placed with. A line with refunds keeps its share of the discount.
import type { Tx } from '../../db/transaction.js';
import { Refused } from '../errors.js';
import { shareOut } from './allocate.js';

interface Line {
  id: number;
  title?: string;
  quantity: number;
  unitPriceCents: number;
  discountCents: number;
  orderDiscountCents: number;
  taxCents: number;
}

interface Before {
  discountCode: string | null;
  lines: Line[];
}

const net = (l: Pick<Line, 'unitPriceCents' | 'quantity' | 'discountCents'>) => l.unitPriceCents * l.quantity - l.discountCents;
const divRound = (a: number, b: number) => (b === 0 ? 0 : Math.round(a / b));

/** Writes each line's new discount, share and tax; returns the lines as priced now. */
export async function repriceLines<L extends Line>(tx: Tx, order: Before, lines: L[]): Promise<L[]> {
  const was = new Map(order.lines.map((l) => [l.id, l]));
  // a line's own discount follows its units; an added line has none
  const own = lines.map((l) => {
    const before = was.get(l.id);
    return before ? divRound((before.discountCents - before.orderDiscountCents) * l.quantity, before.quantity) : 0;
  });
  const afterOwn = lines.map((l, i) => l.unitPriceCents * l.quantity - own[i]);
  const eligible = afterOwn.reduce((n, x) => n + x, 0);
  const discount = await orderDiscount(tx, order, eligible);

  const oldNet = order.lines.reduce((n, l) => n + net(l), 0);
  const oldTax = order.lines.reduce((n, l) => n + l.taxCents, 0);
  // tax per cent of net: the line's own rate, or the order's for an added line
  const rate = lines.map((l) => {
    const before = was.get(l.id);
    return before && net(before) > 0 ? { tax: before.taxCents, net: net(before) } : { tax: oldTax, net: oldNet };
  });
  // A line with refunds keeps its share (what was refunded was worked out from it); the others share the rest.
  const refunded = await refundedPerLine(tx, lines.map((l) => l.id));
  const kept = lines.map((l) => (refunded.get(l.id) ? (was.get(l.id)?.orderDiscountCents ?? 0) : null));
  const open = lines.map((_, i) => i).filter((i) => kept[i] === null);
  const rest = Math.max(0, discount - kept.reduce<number>((n, k) => n + (k ?? 0), 0));
  const openShares = shareOut(Math.min(rest, open.reduce((n, i) => n + afterOwn[i], 0)), open.map((i) => afterOwn[i]));
  const shares = lines.map((_, i) => kept[i] ?? openShares[open.indexOf(i)]);

  const priced = lines.map((l, i) => {
    const discountCents = own[i] + shares[i];
    const taxCents = divRound(net({ ...l, discountCents }) * rate[i].tax, rate[i].net);
    return { ...l, discountCents, orderDiscountCents: shares[i], taxCents };
  });
  for (const [i, l] of priced.entries()) {
    const back = refunded.get(l.id) ?? 0;
    if (net(l) + l.taxCents < back) throw new Refused(`${l.title ?? `Line ${l.id}`} would be worth less than was already refunded for it; refund or change another line instead.`);
    const before = lines[i];
    if (before.discountCents !== l.discountCents || before.orderDiscountCents !== l.orderDiscountCents || before.taxCents !== l.taxCents) {
      await tx.orderLine.update({ where: { id: l.id }, data: { discountCents: l.discountCents, orderDiscountCents: l.orderDiscountCents, taxCents: l.taxCents } });
    }
  }
  return priced;
}

/** The order's discount on the edited lines: its code's rule again (not redeemed twice), or the manual amount, never more than the lines. */
async function orderDiscount(tx: Tx, order: Before, eligible: number): Promise<number> {
  const before = order.lines.reduce((n, l) => n + l.orderDiscountCents, 0);
  const code = order.discountCode ? await tx.discountCode.findUnique({ where: { code: order.discountCode } }) : null;
  if (code?.type === 'PERCENTAGE') return Math.min(eligible, Math.round((eligible * (code.percentage ?? 0)) / 100));
  if (code?.type === 'FIXED_AMOUNT') return Math.min(eligible, code.amountCents ?? 0);
  return Math.min(eligible, before);
}

export async function refundedPerLine(tx: Tx, orderLineIds: number[]): Promise<Map<number, number>> {
  if (!orderLineIds.length) return new Map();
  const rows = await tx.refundLine.groupBy({ by: ['orderLineId'], where: { orderLineId: { in: orderLineIds } }, _sum: { amountCents: true } });
  return new Map(rows.map((r) => [r.orderLineId, r._sum.amountCents ?? 0]));
}
