// Cart arithmetic shared by orders, draft orders and checkouts. Prices are net of VAT; VAT is
// charged on the discounted lines and on shipping, so total = subtotal - discount + shipping + tax.
import type { Sellable } from './catalog.js';
import { VAT } from './places.js';

export interface Discount {
  code: string;
  type: 'PERCENTAGE' | 'FIXED_AMOUNT';
  percentage: number | null;
  amountCents: number | null;
}

export interface CartLine {
  item: Sellable;
  quantity: number;
  gross: number; // unit price × quantity
  discount: number;
  tax: number;
}

export interface Totals {
  subtotal: number;
  discount: number;
  shipping: number;
  shippingTax: number;
  tax: number; // lines + shipping
  total: number;
}

export interface CartOptions {
  country: string;
  discount: Discount | null;
  wholesale: boolean;
  priority: boolean;
}

export function shippingFor(country: string, net: number, wholesale: boolean, priority: boolean): number {
  if (wholesale) return net >= 50_000 ? 0 : 2500;
  if (priority) return country === 'FR' ? 1290 : 1990;
  if (country === 'FR') return net >= 6000 ? 0 : 490;
  return net >= 10_000 ? 0 : 990;
}

export function priceCart(items: { item: Sellable; quantity: number }[], o: CartOptions): { lines: CartLine[]; totals: Totals } {
  const lines: CartLine[] = items.map(({ item, quantity }) => ({ item, quantity, gross: item.price * quantity, discount: 0, tax: 0 }));
  const subtotal = lines.reduce((s, l) => s + l.gross, 0);
  let discount = 0;
  if (o.discount?.type === 'PERCENTAGE') discount = Math.round((subtotal * (o.discount.percentage ?? 0)) / 100);
  if (o.discount?.type === 'FIXED_AMOUNT') discount = Math.min(subtotal, o.discount.amountCents ?? 0);
  // Spread the order discount over the lines in proportion; the first line takes the rounding.
  let spread = 0;
  for (let i = lines.length - 1; i > 0; i--) spread += lines[i].discount = Math.floor((discount * lines[i].gross) / subtotal);
  lines[0].discount = discount - spread;
  // Trade customers outside France are invoiced without VAT (reverse charge).
  const rate = o.wholesale && o.country !== 'FR' ? 0 : VAT[o.country] ?? 20;
  for (const l of lines) l.tax = Math.round(((l.gross - l.discount) * rate) / 100);
  const shipping = shippingFor(o.country, subtotal - discount, o.wholesale, o.priority);
  const shippingTax = Math.round((shipping * rate) / 100);
  const tax = lines.reduce((s, l) => s + l.tax, 0) + shippingTax;
  return { lines, totals: { subtotal, discount, shipping, shippingTax, tax, total: subtotal - discount + shipping + tax } };
}

/** What refunding `quantity` units of a line gives back, tax included. */
export function lineRefund(line: CartLine, quantity: number): number {
  return Math.round(((line.gross - line.discount + line.tax) * quantity) / line.quantity);
}

export const euros = (cents: number) => `€${(cents / 100).toFixed(2)}`;
