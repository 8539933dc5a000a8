// The product list's small image: the product's first image, CSS-scaled; a grey square without one.
import React, { useState } from 'react';
import type { BasePropertyProps } from 'adminjs';

const box: React.CSSProperties = { width: 40, height: 40, borderRadius: 4, background: '#eef0f3', overflow: 'hidden', flexShrink: 0 };

const ProductThumbnail: React.FC<BasePropertyProps> = ({ record }) => {
  const src = record?.params?.thumbnail as string | undefined;
  const [broken, setBroken] = useState(false);
  return (
    <div style={box} data-testid="product-thumbnail">
      {src && !broken ? (
        <img src={src} alt={String(record?.params?.thumbnailAlt ?? '')} loading="lazy" onError={() => setBroken(true)} style={{ width: '100%', height: '100%', objectFit: 'cover', display: 'block' }} />
      ) : null}
    </div>
  );
};

export default ProductThumbnail;
