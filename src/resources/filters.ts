// Filters on virtual properties (see admin/counter-resource.ts). The clauses themselves are the
// services' (services/export/filters.ts), so a list and its CSV export select the same rows.
export { atLeast, hasAny, isSet, wordsIn } from '../services/export/filters.js';

export const yesNoFilter = { type: 'boolean' as const, isSortable: false, isVisible: { list: false, show: false, edit: false, filter: true } };

export const numberFilter = { type: 'number' as const, isSortable: false, isVisible: { list: false, show: false, edit: false, filter: true } };
