// Edits a money column as a decimal ("19.99"); the server converts it to minor units exactly.
import React from 'react';
import { FormGroup, FormMessage, Input, Label } from '@adminjs/design-system';
import { useTranslation, type EditPropertyProps } from 'adminjs';
import { amountToDecimal } from '../shared/money-format.js';

const MoneyInput: React.FC<EditPropertyProps> = ({ property, record, onChange }) => {
  const { translateProperty } = useTranslation();
  const params = record?.params ?? {};
  const currency = params.currency || property.custom?.currency || 'EUR';
  const typed = params[`${property.path}Decimal`];
  const raw = params[property.path];
  const value = typed ?? (raw === undefined || raw === null || raw === '' ? '' : amountToDecimal(Number(raw), currency));
  const error = record?.errors?.[property.path];
  return (
    <FormGroup error={Boolean(error)}>
      <Label required={property.isRequired}>{`${translateProperty(property.label, property.resourceId)} (${currency})`}</Label>
      <Input
        id={property.path}
        name={property.path}
        inputMode="decimal"
        placeholder="0.00"
        value={value}
        onChange={(e: React.ChangeEvent<HTMLInputElement>) => onChange(`${property.path}Decimal`, e.target.value)}
      />
      <FormMessage>{error?.message}</FormMessage>
    </FormGroup>
  );
};

export default MoneyInput;
