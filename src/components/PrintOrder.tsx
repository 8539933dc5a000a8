// The printable order sheet inside the admin, with a button that prints just the sheet.
import React, { useRef } from 'react';
import { Box, Button } from '@adminjs/design-system';
import type { ActionProps } from 'adminjs';
import { useWords } from './use-words.js';

const PrintOrder: React.FC<ActionProps> = ({ record }) => {
  const frame = useRef<HTMLIFrameElement>(null);
  const { w } = useWords('PrintOrder');
  const root = window.location.pathname.split('/resources/')[0];
  const src = `${root}/orders/${record!.id}/print`;
  return (
    <Box variant="white" padding="lg">
      <Box mb="lg" flex flexDirection="row" style={{ gap: 12 }}>
        <Button variant="contained" onClick={() => frame.current?.contentWindow?.print()}>{w('print', 'Print')}</Button>
        <Button as="a" href={src} target="_blank" rel="noopener">{w('open', 'Open in a new tab')}</Button>
      </Box>
      <iframe ref={frame} title={w('sheet', 'Printable order')} src={src} style={{ width: '100%', height: '80vh', border: '1px solid #ddd' }} />
    </Box>
  );
};

export default PrintOrder;
