// What an export column returns. Strings are text from the database and get the CSV
// formula guard; amounts are written by us and stay numbers (a refund of -5.00 is no formula).
import { ShopError } from '../errors.js';
import { amountToDecimal } from '../money.js';

/** A decimal amount we formatted ourselves ("19.99", "-5.00"): never prefixed with a quote. */
export class Amount {
  constructor(readonly text: string) {}
}

export type Cell = string | number | boolean | Date | Amount | null | undefined;

/** Integer minor units → a decimal amount in the currency's digits; null stays empty. */
export const money = (minor: number | null | undefined, currency: string): Amount | null =>
  minor === null || minor === undefined ? null : new Amount(amountToDecimal(minor, currency));

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
