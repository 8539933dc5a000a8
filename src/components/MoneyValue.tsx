// A money column (integer minor units) shown as formatted currency, in lists and on record pages.
import React from 'react';
import { ValueGroup } from '@adminjs/design-system';
import { useTranslation, type BasePropertyProps } from 'adminjs';
import { useWords } from './use-words.js';

const MoneyValue: React.FC<BasePropertyProps> = ({ property, record, where }) => {
  const { translateProperty } = useTranslation();
  const { money } = useWords('MoneyValue');
  const raw = record?.params?.[property.path];
  const currency = record?.params?.currency || property.custom?.currency || 'EUR';
  const text = raw === undefined || raw === null || raw === '' ? '—' : money(Number(raw), currency);
  if (where !== 'show') return <span style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>{text}</span>;
  return <ValueGroup label={translateProperty(property.label, property.resourceId)}>{text}</ValueGroup>;
};

export default MoneyValue;
