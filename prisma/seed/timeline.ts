// When orders are placed: busier evenings and Sundays, slow nights, growth over the period,
// and a flash-sale week. Order n+1 is never placed before order n.
import { DAY, HOUR, type Rng } from './random.js';

export const ORDER_DAYS = 120;
/** The flash-sale week (days before now); the FLASH25 discount code runs then. */
export const FLASH_SALE = { fromDaysAgo: 40, toDaysAgo: 33 };

const HOUR_OF_DAY = [0.25, 0.15, 0.1, 0.08, 0.08, 0.12, 0.3, 0.6, 0.9, 1.1, 1.2, 1.25, 1.3, 1.25, 1.2, 1.2, 1.25, 1.35, 1.5, 1.7, 1.8, 1.6, 1.1, 0.6];
const DAY_OF_WEEK = [1.25, 1.1, 0.95, 0.95, 1.0, 0.9, 0.85]; // Sunday first

export class Timeline {
  readonly start: number;
  private readonly cum: Float64Array; // cum[h] = intensity of hours [0, h)
  private bucket = 0;

  constructor(
    private readonly rng: Rng,
    readonly now: number,
    private readonly total: number,
  ) {
    const hours = ORDER_DAYS * 24;
    this.start = now - ORDER_DAYS * DAY;
    this.cum = new Float64Array(hours + 1);
    let noise = 1;
    for (let h = 0; h < hours; h++) {
      if (h % 24 === 0) noise = rng.between(0.85, 1.15);
      const t = this.start + h * HOUR;
      const date = new Date(t);
      const daysAgo = (now - t) / DAY;
      const sale = daysAgo <= FLASH_SALE.fromDaysAgo && daysAgo > FLASH_SALE.toDaysAgo ? 2.2 : 1;
      const growth = 0.75 + 0.5 * (h / hours);
      const local = (date.getUTCHours() + 1) % 24; // the shop's customers are mostly on Paris time
      const w = growth * sale * noise * HOUR_OF_DAY[local] * DAY_OF_WEEK[date.getUTCDay()];
      this.cum[h + 1] = this.cum[h] + w;
    }
  }

  /** The creation time of order i (0-based); call with increasing i. */
  at(i: number): number {
    const cum = this.cum;
    const u = ((i + this.rng.next()) / this.total) * cum[cum.length - 1];
    while (this.bucket < cum.length - 2 && cum[this.bucket + 1] <= u) this.bucket++;
    const within = (u - cum[this.bucket]) / (cum[this.bucket + 1] - cum[this.bucket]);
    return Math.min(this.now - 1000, Math.floor(this.start + (this.bucket + within) * HOUR));
  }

  /** The first order index placed at or after time t. */
  indexAt(t: number): number {
    const hours = Math.max(0, Math.min(this.cum.length - 1, (t - this.start) / HOUR));
    const h = Math.floor(hours);
    const c = this.cum[h] + (h < this.cum.length - 1 ? (this.cum[h + 1] - this.cum[h]) * (hours - h) : 0);
    return Math.min(this.total, Math.ceil((c / this.cum[this.cum.length - 1]) * this.total));
  }
}
