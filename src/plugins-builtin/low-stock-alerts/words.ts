// The plugin's words, in English and French, handed to AdminJS as its `locales` (the widget reads them
// with useWords('LowStockWidget'), the home the widget's title under `widgets.low-stock`) and read on
// the server with wordsIn (the digest in the shop's language, the CSV's headers in the staff member's).
const en = {
  widgets: { 'low-stock': { title: 'Low stock to reorder' } },
  LowStockWidget: {
    none: 'Every item is above its low-stock threshold.',
    item: 'Item', available: 'Available', threshold: 'Threshold', reorder: 'Reorder',
    someOf: '{{shown}} of {{total}} low items', one: '1 low item', many: '{{total}} low items',
    download: 'Download the reorder list (CSV)',
  },
  LowStockDigest: {
    subjectOne: 'Low stock: 1 item to reorder',
    subject: 'Low stock: {{count}} items to reorder',
    introOne: '1 item is at or below the low-stock threshold.',
    intro: '{{count}} items are at or below the low-stock threshold.',
    line: '{{item}}: {{available}} available, threshold {{threshold}}, reorder {{suggested}}',
    link: 'Reorder list: {{url}}',
  },
  LowStockCsv: { sku: 'SKU', item: 'Item', available: 'Available', threshold: 'Threshold', suggested: 'Suggested quantity' },
};

const fr: typeof en = {
  widgets: { 'low-stock': { title: 'Stock bas à réapprovisionner' } },
  LowStockWidget: {
    none: 'Tous les articles sont au-dessus de leur seuil de stock bas.',
    item: 'Article', available: 'Disponible', threshold: 'Seuil', reorder: 'À commander',
    someOf: '{{shown}} articles en stock bas sur {{total}}', one: '1 article en stock bas', many: '{{total}} articles en stock bas',
    download: 'Télécharger la liste de réapprovisionnement (CSV)',
  },
  LowStockDigest: {
    subjectOne: 'Stock bas : 1 article à réapprovisionner',
    subject: 'Stock bas : {{count}} articles à réapprovisionner',
    introOne: '1 article est au niveau de son seuil de stock bas ou en dessous.',
    intro: '{{count}} articles sont au niveau de leur seuil de stock bas ou en dessous.',
    line: '{{item}} : {{available}} disponible(s), seuil {{threshold}}, à commander {{suggested}}',
    link: 'Liste de réapprovisionnement : {{url}}',
  },
  LowStockCsv: { sku: 'Référence', item: 'Article', available: 'Disponible', threshold: 'Seuil', suggested: 'Quantité suggérée' },
};

/** As AdminJS wants them: everything under `components`, where translateComponent (useWords) looks. */
export const lowStockLocales = { en: { components: en }, fr: { components: fr } };
