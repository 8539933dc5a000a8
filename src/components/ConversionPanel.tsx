// Checkout conversion: started, completed, abandoned and recovered checkouts against the period before.
import React from 'react';
import { Text } from '@adminjs/design-system';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney } from '../shared/money-format.js';
import { change, CURRENCY, percent, type Conversion } from './dashboard-types.js';
import { FigurePanel, PlainTable } from './FigurePanel.js';
import type { Loaded } from './use-dashboard.js';

const STEPS = [['started', 'Started'], ['completed', 'Completed'], ['abandoned', 'Abandoned'], ['recovered', 'Recovered']] as const;

export const ConversionPanel: React.FC<{ state: Loaded<Conversion> }> = ({ state }) => {
  const c = state.data;
  const summary = c ? (
    <Text mb="default" fontSize="sm">
      {`Abandonment ${percent(c.current.abandonmentRate)} (before ${percent(c.previous.abandonmentRate)}) · recovered ${percent(c.current.recoveryRate)} of abandoned · still open ${formatMoney(c.current.lostCents, CURRENCY)}`}
    </Text>
  ) : null;
  return (
    <FigurePanel id="conversion" title="Checkout conversion" subtitle="Checkouts that ended in an order, and those abandoned with an email" loading={state.loading} error={state.error}
      chart={() => (
        <>
          {summary}
          <ResponsiveContainer width="100%" height={220}>
            <BarChart data={STEPS.map(([key, name]) => ({ name, current: c?.current[key] ?? 0, previous: c?.previous[key] ?? 0 }))}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="name" fontSize={11} />
              <YAxis fontSize={11} width={50} />
              <Tooltip />
              <Legend />
              <Bar dataKey="current" name="This period" fill="#4268f6" isAnimationActive={false} />
              <Bar dataKey="previous" name="Period before" fill="#c5cbe0" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </>
      )}
      table={() => (
        <>
          {summary}
          <PlainTable head={['Checkouts', 'This period', 'Period before', 'Change']}
            rows={STEPS.map(([key, name]) => [name, (c?.current[key] ?? 0).toLocaleString('en'), (c?.previous[key] ?? 0).toLocaleString('en'), change(c?.current[key] ?? 0, c?.previous[key] ?? 0)])} />
        </>
      )}
    />
  );
};
