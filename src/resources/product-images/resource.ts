import { extname } from 'node:path';
import uploadFeature from '@adminjs/upload';
import { buildFeature, ValidationError, type ActionContext, type ActionRequest, type ActionResponse } from 'adminjs';
import { crud, type CounterContext, type ResourceModule } from '../../plugins/api.js';
import { EVERYONE, MANAGERS } from '../roles.js';
import { componentLoader } from '../../components/index.js';
import { checkImageUpload, discardUpload, imageKey, MAX_IMAGE_BYTES, type UploadedFile } from '../../services/catalog/images.js';
import { InvalidInput } from '../../services/errors.js';
import { IMAGE_EXTENSIONS, mimeTypeOfKey } from '../../shared/image-url.js';
import { LocalImageStorage } from './storage.js';
import { backToProduct } from '../../actions/product-page.js';

// The gallery of a product. The file goes through @adminjs/upload into UPLOADS_DIR; `url` holds its key
// (or an address kept as given, e.g. from an import). Every upload is checked before a row exists.

const refuse = (message: string) => new ValidationError({ file: { message } }, { message });

const isFile = (value: unknown): value is UploadedFile =>
  Boolean(value && typeof value === 'object' && typeof (value as UploadedFile).path === 'string' && typeof (value as UploadedFile).size === 'number');

/** The uploaded file, whether sent as `file` (API clients) or `file.0` (AdminJS's drop zone). */
function takeFile(payload: Record<string, unknown>): { present: boolean; file?: UploadedFile } {
  const keys = Object.keys(payload).filter((k) => k === 'file' || k.startsWith('file.'));
  const value = payload['file.0'] ?? payload.file;
  if (isFile(value)) {
    for (const k of keys) delete payload[k];
    payload['file.0'] = value; // the form the upload feature reads
    return { present: true, file: value };
  }
  return { present: keys.length > 0 };
}

async function checkUpload(request: ActionRequest, context: ActionContext): Promise<ActionRequest> {
  if (request.method !== 'post' || !request.payload) return request;
  const payload = request.payload as Record<string, unknown>;
  const isNew = context.action.name === 'new';
  const { present, file } = takeFile(payload);
  if (!file) {
    if (isNew) throw refuse('Choose an image file (JPEG, PNG, WebP or GIF, at most 5 MB).');
    if (present) throw refuse('An image cannot lose its file: delete the image instead.');
    return request;
  }
  try {
    if (isNew && !payload.product) throw new ValidationError({ product: { message: 'Choose the product this image belongs to.' } }, { message: 'Choose the product this image belongs to.' });
    const checked = await checkImageUpload(file, MAX_IMAGE_BYTES);
    file.name = `image.${checked.extension}`; // the stored name's extension comes from the content
    file.type = checked.mimeType;
  } catch (error) {
    await discardUpload(file);
    if (error instanceof InvalidInput) throw refuse(error.message);
    throw error;
  }
  if (isNew) payload.url = ''; // the row needs its id before the file gets its key
  return request;
}

/** Back to the product after a change; a row whose file could not be stored is not kept. */
const storedOrDropped = (ctx: CounterContext) => async (response: ActionResponse, request: ActionRequest, context: ActionContext) => {
  const params = response.record?.params;
  if (request.method === 'post' && context.action.name === 'new' && params?.id && params.url === '') {
    await ctx.shop.prisma.productImage.deleteMany({ where: { id: Number(params.id) } });
    return { ...response, redirectUrl: undefined, notice: { message: 'The image could not be stored; nothing was saved.', type: 'error' } };
  }
  return backToProduct(response, request, context);
};

export const productImages: ResourceModule = {
  model: 'ProductImage',
  permissions: crud({ read: EVERYONE, write: MANAGERS, remove: MANAGERS }),
  computed: { mimeType: (row) => mimeTypeOfKey(String(row.url ?? '')) },
  features: (ctx) => [
    buildFeature({ actions: { new: { before: [checkUpload] }, edit: { before: [checkUpload] } } }),
    uploadFeature({
      componentLoader,
      provider: new LocalImageStorage(ctx.uploadsDir, ctx.rootPath),
      properties: { key: 'url', mimeType: 'mimeType', file: 'file', filePath: 'filePath', filesToDelete: 'filesToDelete' },
      uploadPath: (record, filename) => imageKey(String(record.get('product')), extname(filename).slice(1)),
      validation: { mimeTypes: Object.keys(IMAGE_EXTENSIONS), maxSize: MAX_IMAGE_BYTES },
    }),
  ],
  actions: (ctx) => ({ new: { after: storedOrDropped(ctx) }, edit: { after: storedOrDropped(ctx) } }),
  options: {
    navigation: false,
    titleProperty: 'url',
    sort: { sortBy: 'position', direction: 'asc' },
    listProperties: ['file', 'product', 'alt', 'position'],
    showProperties: ['file', 'product', 'url', 'alt', 'position', 'createdAt'],
    editProperties: ['product', 'file', 'alt', 'position'],
    filterProperties: ['product', 'alt'],
    properties: { file: { isVisible: { list: true, show: true, edit: true, filter: false } } },
  },
};
