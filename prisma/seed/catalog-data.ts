// The demo shop's catalogue: a small lifestyle store (apparel, home, accessories, stationery).

export interface CategoryDef {
  handle: string;
  name: string;
  parent?: string;
  description: string;
}

export interface ProductDef {
  title: string;
  category: string;
  vendor: string;
  type: string;
  price: number; // cents
  material: string;
  blurb: string;
  options?: [name: string, values: string[]][];
  priceBy?: Record<string, number>; // option value → unit price in cents
  status?: 'DRAFT' | 'ARCHIVED';
  tags?: string;
}

export const CATEGORIES: CategoryDef[] = [
  { handle: 'apparel', name: 'Apparel', description: 'Everyday clothing made to last.' },
  { handle: 't-shirts', name: 'T-shirts & Tops', parent: 'apparel', description: 'Organic cotton, linen and merino tops.' },
  { handle: 'knitwear', name: 'Knitwear', parent: 'apparel', description: 'Wool and cashmere knits for the colder months.' },
  { handle: 'home-living', name: 'Home & Living', description: 'Textiles, baskets and objects for the home.' },
  { handle: 'kitchen', name: 'Kitchen & Dining', parent: 'home-living', description: 'Stoneware, cookware and coffee gear.' },
  { handle: 'candles', name: 'Candles & Fragrance', parent: 'home-living', description: 'Hand-poured soy candles and diffusers.' },
  { handle: 'accessories', name: 'Accessories', description: 'Bags, leather goods and small essentials.' },
  { handle: 'stationery', name: 'Stationery', description: 'Notebooks, pens and paper goods.' },
];

export const VENDOR_ORIGIN: Record<string, string> = {
  'Nordic Thread': 'Portugal',
  'Maison Lune': 'France',
  'Atelier Brume': 'France',
  'Terre & Grès': 'France',
  'Kōbō Ceramics': 'Japan',
  'Oakwood & Co': 'Germany',
  'Hinterland Supply': 'Italy',
  'Papeterie Vidal': 'France',
};

export const CARE: Record<string, string> = {
  't-shirts': 'Machine wash at 30°C, dry flat',
  knitwear: 'Hand wash cold, dry flat',
  apparel: 'Wipe clean, do not machine wash',
  kitchen: 'Dishwasher safe unless stated otherwise',
  candles: 'Trim the wick to 5 mm before each use',
  'home-living': 'Spot clean with a damp cloth',
  accessories: 'Keep away from prolonged sunlight',
  stationery: 'Store in a dry place',
};

const SIZES = ['S', 'M', 'L', 'XL'];

export const PRODUCTS: ProductDef[] = [
  // T-shirts & tops
  { title: 'Organic Cotton Crew Tee', category: 't-shirts', vendor: 'Nordic Thread', type: 'T-shirt', price: 2900, material: '100% organic cotton, 180 g/m²', blurb: 'A clean-cut crew neck tee in soft, dense organic cotton that keeps its shape wash after wash.', options: [['Colour', ['White', 'Black', 'Sage']], ['Size', SIZES]], tags: 'organic, bestseller' },
  { title: 'Heavyweight Pocket Tee', category: 't-shirts', vendor: 'Nordic Thread', type: 'T-shirt', price: 3500, material: '100% cotton, 240 g/m²', blurb: 'A boxy, heavyweight tee with a chest pocket and a slightly dropped shoulder.', options: [['Colour', ['Ecru', 'Navy']], ['Size', SIZES]] },
  { title: 'Linen Camp Shirt', category: 't-shirts', vendor: 'Maison Lune', type: 'Shirt', price: 6900, material: '100% European flax linen', blurb: 'A relaxed short-sleeve shirt with a camp collar, cut from washed linen.', options: [['Size', SIZES]] },
  { title: 'Striped Breton Top', category: 't-shirts', vendor: 'Maison Lune', type: 'Top', price: 4900, material: '100% cotton jersey', blurb: 'The Breton classic: boat neck, three-quarter sleeves and navy stripes.', options: [['Size', ['XS', 'S', 'M', 'L']]], tags: 'bestseller' },
  { title: 'Merino Base Layer Tee', category: 't-shirts', vendor: 'Nordic Thread', type: 'T-shirt', price: 5900, material: '100% merino wool, 150 g/m²', blurb: 'A fine merino tee that regulates temperature on the trail and in town.', options: [['Size', SIZES]] },
  { title: "Kids' Rainbow Tee", category: 't-shirts', vendor: 'Nordic Thread', type: 'T-shirt', price: 1900, material: '100% organic cotton', blurb: 'A cheerful printed tee for small people, made from organic cotton.', options: [['Size', ['2Y', '4Y', '6Y', '8Y']]] },
  // Knitwear
  { title: 'Lambswool Crew Sweater', category: 'knitwear', vendor: 'Nordic Thread', type: 'Sweater', price: 8900, material: '100% lambswool', blurb: 'A warm, light crew neck knitted from soft lambswool.', options: [['Colour', ['Oatmeal', 'Forest']], ['Size', SIZES]], tags: 'bestseller' },
  { title: 'Chunky Fisherman Cardigan', category: 'knitwear', vendor: 'Atelier Brume', type: 'Cardigan', price: 12900, material: '70% wool, 30% alpaca', blurb: 'A generous cable-knit cardigan with horn buttons.', options: [['Size', ['S', 'M', 'L']]] },
  { title: 'Cashmere Beanie', category: 'knitwear', vendor: 'Atelier Brume', type: 'Hat', price: 5900, material: '100% cashmere', blurb: 'A rib-knit beanie in pure cashmere with a turn-up cuff.', options: [['Colour', ['Charcoal', 'Camel', 'Rust']]], tags: 'gift-idea' },
  { title: 'Merino Rib Scarf', category: 'knitwear', vendor: 'Atelier Brume', type: 'Scarf', price: 4500, material: '100% extra-fine merino', blurb: 'A long ribbed scarf that is soft enough to wear against the skin.', options: [['Colour', ['Navy', 'Mustard']]], tags: 'gift-idea' },
  { title: 'Alpaca Blend Socks', category: 'knitwear', vendor: 'Atelier Brume', type: 'Socks', price: 1800, material: '50% alpaca, 40% wool, 10% nylon', blurb: 'Cosy socks that stay warm even when damp.', options: [['Size', ['36-39', '40-43', '44-46']]] },
  // Apparel (top level)
  { title: 'Waxed Cotton Field Jacket', category: 'apparel', vendor: 'Hinterland Supply', type: 'Jacket', price: 18900, material: 'Waxed cotton, corduroy collar', blurb: 'A weatherproof jacket with four bellow pockets and a corduroy collar.', options: [['Size', SIZES]] },
  { title: 'Summer Straw Hat', category: 'apparel', vendor: 'Maison Lune', type: 'Hat', price: 3900, material: 'Natural raffia', blurb: 'A wide-brimmed hat woven from raffia.', status: 'ARCHIVED', tags: 'summer' },
  // Kitchen & dining
  { title: 'Stoneware Coffee Mug', category: 'kitchen', vendor: 'Terre & Grès', type: 'Mug', price: 1800, material: 'Glazed stoneware, 300 ml', blurb: 'A hand-glazed mug with a comfortable handle; every one is slightly different.', options: [['Colour', ['Speckled White', 'Charcoal', 'Moss']]], tags: 'bestseller, gift-idea' },
  { title: 'Hand-thrown Serving Bowl', category: 'kitchen', vendor: 'Kōbō Ceramics', type: 'Bowl', price: 4200, material: 'Stoneware, Ø 24 cm', blurb: 'A wide serving bowl thrown on the wheel and finished in an ash glaze.' },
  { title: 'Linen Tea Towel Set', category: 'kitchen', vendor: 'Maison Lune', type: 'Tea towel', price: 2400, material: '100% linen, set of 2', blurb: 'Two absorbent, quick-drying tea towels in washed linen.' },
  { title: 'Olive Wood Cutting Board', category: 'kitchen', vendor: 'Hinterland Supply', type: 'Cutting board', price: 3900, material: 'Solid olive wood', blurb: 'A cutting board carved from a single piece of olive wood.', options: [['Size', ['Small', 'Large']]], priceBy: { Small: 3900, Large: 5900 } },
  { title: 'Enamel Coffee Pot', category: 'kitchen', vendor: 'Oakwood & Co', type: 'Coffee pot', price: 4900, material: 'Enamelled steel, 1.2 l', blurb: 'A camp-style enamel pot that works on gas, electric and induction.' },
  { title: 'Cast Iron Skillet 26 cm', category: 'kitchen', vendor: 'Oakwood & Co', type: 'Cookware', price: 5400, material: 'Pre-seasoned cast iron', blurb: 'A pre-seasoned skillet that will outlive its owner.' },
  { title: 'Glass Pour-Over Coffee Maker', category: 'kitchen', vendor: 'Oakwood & Co', type: 'Coffee maker', price: 3600, material: 'Borosilicate glass, 600 ml', blurb: 'A one-piece pour-over brewer with a wooden collar.' },
  { title: 'Ceramic Pour-Over Dripper', category: 'kitchen', vendor: 'Kōbō Ceramics', type: 'Coffee maker', price: 2800, material: 'Porcelain', blurb: 'A ribbed porcelain dripper for a clean, bright cup.' },
  { title: 'Copper Measuring Spoons', category: 'kitchen', vendor: 'Oakwood & Co', type: 'Utensil', price: 2200, material: 'Copper-plated stainless steel, set of 4', blurb: 'Four nested measuring spoons that look good on a hook.' },
  { title: 'Stoneware Dinner Plate', category: 'kitchen', vendor: 'Terre & Grès', type: 'Plate', price: 2200, material: 'Stoneware, Ø 27 cm', blurb: 'A sturdy everyday plate with a raw clay rim.', options: [['Colour', ['Speckled White', 'Charcoal']]] },
  { title: "Carbon Steel Chef's Knife", category: 'kitchen', vendor: 'Kōbō Ceramics', type: 'Knife', price: 8900, material: 'Carbon steel blade, walnut handle', blurb: 'A 21 cm gyuto forged in Seki that takes a razor edge.' },
  { title: 'Beeswax Food Wraps (Set of 3)', category: 'kitchen', vendor: 'Maison Lune', type: 'Food storage', price: 1600, material: 'Organic cotton, beeswax, jojoba oil', blurb: 'Reusable wraps that replace cling film.', tags: 'zero-waste' },
  { title: 'Linen Apron', category: 'kitchen', vendor: 'Maison Lune', type: 'Apron', price: 3400, material: '100% linen', blurb: 'A cross-back apron with a deep front pocket.', status: 'DRAFT', tags: 'coming-soon' },
  // Candles & fragrance
  { title: 'Soy Candle — Fig & Cedar', category: 'candles', vendor: 'Atelier Brume', type: 'Candle', price: 2400, material: 'Soy wax, cotton wick', blurb: 'Green fig leaves over a warm cedarwood base.', options: [['Size', ['180 g', '320 g']]], priceBy: { '180 g': 2400, '320 g': 3800 }, tags: 'bestseller' },
  { title: 'Soy Candle — Sea Salt & Sage', category: 'candles', vendor: 'Atelier Brume', type: 'Candle', price: 2400, material: 'Soy wax, cotton wick', blurb: 'A fresh, mineral scent of the Atlantic coast.', options: [['Size', ['180 g', '320 g']]], priceBy: { '180 g': 2400, '320 g': 3800 } },
  { title: 'Soy Candle — Amber & Tonka', category: 'candles', vendor: 'Atelier Brume', type: 'Candle', price: 2400, material: 'Soy wax, cotton wick', blurb: 'A deep, resinous amber softened by tonka bean.', options: [['Size', ['180 g', '320 g']]], priceBy: { '180 g': 2400, '320 g': 3800 } },
  { title: 'Reed Diffuser — Orange Blossom', category: 'candles', vendor: 'Atelier Brume', type: 'Diffuser', price: 3200, material: 'Glass bottle, rattan reeds, 200 ml', blurb: 'A bright neroli diffuser that lasts about three months.' },
  { title: 'Hinoki Incense Sticks', category: 'candles', vendor: 'Kōbō Ceramics', type: 'Incense', price: 1200, material: 'Hinoki wood, box of 40', blurb: 'Low-smoke incense with the clean scent of Japanese cypress.' },
  { title: 'Matches in Glass Jar', category: 'candles', vendor: 'Atelier Brume', type: 'Matches', price: 900, material: 'Glass jar, 120 long matches', blurb: 'Long safety matches in an apothecary jar with a striking strip.' },
  { title: 'Citronella Garden Candle', category: 'candles', vendor: 'Atelier Brume', type: 'Candle', price: 1900, material: 'Soy wax in terracotta', blurb: 'An outdoor candle poured into a terracotta pot.', status: 'ARCHIVED', tags: 'summer' },
  { title: 'Advent Candle', category: 'candles', vendor: 'Atelier Brume', type: 'Candle', price: 2900, material: 'Beeswax', blurb: 'A numbered candle to count down the days to Christmas.', status: 'DRAFT', tags: 'seasonal' },
  // Home & living
  { title: 'Wool Blend Throw Blanket', category: 'home-living', vendor: 'Nordic Thread', type: 'Throw', price: 8900, material: '80% wool, 20% cotton, 130 × 180 cm', blurb: 'A herringbone throw woven in Portugal, finished with a short fringe.', options: [['Colour', ['Grey', 'Ochre', 'Blue']]] },
  { title: 'Linen Cushion Cover 50 × 50', category: 'home-living', vendor: 'Maison Lune', type: 'Cushion', price: 2900, material: '100% washed linen', blurb: 'A cushion cover with a hidden zip; insert sold separately.', options: [['Colour', ['Natural', 'Clay', 'Olive', 'Charcoal']]] },
  { title: 'Rattan Storage Basket', category: 'home-living', vendor: 'Hinterland Supply', type: 'Basket', price: 3400, material: 'Hand-woven rattan', blurb: 'A lidded basket for throws, toys or laundry.', options: [['Size', ['Medium', 'Large']]], priceBy: { Medium: 3400, Large: 4900 } },
  { title: 'Ceramic Bud Vase', category: 'home-living', vendor: 'Terre & Grès', type: 'Vase', price: 1900, material: 'Stoneware, 12 cm', blurb: 'A small vase for a single stem.', tags: 'gift-idea' },
  { title: 'Oak Wall Clock', category: 'home-living', vendor: 'Oakwood & Co', type: 'Clock', price: 6400, material: 'Solid oak, silent movement', blurb: 'A minimal wall clock with a silent sweep movement.' },
  { title: 'Jute Doormat', category: 'home-living', vendor: 'Hinterland Supply', type: 'Doormat', price: 2900, material: 'Natural jute, 45 × 75 cm', blurb: 'A hard-wearing doormat with a non-slip back.' },
  { title: 'Terracotta Planter', category: 'home-living', vendor: 'Terre & Grès', type: 'Planter', price: 2400, material: 'Unglazed terracotta with saucer', blurb: 'A classic planter with a drainage hole and saucer.', options: [['Size', ['Small', 'Medium', 'Large']]], priceBy: { Small: 1600, Medium: 2400, Large: 3900 } },
  { title: 'Hammam Bath Towel', category: 'home-living', vendor: 'Maison Lune', type: 'Towel', price: 3200, material: '100% cotton, 100 × 180 cm', blurb: 'A light, fast-drying towel that doubles as a beach blanket.' },
  // Accessories
  { title: 'Leather Card Holder', category: 'accessories', vendor: 'Hinterland Supply', type: 'Wallet', price: 3900, material: 'Vegetable-tanned leather', blurb: 'A slim card holder with four slots and a central pocket.', options: [['Colour', ['Tan', 'Black']]], tags: 'gift-idea, bestseller' },
  { title: 'Canvas Tote Bag', category: 'accessories', vendor: 'Nordic Thread', type: 'Bag', price: 2500, material: '16 oz organic cotton canvas', blurb: 'A roomy tote with an inner pocket and long handles.', tags: 'organic' },
  { title: 'Waxed Canvas Backpack', category: 'accessories', vendor: 'Hinterland Supply', type: 'Bag', price: 11900, material: 'Waxed canvas, leather trims', blurb: 'A 20-litre backpack with a padded laptop sleeve.' },
  { title: 'Recycled Wool Gloves', category: 'accessories', vendor: 'Atelier Brume', type: 'Gloves', price: 3400, material: '90% recycled wool', blurb: 'Touchscreen-friendly gloves knitted from recycled wool.', options: [['Size', ['S', 'M', 'L']]] },
  { title: 'Riviera Polarised Sunglasses', category: 'accessories', vendor: 'Maison Lune', type: 'Sunglasses', price: 7900, material: 'Acetate frame, polarised lenses', blurb: 'Round acetate frames with category 3 polarised lenses.' },
  { title: 'Leather Belt', category: 'accessories', vendor: 'Hinterland Supply', type: 'Belt', price: 5400, material: 'Full-grain leather, brass buckle', blurb: 'A 3.5 cm belt that will age beautifully.', options: [['Size', ['85 cm', '90 cm', '95 cm', '100 cm']]] },
  { title: 'Silk Scrunchie', category: 'accessories', vendor: 'Maison Lune', type: 'Hair accessory', price: 1500, material: '100% mulberry silk', blurb: 'A gentle scrunchie that does not crease hair.' },
  { title: 'Enamel Pin Set', category: 'accessories', vendor: 'Papeterie Vidal', type: 'Pin', price: 1200, material: 'Hard enamel, set of 3', blurb: 'Three tiny pins for jackets and bags.' },
  { title: 'Insulated Water Bottle 750 ml', category: 'accessories', vendor: 'Oakwood & Co', type: 'Bottle', price: 2900, material: 'Double-walled stainless steel', blurb: 'Keeps drinks cold for 24 hours or hot for 12.', options: [['Colour', ['Sand', 'Forest', 'Black']]] },
  { title: 'Compact Travel Umbrella', category: 'accessories', vendor: 'Oakwood & Co', type: 'Umbrella', price: 3400, material: 'Fibreglass ribs, recycled polyester', blurb: 'A wind-resistant umbrella that fits in a coat pocket.' },
  // Stationery
  { title: 'A5 Dot Grid Notebook', category: 'stationery', vendor: 'Papeterie Vidal', type: 'Notebook', price: 1600, material: '160 pages of 100 g/m² paper', blurb: 'A lay-flat notebook with numbered pages and an index.', options: [['Colour', ['Ink Blue', 'Terracotta', 'Sage']]], tags: 'bestseller' },
  { title: 'Linen Hardcover Journal', category: 'stationery', vendor: 'Papeterie Vidal', type: 'Notebook', price: 2600, material: 'Linen cover, 240 pages', blurb: 'A clothbound journal with a ribbon marker.' },
  { title: 'Brass Ballpoint Pen', category: 'stationery', vendor: 'Oakwood & Co', type: 'Pen', price: 4200, material: 'Solid brass', blurb: 'A weighty pen that develops a patina with use.', tags: 'gift-idea' },
  { title: 'Fountain Pen Ink — Midnight Blue', category: 'stationery', vendor: 'Papeterie Vidal', type: 'Ink', price: 1400, material: '50 ml glass bottle', blurb: 'A well-behaved, water-resistant blue-black ink.' },
  { title: 'Weekly Desk Planner', category: 'stationery', vendor: 'Papeterie Vidal', type: 'Planner', price: 1900, material: 'Undated, 54 weeks', blurb: 'A tear-off desk pad for planning the week at a glance.' },
  { title: 'Recycled Envelopes (Pack of 20)', category: 'stationery', vendor: 'Papeterie Vidal', type: 'Envelope', price: 800, material: '100% recycled paper, C6', blurb: 'Kraft envelopes for letters and cards.', tags: 'zero-waste' },
  { title: 'Letterpress Greeting Card', category: 'stationery', vendor: 'Papeterie Vidal', type: 'Card', price: 450, material: 'Cotton paper, with envelope', blurb: 'A blank card printed on a 1960s Heidelberg press.', options: [['Design', ['Botanical', 'Waves', 'Stars']]] },
  { title: 'Washi Tape Set', category: 'stationery', vendor: 'Kōbō Ceramics', type: 'Tape', price: 1100, material: 'Japanese rice paper, 5 rolls', blurb: 'Five rolls of translucent tape in muted colours.' },
  { title: 'Wooden Desk Organiser', category: 'stationery', vendor: 'Oakwood & Co', type: 'Organiser', price: 4900, material: 'Solid beech', blurb: 'A desk tidy with slots for pens, cards and a phone.' },
  { title: 'Watercolour Set, 24 Pans', category: 'stationery', vendor: 'Papeterie Vidal', type: 'Paint', price: 3900, material: 'Artist-grade pigments, tin box', blurb: 'A travel set of 24 half pans with a water brush.' },
  { title: '2025 Wall Calendar', category: 'stationery', vendor: 'Papeterie Vidal', type: 'Calendar', price: 2200, material: 'Risograph print, A3', blurb: 'Twelve risograph prints by twelve illustrators.', status: 'ARCHIVED' },
  { title: 'Fountain Pen Starter Kit', category: 'stationery', vendor: 'Papeterie Vidal', type: 'Pen', price: 3500, material: 'Steel nib, 6 cartridges', blurb: 'Everything needed to start writing with a fountain pen.', status: 'DRAFT' },
];
