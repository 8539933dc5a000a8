// Money is integer minor units + an ISO currency; decimals exist only at the edges.
import { minorDigits } from '../shared/money-format.js';

export { amountToDecimal, formatMoney } from '../shared/money-format.js';

export class InvalidAmount extends Error {}

const MAX_MINOR = 2_147_483_647n; // fits the INTEGER columns of both databases

/** "19.99" → 1999, exactly (string arithmetic, no floats). Accepts "19,99" and spaces. */
export function parseAmount(input: string | number, currency = 'EUR'): number {
  let digits: number;
  try {
    digits = minorDigits(currency);
  } catch {
    throw new InvalidAmount(`"${currency}" is not a currency code (write it like EUR)`);
  }
  const text = String(input).trim().replace(/\s/g, '').replace(',', '.');
  const match = /^(-?)(\d+)(?:\.(\d*))?$/.exec(text);
  if (!match) throw new InvalidAmount(`"${input}" is not an amount (write it like 19.99)`);
  const [, sign, whole, frac = ''] = match;
  if (frac.length > digits) throw new InvalidAmount(`"${input}" has more than ${digits} decimals for ${currency}`);
  const minor = BigInt(whole) * 10n ** BigInt(digits) + BigInt(frac.padEnd(digits, '0') || '0');
  if (minor > MAX_MINOR) throw new InvalidAmount(`"${input}" is too large`);
  return Number(sign ? -minor : minor);
}
