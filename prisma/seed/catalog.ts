// Categories, products, variants, images, features and one inventory item per sellable thing.
import { CARE, CATEGORIES, PRODUCTS, VENDOR_ORIGIN, type ProductDef } from './catalog-data.js';
import { DAY, type Rng } from './random.js';
import type { Batch } from './tables.js';
import type { Ids } from './ids.js';

export type StockLevel = 'normal' | 'low' | 'out';

/** A product without variants, or one variant: what an order line points at. */
export interface Sellable {
  itemId: number;
  productId: number;
  variantId: number | null;
  title: string;
  variantTitle: string | null;
  sku: string;
  price: number;
  status: 'ACTIVE' | 'DRAFT' | 'ARCHIVED';
  createdAt: number;
  popularity: number;
  level: StockLevel;
  /** What is left on hand after every order (before returns to stock). */
  target: number;
  // Running totals while orders are generated.
  fulfilled: number;
  returned: number;
  committed: number;
}

const CATEGORY_CODE: Record<string, string> = {
  't-shirts': 'TEE', knitwear: 'KNT', apparel: 'APP', kitchen: 'KIT', candles: 'CND',
  'home-living': 'HOM', accessories: 'ACC', stationery: 'STA',
};
const VARIANT_WEIGHT: Record<string, number> = { XS: 0.5, S: 0.8, M: 1.3, L: 1.2, XL: 0.6 };

export const slugify = (s: string) =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/&/g, 'and').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

const optionCode = (v: string) => v.replace(/[^A-Za-z0-9]/g, '').slice(0, 4).toUpperCase();

function ean13(rng: Rng): string {
  const body = '376' + rng.digits(9);
  const sum = [...body].reduce((s, d, i) => s + Number(d) * (i % 2 ? 3 : 1), 0);
  return body + ((10 - (sum % 10)) % 10);
}

/** Every combination of the product's option values, in display order. */
function combinations(def: ProductDef): string[][] {
  let combos: string[][] = [[]];
  for (const [, values] of def.options ?? []) combos = combos.flatMap((c) => values.map((v) => [...c, v]));
  return combos;
}

export function buildCatalog(rng: Rng, batch: Batch, ids: Ids, now: number, products: ProductDef[] = PRODUCTS): Sellable[] {
  const categoryId = new Map<string, number>();
  CATEGORIES.forEach((c, position) => {
    const id = ids.next('Category');
    categoryId.set(c.handle, id);
    const created = now - 520 * DAY;
    batch.add('Category', [id, c.name, c.handle, c.description, c.parent ? categoryId.get(c.parent)! : null, position, created, created]);
  });

  const ranks = rng.shuffle(products.map((_, i) => i));
  const sellables: Sellable[] = [];
  products.forEach((def, index) => {
    const id = ids.next('Product');
    const handle = slugify(def.title);
    const status = def.status ?? 'ACTIVE';
    const created = Math.round(status === 'DRAFT' ? now - rng.between(2, 20) * DAY : now - rng.between(150, 500) * DAY);
    const updated = Math.min(now, Math.round(created + rng.between(0, 40) * DAY));
    const sale = status === 'ACTIVE' && rng.chance(0.18) ? rng.between(1.2, 1.45) : null;
    const compareAt = (price: number) => (sale ? Math.round((price * sale) / 100) * 100 : null);
    const code = `${CATEGORY_CODE[def.category]}-${String(index + 1).padStart(3, '0')}`;
    const tags = [def.tags, sale ? 'sale' : null].filter(Boolean).join(', ');
    const description = `${def.blurb} ${def.material}. Made in ${VENDOR_ORIGIN[def.vendor]} by ${def.vendor}.`;
    const combos = combinations(def);
    const hasVariants = combos[0].length > 0;
    const popularity = (1 / Math.pow(ranks[index] + 3, 0.9)) * (def.tags?.includes('bestseller') ? 2 : 1);
    batch.add('Product', [
      id, def.title, handle, description, status, def.vendor, def.type, categoryId.get(def.category)!, 'EUR',
      def.price, compareAt(def.price), hasVariants ? null : code, hasVariants ? null : ean13(rng), tags, created, updated,
    ]);

    const imageCount = rng.int(1, 3);
    for (let p = 0; p < imageCount; p++) {
      const url = `/images/products/${handle}${p ? `-${p + 1}` : ''}.jpg`;
      batch.add('ProductImage', [ids.next('ProductImage'), id, url, p ? `${def.title}, detail ${p}` : def.title, p, created]);
    }
    const features: [string, string][] = [['Material', def.material], ['Made in', VENDOR_ORIGIN[def.vendor]], ['Care', CARE[def.category]]];
    if (def.category === 'candles' && def.type === 'Candle') features.push(['Burn time', '40–70 hours']);
    if (rng.chance(0.4)) features.push(['Warranty', rng.pick(['1 year', '2 years', 'Lifetime repairs'])]);
    features.forEach(([name, value], p) => batch.add('ProductFeature', [ids.next('ProductFeature'), id, name, value, p]));

    const item = (variantId: number | null, sku: string, price: number, title: string | null, weight: number) => {
      const itemId = ids.next('InventoryItem');
      sellables.push({
        itemId, productId: id, variantId, title: def.title, variantTitle: title, sku, price, status, createdAt: created,
        popularity: popularity * weight, level: 'normal', target: 0, fulfilled: 0, returned: 0, committed: 0,
      });
    };
    if (!hasVariants) {
      item(null, code, def.price, null, 1);
      return;
    }
    const weights = combos.map((c) => c.reduce((w, v) => w * (VARIANT_WEIGHT[v] ?? 1), 1));
    const total = weights.reduce((a, b) => a + b, 0);
    combos.forEach((values, position) => {
      const variantId = ids.next('ProductVariant');
      const price = values.reduce((p, v) => def.priceBy?.[v] ?? p, def.price);
      const sku = [code, ...values.map(optionCode)].join('-');
      const title = values.join(' / ');
      batch.add('ProductVariant', [
        variantId, id, title, values[0] ?? null, values[1] ?? null, values[2] ?? null, sku, ean13(rng), price,
        compareAt(price), position, created, updated,
      ]);
      item(variantId, sku, price, title, (weights[position] / total) * Math.sqrt(combos.length));
    });
  });
  assignStockLevels(rng, sellables);
  for (const s of sellables) {
    const threshold = s.level === 'normal' ? rng.pick([5, 5, 10, 10, 15, 20]) : rng.pick([5, 10]);
    const backorder = s.level === 'normal' && rng.chance(0.05);
    s.target = s.level === 'out' ? 0 : s.level === 'low' ? rng.int(1, threshold) : rng.int(threshold + 5, 240);
    // onHand and committed are filled in once every order is known (see finishStock).
    batch.add('InventoryItem', [s.itemId, s.productId, s.variantId, s.sku, 0, 0, threshold, backorder, now]);
  }
  return sellables;
}

/** Active stock items of the fixed catalogue: 7 of them run out and 12 run low, in proportion in a larger one. */
const FIXED_ACTIVE_ITEMS = PRODUCTS.filter((p) => !p.status).reduce((n, p) => n + combinations(p).length, 0);

/** A few active items run low or out; archived products are mostly sold out. */
function assignStockLevels(rng: Rng, sellables: Sellable[]): void {
  const active = rng.shuffle(sellables.filter((s) => s.status === 'ACTIVE'));
  const out = Math.round((active.length * 7) / FIXED_ACTIVE_ITEMS);
  const low = Math.round((active.length * 19) / FIXED_ACTIVE_ITEMS);
  active.slice(0, out).forEach((s) => (s.level = 'out'));
  active.slice(out, low).forEach((s) => (s.level = 'low'));
  for (const s of sellables) if (s.status === 'ARCHIVED') s.level = rng.chance(0.7) ? 'out' : 'low';
}
