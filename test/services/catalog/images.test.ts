import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkImageUpload, MAX_IMAGE_BYTES, sniffImageType } from '../../../src/services/catalog/images.js';
import { InvalidInput } from '../../../src/services/errors.js';
import { imageSrc, isUploadKey, mimeTypeOfKey } from '../../../src/shared/image-url.js';
import { oversizedPng, pngImage } from '../../support/images.js';

const dir = mkdtempSync(join(tmpdir(), 'counter-images-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, bytes: Buffer) {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return { path, size: bytes.length, name, type: 'image/png' };
}

test('the type comes from the first bytes: JPEG, PNG, GIF, WebP, and nothing else', () => {
  expect(sniffImageType(pngImage(2, 2))).toBe('image/png');
  expect(sniffImageType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('image/jpeg');
  expect(sniffImageType(Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'))).toBe('image/gif');
  expect(sniffImageType(Buffer.from('RIFF\x24\x00\x00\x00WEBPVP8 ', 'latin1'))).toBe('image/webp');
  expect(sniffImageType(Buffer.from('RIFF\x24\x00\x00\x00WAVEfmt ', 'latin1'))).toBeNull();
  expect(sniffImageType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
  expect(sniffImageType(Buffer.alloc(0))).toBeNull();
});

test('a real PNG passes whatever its name; a text file named .png, an empty file and a too big one are refused', async () => {
  expect(await checkImageUpload(file('photo.jpg', pngImage()))).toEqual({ mimeType: 'image/png', extension: 'png' });
  await expect(checkImageUpload(file('notes.png', Buffer.from('just some text, not an image')))).rejects.toThrow(new InvalidInput('"notes.png" is not an image: upload a JPEG, PNG, WebP or GIF file.'));
  await expect(checkImageUpload(file('empty.png', Buffer.alloc(0)))).rejects.toThrow('"empty.png" is empty.');
  await expect(checkImageUpload(file('huge.png', oversizedPng(MAX_IMAGE_BYTES + 1)))).rejects.toThrow('"huge.png" is 5.0 MB; an image may be at most 5 MB.');
  await expect(checkImageUpload(file('limit.png', oversizedPng(MAX_IMAGE_BYTES - 8)))).resolves.toMatchObject({ mimeType: 'image/png' });
});

test('stored keys are served under the admin, other addresses are kept as given', () => {
  expect(isUploadKey('products/3/ab.png')).toBe(true);
  expect(imageSrc('products/3/ab.png', '/back-office')).toBe('/back-office/uploads/products/3/ab.png');
  expect(imageSrc('/images/products/mug.jpg', '/back-office')).toBe('/images/products/mug.jpg');
  expect(imageSrc('https://cdn.example.com/mug.jpg', '/admin')).toBe('https://cdn.example.com/mug.jpg');
  expect(mimeTypeOfKey('products/3/ab.webp')).toBe('image/webp');
  expect(mimeTypeOfKey('products/3/ab.txt')).toBeNull();
});
