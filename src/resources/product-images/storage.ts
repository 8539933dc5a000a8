// Product images on the local disk (UPLOADS_DIR), as an @adminjs/upload provider. Files are copied
// rather than renamed out of the parser's temporary folder, which may be on another disk.
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { mkdirSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { BaseProvider } from '@adminjs/upload';
import type { UploadedFile } from 'adminjs';
import { imageSrc, isUploadKey } from '../../shared/image-url.js';

export class LocalImageStorage extends BaseProvider {
  constructor(private readonly dir: string, private readonly rootPath: string) {
    super(dir);
    mkdirSync(dir, { recursive: true });
  }

  /** The file of a key, never outside the uploads folder (keys are ours, but a row may be edited by hand). */
  fileOf(key: string): string | null {
    if (!isUploadKey(key)) return null;
    const file = resolve(this.dir, key);
    return file.startsWith(resolve(this.dir) + sep) ? file : null;
  }

  async upload(file: UploadedFile, key: string): Promise<void> {
    const target = this.fileOf(key);
    if (!target) throw new Error(`Refusing to store an image under "${key}"`);
    await mkdir(dirname(target), { recursive: true });
    await copyFile(file.path, target);
    await rm(file.path, { force: true });
  }

  async delete(key: string): Promise<void> {
    const target = this.fileOf(key);
    if (target) await rm(target, { force: true });
  }

  path(key: string): string {
    return imageSrc(key, this.rootPath);
  }
}
