import { definePlugin } from '../plugins/api.js';
import { customersFr } from '../locales/fr/modules.js';
import { customers } from '../resources/customers/resource.js';
import { addresses } from '../resources/addresses/resource.js';

export const customersModule = definePlugin({
  name: 'customers',
  navigation: { name: 'Customers', icon: 'Users' },
  resources: [customers, addresses],
  locales: {
    en: {
      labels: { Customer: 'Customers', Address: 'Addresses' },
      resources: { Customer: { properties: { fullName: 'Name', ordersCount: 'Orders', totalSpentCents: 'Total spent', averageOrderCents: 'Average order', firstOrderAt: 'First order', lastOrderAt: 'Last order' } }, Address: { properties: { label: 'Address' } } },
    },
    fr: customersFr,
  },
});
