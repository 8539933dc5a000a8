// The dashboard API's answers as the screen reads them (see services/dashboard/*).
export interface ListLink { resource: string; filters: Record<string, string> }
export interface Card { id: string; title: string; count: number; amountCents?: number; link: ListLink; parts: Array<{ label: string; count: number; link: ListLink }>; done: string }
export interface SalesTotals { grossCents: number; refundsCents: number; netCents: number; orders: number; averageOrderCents: number }
export interface SalesPoint { bucket: string; previousBucket: string; grossCents: number; refundsCents: number; netCents: number; orders: number; previousNetCents: number; previousOrders: number }
export interface Sales { current: SalesTotals; previous: SalesTotals; series: SalesPoint[] }
export interface Seller { productId: number | null; title: string; units: number; revenueCents: number }
export interface BestSellers { byUnits: Seller[]; byRevenue: Seller[] }
export interface CustomerRank { customerId: number; name: string; email: string; orders: number; spentCents: number }
export interface Customers { buyers: number; repeatBuyers: number; repeatRate: number; topBySpent: CustomerRank[]; topByOrders: CustomerRank[] }
export interface Peaks { cells: number[][]; max: number; total: number; timezone: string }
export interface ConversionTotals { started: number; completed: number; abandoned: number; recovered: number; abandonmentRate: number; recoveryRate: number; lostCents: number }
export interface Conversion { current: ConversionTotals; previous: ConversionTotals }
export interface CategorySales { categoryId: number | null; name: string; units: number; revenueCents: number }
export interface StockCover { rateDays: number; horizonDays: number; items: Array<{ inventoryItemId: number; productId: number; title: string; sku: string | null; available: number; unitsSold: number; perDay: number; daysOfCover: number }> }
export interface PeriodChoice { period: string; from?: string; to?: string }

export const CURRENCY = 'EUR';

/** An AdminJS list address with its filters (`?filters.<name>=value`). */
export function listHref(rootPath: string, link: ListLink): string {
  const query = new URLSearchParams(Object.entries(link.filters).map(([k, v]) => [`filters.${k}`, v]));
  return `${rootPath}/resources/${encodeURIComponent(link.resource)}?${query}`;
}

/** "+12%" / "−5%" / "new" against the previous period. */
export function change(current: number, previous: number): string {
  if (previous === 0) return current === 0 ? '±0%' : 'new';
  const pct = Math.round(((current - previous) / Math.abs(previous)) * 100);
  return `${pct > 0 ? '+' : pct < 0 ? '−' : '±'}${Math.abs(pct)}%`;
}

export const percent = (ratio: number) => `${(ratio * 100).toFixed(1)}%`;
