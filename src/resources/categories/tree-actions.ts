// The category list and the category select as a tree ("Men › Shoes › Running", parents first),
// and the refusal of a parent that would put a category inside itself.
import { ACTIONS, flat, ValidationError, type ActionContext, type ActionRequest, type ActionResponse, type RecordJSON } from 'adminjs';
import { populator } from 'adminjs';
import type { CounterContext, CustomAction } from '../../plugins/api.js';
import { categoryPaths, categoryTree, checkCategoryParent, type CategoryNode } from '../../services/catalog/categories.js';
import { ShopError } from '../../services/errors.js';

const withPath = (record: RecordJSON, path: string | undefined): RecordJSON =>
  path === undefined ? record : { ...record, title: path, params: { ...record.params, path } };

/** The records of these tree nodes, in tree order, with their paths as titles. */
async function recordsOf(nodes: CategoryNode[], context: ActionContext, populate: boolean): Promise<RecordJSON[]> {
  const found = await context.resource.findMany(nodes.map((n) => n.id), context);
  const records = populate ? await populator(found, context) : found;
  const byId = new Map(records.map((r) => [String(r.id()), r]));
  return nodes.flatMap((n) => {
    const record = byId.get(String(n.id));
    return record ? [withPath(record.toJSON(context.currentAdmin), n.path)] : [];
  });
}

async function addPaths(ctx: CounterContext, records: RecordJSON[]): Promise<RecordJSON[]> {
  const paths = await categoryPaths(ctx.shop.prisma, records.map((r) => Number(r.id)));
  return records.map((r) => withPath(r, paths.get(Number(r.id))));
}

/** Unsorted and unfiltered, the list is the tree; sorted or filtered, AdminJS's own list with paths. */
export const categoryListAction = (ctx: CounterContext): CustomAction => ({
  handler: async (request: ActionRequest, response: unknown, context: ActionContext) => {
    const query = flat.unflatten(request.query ?? {}) as { sortBy?: string; filters?: Record<string, unknown>; page?: string; perPage?: string };
    if (query.sortBy || Object.keys(query.filters ?? {}).length) {
      const result = await ACTIONS.list.handler(request, response, context);
      return { ...result, records: await addPaths(ctx, result.records) };
    }
    const perPage = Math.min(Number(query.perPage) || context._admin.options.settings?.defaultPerPage || 25, 500);
    const page = Math.max(Number(query.page) || 1, 1);
    const tree = await categoryTree(ctx.shop.prisma);
    const records = await recordsOf(tree.slice((page - 1) * perPage, page * perPage), context, true);
    return { meta: { total: tree.length, perPage, page, direction: 'asc', sortBy: undefined }, records };
  },
});

/** What the category select offers: paths in tree order, matching the typed text anywhere in the path. */
export const categorySearchAction = (ctx: CounterContext): CustomAction => ({
  handler: async (request: ActionRequest, _response: unknown, context: ActionContext) => {
    const text = String(request.params?.query ?? '').trim().toLowerCase();
    const tree = await categoryTree(ctx.shop.prisma);
    const matching = tree.filter((c) => !text || c.path.toLowerCase().includes(text)).slice(0, 50);
    return { records: await recordsOf(matching, context, false) };
  },
});

export const showWithPath = (ctx: CounterContext) => async (response: ActionResponse) =>
  response.record ? { ...response, record: (await addPaths(ctx, [response.record]))[0] } : response;

/** A parent that is the category itself or one of its subcategories is refused under the field; nothing changes. */
export const checkParent = (ctx: CounterContext) => async (request: ActionRequest, context: ActionContext) => {
  const payload = request.payload as Record<string, unknown> | undefined;
  if (request.method !== 'post' || !payload || !('parent' in payload)) return request;
  const raw = payload.parent;
  const parentId = raw === '' || raw === null || raw === undefined || raw === '__FORM_VALUE_NULL__' ? null : Number(raw);
  if (parentId === null) payload.parent = null; // a cleared select means a top-level category
  const categoryId = context.action.name === 'edit' && context.record ? Number(context.record.id()) : null;
  try {
    if (parentId !== null && !Number.isInteger(parentId)) throw new ValidationError({ parent: { message: 'Choose a category from the list.' } });
    await checkCategoryParent(ctx.shop.prisma, categoryId, parentId);
  } catch (error) {
    if (!(error instanceof ShopError)) throw error;
    throw new ValidationError({ parent: { message: error.message } }, { message: error.message });
  }
  return request;
};
