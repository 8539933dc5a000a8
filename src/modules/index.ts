// Counter's own areas, registered through the same plugin API a team's plugin uses.
import type { CounterPlugin } from '../plugins/api.js';
import { catalog } from './catalog.js';
import { ordersModule } from './orders.js';
import { customersModule } from './customers.js';
import { marketing } from './marketing.js';
import { settings } from './settings.js';

export const builtInModules: CounterPlugin[] = [ordersModule, catalog, customersModule, marketing, settings];
