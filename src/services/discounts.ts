// Discount codes: percentage or fixed amount, minimum subtotal, validity window, usage limit.
// Redeeming one counts the use in the same transaction as the order, guarded in the UPDATE.
import type { DiscountCode } from '@prisma/client';
import type { Tx } from '../db/transaction.js';
import { InvalidInput, Refused } from './errors.js';
import { formatMoney } from './money.js';

/** What the code takes off this subtotal, or why it does not apply. */
export function discountFor(code: DiscountCode, subtotalCents: number, currency: string, now = new Date()): number {
  const name = code.code;
  if (!code.active) throw new Refused(`The code ${name} is not active.`);
  if (code.startsAt > now) throw new Refused(`The code ${name} is not valid yet.`);
  if (code.endsAt && code.endsAt < now) throw new Refused(`The code ${name} has expired.`);
  if (code.usageLimit !== null && code.usageCount >= code.usageLimit) throw new Refused(`The code ${name} has been used up.`);
  if (code.minimumSubtotalCents !== null && subtotalCents < code.minimumSubtotalCents) {
    throw new Refused(`The code ${name} needs a subtotal of at least ${formatMoney(code.minimumSubtotalCents, code.currency)}.`);
  }
  if (code.type === 'PERCENTAGE') return Math.round((subtotalCents * (code.percentage ?? 0)) / 100);
  if (code.currency !== currency) throw new Refused(`The code ${name} is in ${code.currency}, the order in ${currency}.`);
  return Math.min(subtotalCents, code.amountCents ?? 0);
}

export async function redeemDiscountCode(tx: Tx, input: { code: string; subtotalCents: number; currency: string; now?: Date }) {
  const code = await tx.discountCode.findUnique({ where: { code: input.code.trim().toUpperCase() } });
  if (!code) throw new InvalidInput(`There is no discount code ${input.code.trim()}.`);
  const discountCents = discountFor(code, input.subtotalCents, input.currency, input.now);
  const used = await tx.discountCode.updateMany({
    where: { id: code.id, ...(code.usageLimit !== null ? { usageCount: { lt: code.usageLimit } } : {}) },
    data: { usageCount: { increment: 1 } },
  });
  if (used.count === 0) throw new Refused(`The code ${code.code} has been used up.`);
  return { code: code.code, discountCents };
}

/** The discount code form: a percentage between 1 and 100, or an amount; codes are upper case. */
export function checkDiscountCode(d: { code?: unknown; type?: unknown; percentage?: unknown; amountCents?: unknown }): Record<string, string> {
  const errors: Record<string, string> = {};
  if (d.code !== undefined && !/^[A-Z0-9_-]{3,40}$/.test(String(d.code).trim().toUpperCase())) errors.code = 'Use 3 to 40 letters, digits, - or _.';
  if (d.type === 'PERCENTAGE') {
    const p = Number(d.percentage);
    if (!Number.isInteger(p) || p < 1 || p > 100) errors.percentage = 'A percentage between 1 and 100.';
  }
  if (d.type === 'FIXED_AMOUNT' && !(Number(d.amountCents) > 0)) errors.amountCents = 'An amount above zero.';
  return errors;
}
