// A larger catalogue for the benchmark shop: the fixed products, then generated ones, each a
// collection of a fixed product ("Fjord Lambswool Crew Sweater"): same category, vendor, type,
// options and material, its own price, status and tags. Deterministic from the PRNG.
import { PRODUCTS, type ProductDef } from './catalog-data.js';
import { slugify } from './catalog.js';
import type { Rng } from './random.js';

const COLLECTIONS = [
  'Alba', 'Alder', 'Amber', 'Anvil', 'Arles', 'Aster', 'Atlas', 'Aurora', 'Basalt', 'Birch', 'Bloom', 'Boreal', 'Brise', 'Cairn',
  'Calanque', 'Camargue', 'Cedar', 'Cévennes', 'Clay', 'Coast', 'Corsica', 'Cove', 'Dune', 'Ember', 'Estuary', 'Fern', 'Fjord',
  'Flint', 'Garrigue', 'Glen', 'Granite', 'Harbour', 'Hazel', 'Heath', 'Highland', 'Iris', 'Isla', 'Juniper', 'Kelp', 'Lagoon',
  'Larch', 'Lavande', 'Linden', 'Loire', 'Lumen', 'Marais', 'Meadow', 'Mistral', 'Moor', 'Moss', 'Nimbus', 'Nord', 'Oasis',
  'Ochre', 'Olivine', 'Orchard', 'Pebble', 'Pine', 'Polder', 'Provence', 'Quarry', 'Rainier', 'Rivage', 'Rowan', 'Saffron',
  'Salt', 'Sable', 'Sequoia', 'Sierra', 'Sirocco', 'Slate', 'Solstice', 'Sorrel', 'Spruce', 'Steppe', 'Summit', 'Taiga', 'Thistle',
  'Tide', 'Tundra', 'Umber', 'Valley', 'Vercors', 'Verdon', 'Willow', 'Yarrow', 'Zephyr',
];
const EDITIONS = ['', ' II', ' III', ' IV', ' V', ' VI', ' VII', ' VIII', ' IX', ' X'];

/** The fixed catalogue when `count` is its size, else it followed by count − 64 generated products. */
export function catalogDefs(rng: Rng, count: number): ProductDef[] {
  if (!Number.isInteger(count) || count < PRODUCTS.length) throw new Error(`products must be a whole number of at least ${PRODUCTS.length} (the fixed catalogue)`);
  if (count === PRODUCTS.length) return PRODUCTS;
  const bases = PRODUCTS.filter((p) => !p.status && !/\d{4}/.test(p.title)); // on sale today, and not a dated item
  const pairs = bases.length * COLLECTIONS.length;
  const order = rng.shuffle(Array.from({ length: pairs }, (_, k) => k));
  const handles = new Set(PRODUCTS.map((p) => slugify(p.title)));
  const defs = [...PRODUCTS];
  for (let k = 0; defs.length < count; k++) {
    const pair = order[k % pairs];
    const edition = EDITIONS[Math.floor(k / pairs)];
    if (edition === undefined) throw new Error(`at most ${pairs * EDITIONS.length + PRODUCTS.length} products`);
    const base = bases[pair % bases.length];
    const title = `${COLLECTIONS[Math.floor(pair / bases.length)]} ${base.title}${edition}`;
    if (handles.has(slugify(title))) continue;
    handles.add(slugify(title));
    defs.push(variation(rng, base, title));
  }
  return defs;
}

function variation(rng: Rng, base: ProductDef, title: string): ProductDef {
  const factor = rng.between(0.75, 1.4);
  const price = (cents: number) => Math.max(300, Math.round((cents * factor) / 100) * 100 - (cents >= 1000 && rng.chance(0.3) ? 10 : 0));
  const roll = rng.next();
  const status = roll < 0.047 ? 'ARCHIVED' : roll < 0.094 ? 'DRAFT' : undefined; // the fixed catalogue's mix
  const tags = (base.tags ?? '').split(', ').filter((t) => t && (t !== 'bestseller' || rng.chance(0.05)));
  if (rng.chance(0.08)) tags.push(rng.pick(['new', 'limited-edition', 'organic', 'gift-idea']));
  return {
    ...base,
    title,
    price: price(base.price),
    priceBy: base.priceBy && Object.fromEntries(Object.entries(base.priceBy).map(([value, cents]) => [value, price(cents)])),
    status,
    tags: [...new Set(tags)].join(', ') || undefined,
  };
}
