// What an export column returns. Strings are text from the database and get the CSV
// formula guard; amounts are written by us and stay numbers (a refund of -5.00 is no formula).
import { ShopError } from '../errors.js';
import { amountToDecimal } from '../money.js';
import { minorDigits } from '../../shared/money-format.js';

/** A decimal amount we formatted ourselves ("19.99", "-5.00"): never prefixed with a quote. */
export class Amount {
  constructor(readonly text: string) {}
}

export type Cell = string | number | boolean | Date | Amount | null | undefined;

/** Integer minor units → a decimal amount in the currency's digits; null stays empty. */
export function money(minor: number | null | undefined, currency: string): Amount | null {
  if (minor === null || minor === undefined) return null;
  // Cents, by arithmetic: amountToDecimal's padding and slicing were a twentieth of a 1M-order export.
  if (Number.isSafeInteger(minor) && minorDigits(currency) === 2) {
    const abs = Math.abs(minor);
    const cents = abs % 100;
    return new Amount(`${minor < 0 ? '-' : ''}${(abs - cents) / 100}.${cents < 10 ? '0' : ''}${cents}`);
  }
  return new Amount(amountToDecimal(minor, currency));
}

export interface ExportColumn<Row> {
  header: string;
  value(row: Row): Cell;
}

/** The request itself is wrong (unknown column or filter, bad value): HTTP 400. */
export class BadExportRequest extends ShopError {
  constructor(message: string) {
    super(message, 400);
  }
}
