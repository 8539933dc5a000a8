// Today, 7, 30, 90 days or custom dates; every figure below compares with the period before.
import React, { useState } from 'react';
import { Box, Button, Input, Text } from '@adminjs/design-system';
import type { PeriodChoice } from './dashboard-types.js';
import { useWords } from './use-words.js';

const CHOICES: Array<[string, string]> = [['today', 'Today'], ['7d', '7 days'], ['30d', '30 days'], ['90d', '90 days'], ['custom', 'Custom']];

export const PeriodPicker: React.FC<{ value: PeriodChoice; onChange: (p: PeriodChoice) => void }> = ({ value, onChange }) => {
  const { w } = useWords('PeriodPicker');
  const today = new Date().toISOString().slice(0, 10);
  const [from, setFrom] = useState(value.from ?? today);
  const [to, setTo] = useState(value.to ?? today);
  const [custom, setCustom] = useState(value.period === 'custom');
  return (
    <Box flex flexDirection="row" alignItems="center" style={{ flexWrap: 'wrap', gap: 8 }} mb="lg" data-testid="period-picker">
      <Text fontWeight="bold" mr="default">{w('period', 'Period')}</Text>
      {CHOICES.map(([key, label]) => {
        const active = key === 'custom' ? custom : !custom && value.period === key;
        return (
          <Button key={key} size="sm" variant={active ? 'contained' : 'outlined'} aria-pressed={active}
            onClick={() => (key === 'custom' ? setCustom(true) : (setCustom(false), onChange({ period: key })))}>
            {w(key, label)}
          </Button>
        );
      })}
      {custom ? (
        <Box flex flexDirection="row" alignItems="center" style={{ gap: 6 }}>
          <Input type="date" aria-label={w('from', 'From')} value={from} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setFrom(e.target.value)} />
          <Text>{w('to', 'to')}</Text>
          <Input type="date" aria-label={w('toLabel', 'To')} value={to} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setTo(e.target.value)} />
          <Button size="sm" variant="contained" onClick={() => onChange({ period: 'custom', from, to })}>{w('apply', 'Apply')}</Button>
        </Box>
      ) : null}
      <Text color="grey60" fontSize="sm" ml="default">{w('compared', 'compared with the period before · times in UTC')}</Text>
    </Box>
  );
};
