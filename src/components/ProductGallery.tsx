// The product page's images, and the form that adds one (through ProductImage's upload action).
import React, { useRef, useState } from 'react';
import { Box, Button, Input, Label, Link, Text } from '@adminjs/design-system';
import { ApiClient, ViewHelpers, useNotice } from 'adminjs';
import type { ProductDetailsJSON } from './product-types.js';
import { useWords } from './use-words.js';

const h = new ViewHelpers();
const api = new ApiClient();

interface Props {
  productId: string;
  title: string;
  images: ProductDetailsJSON['images'];
  canEdit: boolean;
  onChange(): Promise<void>;
}

const ProductGallery: React.FC<Props> = ({ productId, title, images, canEdit, onChange }) => {
  const addNotice = useNotice();
  const { w } = useWords('ProductGallery');
  const fileInput = useRef<HTMLInputElement>(null);
  const [alt, setAlt] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const upload = async (event: React.FormEvent) => {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    if (!file) return setError(w('chooseFirst', 'Choose an image file first.'));
    const data = new FormData();
    data.append('product', productId);
    data.append('alt', alt || title);
    data.append('position', String(images.length));
    data.append('file', file);
    setBusy(true);
    setError(null);
    try {
      const res = await api.resourceAction({ resourceId: 'ProductImage', actionName: 'new', method: 'post', data });
      const errors = Object.values(res.data.record?.errors ?? {}) as Array<{ message: string }>;
      if (errors.length || res.data.notice?.type === 'error') {
        setError(errors[0]?.message ?? res.data.notice?.message ?? w('notSaved', 'The image was not saved.'));
        return;
      }
      addNotice({ message: w('added', 'Image added.'), type: 'success' });
      setAlt('');
      if (fileInput.current) fileInput.current.value = '';
      await onChange();
    } catch (failure) {
      const notice = (failure as { response?: { data?: { notice?: { message?: string } } } }).response?.data?.notice;
      setError(notice?.message ?? w('notUploaded', 'The image could not be uploaded.'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box>
      {images.length === 0 ? <Text color="grey60" mb="lg">{w('none', 'No image yet.')}</Text> : null}
      <Box flex flexDirection="row" style={{ flexWrap: 'wrap', gap: 12 }} mb="lg">
        {images.map((image) => (
          <Link key={image.id} href={h.recordActionUrl({ resourceId: 'ProductImage', recordId: String(image.id), actionName: 'show' })} data-testid="product-image">
            <img src={image.src} alt={image.alt ?? ''} title={image.alt ?? ''} style={{ width: 120, height: 120, objectFit: 'cover', borderRadius: 6, border: '1px solid #e3e6ea', display: 'block' }} />
          </Link>
        ))}
      </Box>
      {canEdit ? (
        <form onSubmit={upload}>
          <Box style={{ borderTop: '1px solid #eef0f3', paddingTop: 16 }}>
            <Text fontWeight="bold" mb="default">{w('add', 'Add an image')}</Text>
            <Box flex flexDirection="row" alignItems="flex-end" style={{ gap: 16, flexWrap: 'wrap' }}>
              <Box>
                <Label htmlFor="product-image-file">{w('file', 'File (JPEG, PNG, WebP or GIF, at most 5 MB)')}</Label>
                <input id="product-image-file" ref={fileInput} type="file" accept="image/jpeg,image/png,image/webp,image/gif" style={{ padding: '6px 0' }} />
              </Box>
              <Box style={{ flexGrow: 1, minWidth: 200 }}>
                <Label htmlFor="product-image-alt">{w('alt', 'Description for screen readers')}</Label>
                <Input id="product-image-alt" width="100%" value={alt} placeholder={title} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setAlt(e.target.value)} />
              </Box>
              <Button type="submit" variant="contained" disabled={busy}>{busy ? w('uploading', 'Uploading…') : w('upload', 'Upload image')}</Button>
            </Box>
            {error ? <Text color="error" mt="default" role="alert">{error}</Text> : null}
          </Box>
        </form>
      ) : null}
    </Box>
  );
};

export default ProductGallery;
