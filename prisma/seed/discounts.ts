// The shop's discount codes; orders use them while they run, and usage counts follow.
import type { Shopper } from './customers.js';
import type { Ids } from './ids.js';
import type { Discount } from './pricing.js';
import { DAY, type Rng } from './random.js';
import type { Batch } from './tables.js';
import { FLASH_SALE } from './timeline.js';

export interface DiscountCode extends Discount {
  startsAt: number;
  endsAt: number | null;
  minimum: number | null;
  usageLimit: number | null;
  active: boolean;
  weight: number;
  audience: 'all' | 'vip' | 'wholesale';
  used: number;
}

type Def = [code: string, type: Discount['type'], value: number, startsDaysAgo: number, endsDaysAgo: number | null,
  minimum: number | null, usageLimit: number | null, weight: number, audience?: DiscountCode['audience'], active?: boolean];

const DEFS: Def[] = [
  ['WELCOME10', 'PERCENTAGE', 10, 420, null, null, null, 4],
  ['SPRING15', 'PERCENTAGE', 15, 118, 95, 4000, null, 3],
  ['FLASH25', 'PERCENTAGE', 25, FLASH_SALE.fromDaysAgo, FLASH_SALE.toDaysAgo, null, null, 40],
  ['SAVE5', 'FIXED_AMOUNT', 500, 200, null, 3000, null, 2],
  ['GIFT10', 'FIXED_AMOUNT', 1000, 90, null, 6000, null, 2],
  ['NEWSLETTER5', 'FIXED_AMOUNT', 500, 300, null, 2500, null, 2],
  ['LAUNCH30', 'PERCENTAGE', 30, 110, 60, null, 100, 1],
  ['VIP20', 'PERCENTAGE', 20, 365, null, null, null, 8, 'vip'],
  ['TRADE12', 'PERCENTAGE', 12, 365, null, 20_000, null, 30, 'wholesale'],
  ['SUMMER20', 'PERCENTAGE', 20, 300, 220, null, null, 1, 'all', false],
  ['WINTER15', 'PERCENTAGE', 15, -10, -40, null, 500, 1],
];

export function buildDiscounts(now: number): DiscountCode[] {
  return DEFS.map(([code, type, value, starts, ends, minimum, usageLimit, weight, audience = 'all', active = true]) => ({
    code, type, percentage: type === 'PERCENTAGE' ? value : null, amountCents: type === 'FIXED_AMOUNT' ? value : null,
    startsAt: now - starts * DAY, endsAt: ends === null ? null : now - ends * DAY, minimum, usageLimit, active, weight, audience, used: 0,
  }));
}

/** The code an order placed at t uses, if any (the caller counts the use). */
export function chooseDiscount(rng: Rng, codes: DiscountCode[], t: number, shopper: Shopper, subtotal: number): DiscountCode | null {
  const flash = codes.find((c) => c.code === 'FLASH25')!;
  const inFlash = t >= flash.startsAt && t < flash.endsAt!;
  const p = shopper.wholesale ? 0.6 : shopper.vip ? 0.3 : inFlash ? 0.4 : 0.09;
  if (!rng.chance(p)) return null;
  const eligible = codes.filter(
    (c) => c.active && t >= c.startsAt && (c.endsAt === null || t < c.endsAt) && (c.usageLimit === null || c.used < c.usageLimit) &&
      (c.audience === 'all' || (c.audience === 'vip' && shopper.vip) || (c.audience === 'wholesale' && shopper.wholesale)),
  );
  if (!eligible.length) return null;
  let x = rng.next() * eligible.reduce((s, c) => s + c.weight, 0);
  const code = eligible.find((c) => (x -= c.weight) < 0) ?? eligible[eligible.length - 1];
  return code.minimum !== null && subtotal < code.minimum ? null : code;
}

export function writeDiscounts(batch: Batch, ids: Ids, codes: DiscountCode[], now: number): void {
  for (const c of codes) {
    const created = Math.min(c.startsAt, now) - 3 * DAY;
    batch.add('DiscountCode', [
      ids.next('DiscountCode'), c.code, c.type, c.percentage, c.amountCents, 'EUR', c.minimum, c.startsAt, c.endsAt,
      c.usageLimit, c.used, c.active, created, now,
    ]);
  }
}
