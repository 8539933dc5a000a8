// Counter's server-side words in English (notices, emails): the reference every other language
// follows key for key (src/locales/fr/counter.ts). Read with t() from shared/i18n.ts.
export const counterEn = {
  notices: {
    bulk: {
      done: '{{count}} {{verb}}',
      skipped: '{{head}}; {{count}} skipped: {{list}}{{more}}',
      more: ', and {{count}} more',
      verbs: {} as Record<string, string>,
      reasons: {} as Record<string, string>,
    },
    refunded: 'Refunded {{amount}}.',
    refundedRestockedOne: 'Refunded {{amount}}; 1 unit back in stock.',
    refundedRestocked: 'Refunded {{amount}}; {{units}} units back in stock.',
    cancelled: '{{name}} cancelled.',
    cancelledRefunded: '{{name}} cancelled; {{amount}} refunded.',
    cancelledVoided: '{{name}} cancelled; authorization voided.',
  },
  mail: {
    shipped: {
      subject: 'Your order {{name}} has shipped',
      title: 'Order {{name}} has shipped',
      body: 'Good news: your order is on its way.',
      tracking: 'Tracking number: {{number}}',
      trackingCarrier: 'Tracking number ({{carrier}}): {{number}}',
      onItsWay: 'Your parcel is on its way.',
    },
    refund: { subject: 'Refund for order {{name}}', title: 'Refund for order {{name}}', body: 'We have refunded {{amount}} to your original payment method.' },
    cancelled: {
      subject: 'Order {{name}} has been cancelled',
      title: 'Order {{name}} has been cancelled',
      body: 'Your order has been cancelled.',
      refunded: 'We have refunded {{amount}}.',
      notCharged: 'You have not been charged.',
    },
    invoice: { subject: 'Invoice {{name}}: {{amount}} due', title: 'Invoice {{name}}', body: 'Here is your order. Amount due: {{amount}}.' },
    recovery: { subject: 'You left something in your cart', title: 'Your cart is waiting', body: 'Your cart ({{amount}}) is still here whenever you are ready.' },
  },
};
