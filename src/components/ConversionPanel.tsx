// Checkout conversion: started, completed, abandoned and recovered checkouts against the period before.
import React from 'react';
import { Text } from '@adminjs/design-system';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { change, CURRENCY, percent, type Conversion } from './dashboard-types.js';
import { FigurePanel, PlainTable } from './FigurePanel.js';
import type { Loaded } from './use-dashboard.js';
import { useWords } from './use-words.js';

const STEPS = [['started', 'Started'], ['completed', 'Completed'], ['abandoned', 'Abandoned'], ['recovered', 'Recovered']] as const;

export const ConversionPanel: React.FC<{ state: Loaded<Conversion> }> = ({ state }) => {
  const c = state.data;
  const { w, money, number } = useWords('ConversionPanel');
  const changed = (a: number, b: number) => (change(a, b) === 'new' ? w('new', 'new') : change(a, b));
  const steps = STEPS.map(([key, name]) => [key, w(key, name)] as const);
  const summary = c ? (
    <Text mb="default" fontSize="sm">
      {w('summary', 'Abandonment {{rate}} (before {{before}}) · recovered {{recovered}} of abandoned · still open {{open}}', {
        rate: percent(c.current.abandonmentRate), before: percent(c.previous.abandonmentRate), recovered: percent(c.current.recoveryRate), open: money(c.current.lostCents, CURRENCY),
      })}
    </Text>
  ) : null;
  return (
    <FigurePanel id="conversion" title={w('title', 'Checkout conversion')} subtitle={w('subtitle', 'Checkouts that ended in an order, and those abandoned with an email')} loading={state.loading} error={state.error}
      chart={() => (
        <>
          {summary}
          <ResponsiveContainer width="100%" height={220}>
            <BarChart data={steps.map(([key, name]) => ({ name, current: c?.current[key] ?? 0, previous: c?.previous[key] ?? 0 }))}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="name" fontSize={11} />
              <YAxis fontSize={11} width={50} />
              <Tooltip />
              <Legend />
              <Bar dataKey="current" name={w('thisPeriod', 'This period')} fill="#4268f6" isAnimationActive={false} />
              <Bar dataKey="previous" name={w('periodBefore', 'Period before')} fill="#c5cbe0" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </>
      )}
      table={() => (
        <>
          {summary}
          <PlainTable head={[w('checkouts', 'Checkouts'), w('thisPeriod', 'This period'), w('periodBefore', 'Period before'), w('change', 'Change')]}
            rows={steps.map(([key, name]) => [name, number(c?.current[key] ?? 0), number(c?.previous[key] ?? 0), changed(c?.current[key] ?? 0, c?.previous[key] ?? 0)])} />
        </>
      )}
    />
  );
};
