// The category tree: paths ("Men › Shoes › Running"), tree order, and the rule that a category
// never ends up inside itself. A shop has hundreds of categories at most, so the tree is read whole.
import type { Db } from '../../db/client.js';
import { InvalidInput, NotFound } from '../errors.js';

export const PATH_SEPARATOR = ' › ';

export interface CategoryNode {
  id: number;
  name: string;
  parentId: number | null;
  position: number;
  /** Names from the root down to this category, joined with › */
  path: string;
  /** 0 for a top-level category. */
  depth: number;
}

type Row = Pick<CategoryNode, 'id' | 'name' | 'parentId' | 'position'>;

const loadAll = (db: Db): Promise<Row[]> => db.category.findMany({ select: { id: true, name: true, parentId: true, position: true } });

/** Every category, each parent before its children, siblings by position then name. */
export async function categoryTree(db: Db): Promise<CategoryNode[]> {
  const rows = await loadAll(db);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const children = new Map<number | null, Row[]>();
  for (const row of rows) {
    // A parent that no longer exists (or a loop written outside Counter) puts the category at the top.
    const parent = row.parentId !== null && byId.has(row.parentId) ? row.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), row]);
  }
  const out: CategoryNode[] = [];
  const seen = new Set<number>();
  const visit = (parentId: number | null, prefix: string, depth: number) => {
    const siblings = (children.get(parentId) ?? []).sort((a, b) => a.position - b.position || a.name.localeCompare(b.name) || a.id - b.id);
    for (const row of siblings) {
      if (seen.has(row.id)) continue;
      seen.add(row.id);
      const path = prefix ? `${prefix}${PATH_SEPARATOR}${row.name}` : row.name;
      out.push({ ...row, path, depth });
      visit(row.id, path, depth + 1);
    }
  };
  visit(null, '', 0);
  // Categories caught in a loop are unreachable from the top: list them last rather than lose them.
  for (const row of rows) if (!seen.has(row.id)) out.push({ ...row, path: row.name, depth: 0 });
  return out;
}

/** The path of each category asked for, e.g. 12 → "Men › Shoes › Running". */
export async function categoryPaths(db: Db, ids: Iterable<number>): Promise<Map<number, string>> {
  const wanted = new Set(ids);
  if (wanted.size === 0) return new Map();
  const tree = await categoryTree(db);
  return new Map(tree.filter((c) => wanted.has(c.id)).map((c) => [c.id, c.path]));
}

/**
 * Refuses a parent that would put the category inside itself: itself, or one of its descendants.
 * `categoryId` is null for a category being created (which has no descendants yet).
 */
export async function checkCategoryParent(db: Db, categoryId: number | null, parentId: number | null): Promise<void> {
  if (parentId === null) return;
  if (categoryId !== null && parentId === categoryId) throw new InvalidInput('A category cannot be its own parent.');
  const rows = await loadAll(db);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const parent = byId.get(parentId);
  if (!parent) throw new NotFound(`Category ${parentId} does not exist.`);
  if (categoryId === null) return;
  const seen = new Set<number>();
  for (let at: Row | undefined = parent; at && !seen.has(at.id); at = at.parentId === null ? undefined : byId.get(at.parentId)) {
    seen.add(at.id);
    if (at.parentId === categoryId) {
      const self = byId.get(categoryId)!;
      throw new InvalidInput(`"${parent.name}" is inside "${self.name}": a category cannot move under one of its own subcategories.`);
    }
  }
}
