// Screen settings: what an owner may change on a resource's screens, checked against what the code
// declares for that resource. A setting only overrides the code's defaults, and never grants more:
// an action's roles may only narrow the declared ones, the edit form only show, hide and reorder the
// fields the code puts on it. A refusal names the bad item; nothing is stored then.
import { z } from 'zod';
import type { StaffRole } from '@prisma/client';
import { InvalidInput } from '../errors.js';

export type Role = StaffRole;
export const SCREEN_ROLES: readonly Role[] = ['OWNER', 'MANAGER', 'SUPPORT', 'WAREHOUSE'];
export const SCREEN_CONTEXTS = ['list', 'show', 'edit', 'filter'] as const;
export type ScreenContext = (typeof SCREEN_CONTEXTS)[number];
export const MAX_PER_PAGE = 500;

/** One field AdminJS knows for the resource, and where a setting may put it. */
export interface ScreenField {
  name: string;
  label: string;
  /** A database column (sortable when `sortable`), as opposed to a virtual or computed value. */
  sortable: boolean;
  /** The code's edit form has it: only those may be on the edit form. */
  editable: boolean;
  /** A column or a declared filter: only those may be filters. */
  filterable: boolean;
}

/** What the code declares for one resource: the baseline a setting overrides. */
export interface ScreenCatalog {
  resourceId: string;
  fields: ScreenField[];
  /** Screens the code draws itself (e.g. the order page): their fields are not chosen here. Context → component. */
  fixed?: Partial<Record<ScreenContext, string>>;
  /** Every declared action with the roles the code allows. */
  actions: Record<string, readonly Role[]>;
  defaults: {
    list: string[];
    show: string[];
    edit: string[];
    filter: string[];
    sort: { sortBy: string; direction: 'asc' | 'desc' } | null;
    perPage: number;
    navigation: string | null;
  };
}

const fieldList = z.array(z.string()).min(1, 'choose at least one field (or leave it at the default)').max(100);
const shape = z.strictObject({
  list: fieldList.optional(),
  show: fieldList.optional(),
  edit: fieldList.optional(),
  filter: fieldList.optional(),
  labels: z.record(z.string(), z.string().trim().max(60, 'a label is at most 60 characters')).optional(),
  sort: z.strictObject({ sortBy: z.string(), direction: z.enum(['asc', 'desc']) }).optional(),
  perPage: z.number().int('rows per page is a whole number').min(1, 'rows per page is at least 1').max(MAX_PER_PAGE, `rows per page is at most ${MAX_PER_PAGE}`).optional(),
  navigation: z.string().trim().min(1, 'a navigation group needs a name').max(40, 'a navigation group name is at most 40 characters').optional(),
  actions: z.record(z.string(), z.strictObject({ enabled: z.boolean().optional(), roles: z.array(z.string()).optional() })).optional(),
});

export type ScreenSettings = z.infer<typeof shape>;

export class ScreenSettingRefused extends InvalidInput {}

const CONTEXT_NAMES: Record<ScreenContext, string> = { list: 'list columns', show: 'record page', edit: 'edit form', filter: 'filters' };

/** Checks a settings object against the resource; answers the normalised settings (defaults dropped) or refuses. */
export function validateScreenSettings(catalog: ScreenCatalog, input: unknown): ScreenSettings {
  const refuse = (message: string): never => {
    throw new ScreenSettingRefused(`${catalog.resourceId}: ${message}`);
  };
  const parsed = shape.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.join('.');
    if (issue.code === 'unrecognized_keys') refuse(`unknown setting ${issue.keys.map((k) => `"${k}"`).join(', ')}${where ? ` in ${where}` : ''}`);
    refuse(`${where || 'settings'}: ${issue.message}`);
  }
  const settings = parsed.data!;
  const fields = new Map(catalog.fields.map((f) => [f.name, f]));
  const out: ScreenSettings = {};

  for (const context of SCREEN_CONTEXTS) {
    const names = settings[context];
    if (!names) continue;
    const fixed = catalog.fixed?.[context];
    if (fixed && !sameList(names, catalog.defaults[context])) refuse(`the ${CONTEXT_NAMES[context]} is a screen of its own (${fixed}): its fields cannot be chosen here`);
    const seen = new Set<string>();
    for (const name of names) {
      const field = fields.get(name);
      if (!field) refuse(`unknown field "${name}" in the ${CONTEXT_NAMES[context]}`);
      if (seen.has(name)) refuse(`field "${name}" appears twice in the ${CONTEXT_NAMES[context]}`);
      seen.add(name);
      if (context === 'edit' && !field!.editable) refuse(`field "${name}" cannot be on the edit form (the code does not let it be edited there)`);
      if (context === 'filter' && !field!.filterable) refuse(`field "${name}" cannot be a filter (it is not a column)`);
    }
    if (!sameList(names, catalog.defaults[context])) out[context] = names;
  }

  if (settings.labels) {
    const labels: Record<string, string> = {};
    for (const [name, label] of Object.entries(settings.labels)) {
      if (!fields.has(name)) refuse(`unknown field "${name}" in the labels`);
      if (label && label !== fields.get(name)!.label) labels[name] = label;
    }
    if (Object.keys(labels).length) out.labels = labels;
  }

  if (settings.sort) {
    const field = fields.get(settings.sort.sortBy);
    if (!field) refuse(`unknown field "${settings.sort.sortBy}" as the default sort`);
    if (!field!.sortable) refuse(`the list cannot be sorted by "${settings.sort.sortBy}" (not a sortable column)`);
    const d = catalog.defaults.sort;
    if (!d || d.sortBy !== settings.sort.sortBy || d.direction !== settings.sort.direction) out.sort = settings.sort;
  }

  if (settings.perPage !== undefined && settings.perPage !== catalog.defaults.perPage) out.perPage = settings.perPage;
  if (settings.navigation !== undefined && settings.navigation !== catalog.defaults.navigation) out.navigation = settings.navigation;

  if (settings.actions) {
    const actions: NonNullable<ScreenSettings['actions']> = {};
    for (const [name, setting] of Object.entries(settings.actions)) {
      const declared = catalog.actions[name];
      if (!declared) refuse(`unknown action "${name}"`);
      const roles = setting.roles ?? [...declared];
      for (const role of roles) {
        if (!SCREEN_ROLES.includes(role as Role)) refuse(`unknown role "${role}" for action "${name}"`);
        if (!declared!.includes(role as Role)) refuse(`action "${name}" cannot be given to ${role}: the code allows it only for ${declared!.join(', ') || 'nobody'} (a screen setting may narrow roles, never widen them)`);
      }
      const enabled = setting.enabled !== false;
      const unique = SCREEN_ROLES.filter((r) => roles.includes(r));
      if (!enabled) actions[name] = { enabled: false };
      else if (unique.length !== declared!.length) actions[name] = { roles: unique };
    }
    if (Object.keys(actions).length) out.actions = actions;
  }
  return out;
}

/** The roles that may run each action once the setting applies (declared ∩ setting). */
export function effectiveRoles(declared: Record<string, readonly Role[]>, settings: ScreenSettings): Record<string, readonly Role[]> {
  const roles: Record<string, readonly Role[]> = { ...declared };
  for (const [name, setting] of Object.entries(settings.actions ?? {})) {
    if (!declared[name]) continue;
    roles[name] = setting.enabled === false ? [] : declared[name].filter((r) => (setting.roles ?? declared[name]).includes(r));
  }
  return roles;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** One line per setting that differs between two versions, for the history. */
export function describeChange(before: ScreenSettings | null, after: ScreenSettings | null): string[] {
  const b = before ?? {};
  const a = after ?? {};
  const lines: string[] = [];
  const show = (value: unknown) => (value === undefined ? 'default' : Array.isArray(value) ? value.join(', ') : typeof value === 'object' ? JSON.stringify(value) : String(value));
  for (const key of ['list', 'show', 'edit', 'filter', 'sort', 'perPage', 'navigation'] as const) {
    if (JSON.stringify(b[key]) !== JSON.stringify(a[key])) lines.push(`${key === 'perPage' ? 'rows per page' : key in CONTEXT_NAMES ? CONTEXT_NAMES[key as ScreenContext] : key}: ${show(b[key] && key === 'sort' ? `${b.sort!.sortBy} ${b.sort!.direction}` : b[key])} → ${show(a[key] && key === 'sort' ? `${a.sort!.sortBy} ${a.sort!.direction}` : a[key])}`);
  }
  for (const name of new Set([...Object.keys(b.labels ?? {}), ...Object.keys(a.labels ?? {})])) {
    if (b.labels?.[name] !== a.labels?.[name]) lines.push(`label of ${name}: ${b.labels?.[name] ?? 'default'} → ${a.labels?.[name] ?? 'default'}`);
  }
  const actionText = (s?: { enabled?: boolean; roles?: string[] }) => (!s ? 'default' : s.enabled === false ? 'disabled' : (s.roles ?? []).join(', ') || 'nobody');
  for (const name of new Set([...Object.keys(b.actions ?? {}), ...Object.keys(a.actions ?? {})])) {
    if (JSON.stringify(b.actions?.[name]) !== JSON.stringify(a.actions?.[name])) lines.push(`action ${name}: ${actionText(b.actions?.[name])} → ${actionText(a.actions?.[name])}`);
  }
  return lines;
}
