// Product images: what an upload must be before anything is stored. The type is told by the
// file's first bytes, never by its name or by what the browser claims.
import { open, rm } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { InvalidInput } from '../errors.js';
import { IMAGE_EXTENSIONS, type ImageMimeType } from '../../shared/image-url.js';

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

const startsWith = (head: Uint8Array, bytes: number[], at = 0) => bytes.every((b, i) => head[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** The image type of a file from its first 12 bytes, or null when it is none we accept. */
export function sniffImageType(head: Uint8Array): ImageMimeType | null {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(head, ascii('GIF87a')) || startsWith(head, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8)) return 'image/webp';
  return null;
}

/** An uploaded file as the form parser leaves it: a temporary file on disk. */
export interface UploadedFile {
  path: string;
  size: number;
  name?: string | null;
  type?: string | null;
}

export interface CheckedImage {
  mimeType: ImageMimeType;
  extension: string;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Refuses what is not a JPEG, PNG, WebP or GIF image of at most 5 MB, with a message naming the file. */
export async function checkImageUpload(file: UploadedFile, maxBytes = MAX_IMAGE_BYTES): Promise<CheckedImage> {
  const name = file.name ? `"${file.name}"` : 'The file';
  if (!file.size) throw new InvalidInput(`${name} is empty.`);
  if (file.size > maxBytes) throw new InvalidInput(`${name} is ${megabytes(file.size)}; an image may be at most ${megabytes(maxBytes).replace('.0', '')}.`);
  const handle = await open(file.path, 'r');
  const head = new Uint8Array(12);
  try {
    await handle.read(head, 0, head.length, 0);
  } finally {
    await handle.close();
  }
  const mimeType = sniffImageType(head);
  if (!mimeType) throw new InvalidInput(`${name} is not an image: upload a JPEG, PNG, WebP or GIF file.`);
  return { mimeType, extension: IMAGE_EXTENSIONS[mimeType] };
}

/** Where an image of a product is stored, relative to the uploads folder; random, so a name never clashes or leaks. */
export const imageKey = (productId: number | string, extension: string) => `products/${productId}/${randomBytes(8).toString('hex')}.${extension}`;

/** A refused upload leaves nothing behind, not even the parser's temporary file. */
export const discardUpload = (file: Pick<UploadedFile, 'path'>) => rm(file.path, { force: true });
