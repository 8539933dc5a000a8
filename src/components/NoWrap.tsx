// A short value (an order number, an email) kept on one line in lists; `custom.strong` makes it bold.
import React from 'react';
import type { BasePropertyProps } from 'adminjs';

const NoWrap: React.FC<BasePropertyProps> = ({ property, record }) => (
  <span style={{ whiteSpace: 'nowrap', fontWeight: property.custom?.strong ? 500 : undefined }}>{String(record?.params?.[property.path] ?? '')}</span>
);

export default NoWrap;
