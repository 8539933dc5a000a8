// The shape of `record.details` the product page action sends (services/catalog/product-details.ts), for the components.

export interface StockJSON {
  inventoryItemId: number;
  /** null for the product's own stock row (a product sold without variants). */
  variantId: number | null;
  label: string;
  sku: string | null;
  onHand: number;
  committed: number;
  available: number;
  lowStockThreshold: number;
  allowBackorder: boolean;
  low: boolean;
}

export interface ProductDetailsJSON {
  categoryPath: string | null;
  images: Array<{ id: number; url: string; src: string; alt: string | null; position: number }>;
  features: Array<{ id: number; name: string; value: string; position: number }>;
  variants: Array<{
    id: number; title: string; options: string[]; sku: string | null; barcode: string | null;
    priceCents: number; compareAtPriceCents: number | null; position: number; stock: StockJSON | null;
  }>;
  stock: StockJSON[];
  movements: Array<{
    id: number; at: string; reason: string; onHandDelta: number; committedDelta: number; item: string;
    order: { id: number; name: string } | null; note: string | null; by: string | null;
  }>;
  movementCount: number;
}
