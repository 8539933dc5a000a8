import { definePlugin } from '../plugins/api.js';
import { catalogFr } from '../locales/fr/modules.js';
import { products } from '../resources/products/resource.js';
import { variants } from '../resources/variants/resource.js';
import { categories } from '../resources/categories/resource.js';
import { inventory } from '../resources/inventory/resource.js';
import { stockMovements } from '../resources/stock-movements/resource.js';
import { productImages } from '../resources/product-images/resource.js';
import { productFeatures } from '../resources/product-features/resource.js';

export const catalog = definePlugin({
  name: 'catalog',
  navigation: { name: 'Catalog', icon: 'Package' },
  resources: [products, variants, categories, inventory, stockMovements, productImages, productFeatures],
  locales: {
    en: {
      resources: { InventoryItem: { actions: { adjustStock: 'Adjust stock' } }, Product: { actions: { putOnSale: 'Put on sale', endSale: 'End sale', importCsv: 'Import CSV' }, properties: { thumbnail: 'Image' } },
        ProductImage: { properties: { file: 'Image' } }, Category: { properties: { path: 'Path' } } },
      actions: { importCsv: 'Import CSV' }, // the breadcrumb asks without the resource
      labels: { Product: 'Products', ProductVariant: 'Variants', Category: 'Categories', InventoryItem: 'Inventory', StockMovement: 'Stock movements', ProductImage: 'Product images', ProductFeature: 'Product features' },
    },
    fr: catalogFr,
  },
});
