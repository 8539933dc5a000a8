import { definePlugin } from '../plugins/api.js';
import { marketingFr } from '../locales/fr/modules.js';
import { discountCodes } from '../resources/discount-codes/resource.js';
import { abandonedCheckouts } from '../resources/abandoned-checkouts/resource.js';
import { abandonedCheckoutLines } from '../resources/line-items/resource.js';

export const marketing = definePlugin({
  name: 'marketing',
  navigation: { name: 'Marketing', icon: 'Tag' },
  resources: [discountCodes, abandonedCheckouts, abandonedCheckoutLines],
  locales: {
    en: {
      resources: { AbandonedCheckout: { actions: { sendRecovery: 'Send recovery email', sendRecoveryToSelected: 'Send recovery emails' } } },
      labels: { DiscountCode: 'Discount codes', AbandonedCheckout: 'Abandoned checkouts', AbandonedCheckoutLine: 'Abandoned checkout lines' },
    },
    fr: marketingFr,
  },
});
