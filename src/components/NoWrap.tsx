// A short value (an order number) kept on one line in lists.
import React from 'react';
import type { BasePropertyProps } from 'adminjs';

const NoWrap: React.FC<BasePropertyProps> = ({ property, record }) => (
  <span style={{ whiteSpace: 'nowrap', fontWeight: 500 }}>{String(record?.params?.[property.path] ?? '')}</span>
);

export default NoWrap;
