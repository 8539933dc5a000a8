// "Import CSV" on the products list: a multipart POST with `file` (the CSV) and `dryRun`
// ("true": check only). Answers { report, notice }: 200 for a check or a done import, 422 when the
// file is refused (report.errors says where), nothing written in that case.
import { readFile, rm } from 'node:fs/promises';
import type { ActionRequest } from 'adminjs';
import type { Response } from 'express';
import { Components } from '../components/index.js';
import type { CounterContext, CustomAction } from '../plugins/api.js';
import { checkProductImport, importProducts, ProductImportRefused, type ImportReport } from '../services/catalog/import/index.js';
import { ShopError } from '../services/errors.js';
import { staffId } from './run-service.js';

/** What express-formidable (formidable 1) leaves in the payload for an uploaded file. */
interface UploadedFile {
  path: string;
  size: number;
  name?: string | null;
}

const isUpload = (value: unknown): value is UploadedFile =>
  typeof value === 'object' && value !== null && typeof (value as UploadedFile).path === 'string' && typeof (value as UploadedFile).size === 'number';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export const describeImport = (r: ImportReport): string =>
  `${plural(r.creates, 'product')} created, ${r.updates} updated, ${r.unchanged} unchanged; stock changed on ${plural(r.stockChanges, 'item')}.`;

export const importProductsAction = (ctx: CounterContext): CustomAction => ({
  actionType: 'resource',
  icon: 'Upload',
  component: Components.ImportProducts,
  handler: async (request: ActionRequest, response: unknown, context) => {
    if (request.method === 'get') return {};
    const payload = (request.payload ?? {}) as Record<string, unknown>;
    const res = response as Response | undefined;
    const listUrl = context.h.resourceUrl({ resourceId: context.resource.id() });
    const refuse = (status: number, message: string, report?: ImportReport) => {
      res?.status?.(status);
      return { report, listUrl, notice: { message, type: 'error' as const } };
    };
    try {
      const file = payload.file;
      if (!isUpload(file)) return refuse(422, 'Choose a CSV file to import.');
      const bytes = await readFile(file.path);
      const dryRun = payload.dryRun === 'true' || payload.dryRun === '1' || payload.dryRun === true;
      if (dryRun) {
        const report = await checkProductImport(ctx.shop, { file: bytes });
        return { report, listUrl };
      }
      const report = await importProducts(ctx.shop, { file: bytes, staffUserId: staffId(context) });
      return { report, listUrl, notice: { message: `Imported: ${describeImport(report)}`, type: 'success' as const } };
    } catch (error) {
      if (error instanceof ProductImportRefused) return refuse(error.status, error.message, error.report);
      if (error instanceof ShopError) return refuse(error.status, error.message);
      throw error;
    } finally {
      // formidable leaves uploads in the temp folder; this action is their only reader.
      await Promise.all(Object.values(payload).filter(isUpload).map((f) => rm(f.path, { force: true })));
    }
  },
});
