// Product image addresses, for the server and the browser alike. A ProductImage's `url` is either a
// key in Counter's uploads folder ("products/12/3f9a….png") or an address kept as given ("https://…", "/images/…").

export const IMAGE_EXTENSIONS = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'image/gif': 'gif' } as const;
export type ImageMimeType = keyof typeof IMAGE_EXTENSIONS;

/** True for a key in the uploads folder, false for an address kept as given. */
export const isUploadKey = (url: string) => url !== '' && !/^([a-z][a-z0-9+.-]*:|\/)/i.test(url);

/** Where the browser loads the image from: uploads are served under `<admin>/uploads/`. */
export const imageSrc = (url: string, rootPath: string) => (isUploadKey(url) ? `${rootPath}/uploads/${url}` : url);

/** The image type an uploaded key was stored with (its extension comes from the file's content). */
export function mimeTypeOfKey(url: string): ImageMimeType | null {
  const extension = url.split('.').pop()?.toLowerCase();
  if (extension === 'jpeg') return 'image/jpeg';
  const found = Object.entries(IMAGE_EXTENSIONS).find(([, ext]) => ext === extension);
  return found ? (found[0] as ImageMimeType) : null;
}
