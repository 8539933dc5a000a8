// The editor's working copy of a screen setting: built from what the server sends (the code's defaults
// and the stored override), turned back into the settings object the server validates.
export const CONTEXTS = [
  ['list', 'List columns'],
  ['show', 'Record page'],
  ['edit', 'Edit form'],
  ['filter', 'Filters'],
] as const;
export type Context = (typeof CONTEXTS)[number][0];
export const ROLES = ['OWNER', 'MANAGER', 'SUPPORT', 'WAREHOUSE'];
export const TABS = [...CONTEXTS, ['labels', 'Labels'], ['actions', 'Actions'], ['options', 'Sort, rows, menu']] as const;
export type Tab = (typeof TABS)[number][0];

export interface Field { name: string; label: string; sortable: boolean; editable: boolean; filterable: boolean }
export interface Settings {
  list?: string[]; show?: string[]; edit?: string[]; filter?: string[];
  labels?: Record<string, string>;
  sort?: { sortBy: string; direction: 'asc' | 'desc' };
  perPage?: number;
  navigation?: string;
  actions?: Record<string, { enabled?: boolean; roles?: string[] }>;
}
export interface Screen {
  catalog: { resourceId: string; fields: Field[]; fixed?: Partial<Record<Context, string>>; actions: Record<string, string[]>; defaults: Record<Context, string[]> & { sort: Settings['sort'] | null; perPage: number; navigation: string | null } };
  settings: Settings;
  /** The override, one line per setting ("list columns: default → …"). */
  summary: string[];
  version: number;
  history: Array<{ id: number; createdAt: string; staff: string | null; reset: boolean; changes: string[] }>;
}
export interface Answer { screens?: Array<{ id: string }>; screen?: Screen | null; notice?: { message: string; type: string } }
export interface Row { name: string; on: boolean }
export interface Draft {
  columns: Record<Context, Row[]>;
  labels: Record<string, string>;
  sortBy: string; direction: 'asc' | 'desc'; perPage: string; navigation: string;
  actions: Record<string, { enabled: boolean; roles: string[] }>;
}

export function draftOf(screen: Screen): Draft {
  const { catalog, settings } = screen;
  const allowed = (c: Context) => catalog.fields.filter((f) => (c === 'edit' ? f.editable : c === 'filter' ? f.filterable : true)).map((f) => f.name);
  const columns = {} as Draft['columns'];
  for (const [c] of CONTEXTS) {
    const shown = settings[c] ?? catalog.defaults[c];
    columns[c] = [...shown.map((name) => ({ name, on: true })), ...allowed(c).filter((n) => !shown.includes(n)).map((name) => ({ name, on: false }))];
  }
  const sort = settings.sort ?? catalog.defaults.sort;
  const actions: Draft['actions'] = {};
  for (const [name, declared] of Object.entries(catalog.actions)) {
    const s = settings.actions?.[name];
    actions[name] = { enabled: s?.enabled !== false, roles: s?.roles ?? declared };
  }
  return {
    columns,
    labels: { ...(settings.labels ?? {}) },
    sortBy: sort?.sortBy ?? '',
    direction: sort?.direction ?? 'asc',
    perPage: String(settings.perPage ?? catalog.defaults.perPage),
    navigation: settings.navigation ?? catalog.defaults.navigation ?? '',
    actions,
  };
}

export function settingsOf(d: Draft, fixed: Screen['catalog']['fixed'] = {}): Settings {
  const s: Settings = {};
  for (const [c] of CONTEXTS) if (!fixed[c]) s[c] = d.columns[c].filter((r) => r.on).map((r) => r.name);
  const labels = Object.fromEntries(Object.entries(d.labels).filter(([, v]) => v.trim() !== ''));
  if (Object.keys(labels).length) s.labels = labels;
  if (d.sortBy) s.sort = { sortBy: d.sortBy, direction: d.direction };
  s.perPage = Number(d.perPage);
  if (d.navigation.trim()) s.navigation = d.navigation.trim();
  s.actions = Object.fromEntries(Object.entries(d.actions).map(([n, a]) => [n, a.enabled ? { roles: a.roles } : { enabled: false }]));
  return s;
}

