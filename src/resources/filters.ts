// Filters on virtual properties, shared by the resources (see admin/counter-resource.ts).
import type { ResourceModule } from '../plugins/api.js';

type Build = NonNullable<ResourceModule['filters']>[string];

const contains = (value: string, insensitive: boolean) => ({ contains: value, ...(insensitive ? { mode: 'insensitive' } : {}) });

/** Every word must appear in one of the fields: "ada love" finds Ada Lovelace. */
export const wordsIn = (fields: string[], extra?: (word: string, insensitive: boolean) => Record<string, unknown>[]): Build => (value, { insensitive }) => ({
  AND: value
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 8)
    .map((word) => ({ OR: [...fields.map((f) => ({ [f]: contains(word, insensitive) })), ...(extra?.(word, insensitive) ?? [])] })),
});

/** A yes/no filter on whether a date column is set (archived, cancelled). */
export const isSet = (column: string): Build => (value) => ({ [column]: value === 'true' ? { not: null } : null });

export const yesNoFilter = { type: 'boolean' as const, isSortable: false, isVisible: { list: false, show: false, edit: false, filter: true } };
