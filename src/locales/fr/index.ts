// The French AdminJS locale: AdminJS's own words, every column of every model (from the tables in
// fields.ts and enums.ts, as admin/locale.ts derives the English ones), yes/no, and Counter's screens.
// Each module adds its resource and action names (src/locales/fr/modules.ts).
import type { DMMF } from '@prisma/client/runtime/library';
import { adminjsFr } from './adminjs.js';
import { fieldsFr } from './fields.js';
import { enumsFr } from './enums.js';
import { screensFr } from './screens.js';

const humanize = (value: string) => value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ');
// Property descriptions (tooltips), looked up by their English text.
const descriptionsFr: Record<string, string> = {
  'Order number, email or customer name': 'Numéro de commande, e-mail ou nom du client',
  'A stock item has no more available than its low-stock threshold': "Un article de stock n'a pas plus de disponible que son seuil de stock bas",
  'A stock item has nothing available': "Un article de stock n'a plus rien de disponible",
  'On hand minus committed to open orders': 'En stock moins le réservé pour les commandes en cours',
  'Available at or below the low-stock threshold': 'Disponible au niveau du seuil de stock bas ou en dessous',
  'Customers with two orders or more': 'Clients ayant passé au moins deux commandes',
  'Loyal customers: at least this many orders (not cancelled)': 'Clients fidèles : au moins ce nombre de commandes (non annulées)',
  'Only when changing your own password': 'Seulement pour changer votre propre mot de passe',
};
const YES_NO = { true: 'Oui', false: 'Non' };

/** Property names the English locale labels per resource, and the models: French for each. */
export function frenchLocale(dmmf: DMMF.Document, englishResources: Record<string, { properties?: Record<string, string> }>) {
  const resources: Record<string, { properties: Record<string, string>; labels: Record<string, Record<string, string>> }> = {};
  const resource = (id: string) => (resources[id] ??= { properties: {}, labels: {} });
  for (const [id, en] of Object.entries(englishResources)) {
    for (const path of Object.keys(en.properties ?? {})) if (fieldsFr[path]) resource(id).properties[path] = fieldsFr[path];
  }
  for (const model of dmmf.datamodel.models) {
    const r = resource(model.name);
    for (const field of model.fields) {
      if (fieldsFr[field.name]) r.properties[field.name] = fieldsFr[field.name];
      if (field.type === 'Boolean') r.labels[field.name] = YES_NO;
      const values = field.kind === 'enum' ? enumsFr[field.type] : undefined;
      // AdminJS looks an option up by its value in forms and filters, by its English label in lists and pages.
      if (values) r.labels[field.name] = Object.fromEntries(Object.entries(values).flatMap(([value, fr]) => [[value, fr], [humanize(value), fr]]));
    }
  }
  // Yes/no filters on virtual properties (resources/filters.ts yesNoFilter)
  for (const id of Object.keys(resources)) for (const path of ['archived', 'cancelled', 'lowStock', 'outOfStock', 'returning']) resources[id].labels[path] ??= YES_NO;
  return {
    ...adminjsFr,
    properties: { ...fieldsFr, ...adminjsFr.properties }, // AdminJS's own 'from'/'to' (date filters) before the columns named so
    resources,
    messages: { ...adminjsFr.messages, ...descriptionsFr },
    actions: { ...adminjsFr.actions, exportCsv: 'Exporter en CSV', exportSelected: 'Exporter en CSV' },
    components: { ...adminjsFr.components, ...screensFr, enums: enumsFr },
  };
}
