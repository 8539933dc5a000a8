// Which items an order may contain, weighted by popularity. Archived products only show up in
// older orders; items that ended low or out of stock only in orders that released their stock.
import type { Sellable } from './catalog.js';
import { cumulative, type Rng } from './random.js';

interface Pool {
  items: Sellable[];
  cum: Float64Array;
}

export class ItemPools {
  private readonly pools: Pool[] = [];
  readonly active: Sellable[];

  constructor(sellables: Sellable[]) {
    for (const old of [false, true]) {
      for (const inStock of [false, true]) {
        const items = sellables.filter(
          (s) => (s.status === 'ACTIVE' || (old && s.status === 'ARCHIVED')) && (!inStock || s.level === 'normal'),
        );
        this.pools.push({ items, cum: cumulative(items.map((s) => s.popularity)) });
      }
    }
    this.active = sellables.filter((s) => s.status === 'ACTIVE');
  }

  pick(rng: Rng, old: boolean, inStockOnly: boolean): Sellable {
    const pool = this.pools[(old ? 2 : 0) + (inStockOnly ? 1 : 0)];
    return pool.items[rng.weighted(pool.cum)];
  }

  /** Up to n distinct items. */
  basket(rng: Rng, n: number, old: boolean, inStockOnly: boolean): Sellable[] {
    const picked: Sellable[] = [];
    for (let tries = 0; picked.length < n && tries < n * 6; tries++) {
      const s = this.pick(rng, old, inStockOnly);
      if (!picked.includes(s)) picked.push(s);
    }
    return picked;
  }
}
