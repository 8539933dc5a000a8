// Sales of the period against the one before: the five totals, and net sales over time.
import React from 'react';
import { Box, Text } from '@adminjs/design-system';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney } from '../shared/money-format.js';
import { change, CURRENCY, type Sales, type SalesTotals } from './dashboard-types.js';
import { FigurePanel, PlainTable } from './FigurePanel.js';
import { useJson, type Loaded } from './use-dashboard.js';
import { useWords } from './use-words.js';

const money = (cents: number) => formatMoney(cents, CURRENCY);
const KPIS: Array<[keyof SalesTotals, string, 'money' | 'count']> = [
  ['grossCents', 'Gross sales', 'money'], ['refundsCents', 'Refunds', 'money'], ['netCents', 'Net sales', 'money'],
  ['orders', 'Orders', 'count'], ['averageOrderCents', 'Average order', 'money'],
];
const label = (bucket: string) => (bucket.length > 10 ? `${bucket.slice(11)}h` : bucket.slice(5));

export const SalesTotalsRow: React.FC<{ sales: Sales }> = ({ sales }) => {
  const { w, money: inLanguage, number } = useWords('SalesPanel');
  const formats = { money: (n: number) => inLanguage(n, CURRENCY), count: number };
  const changed = (a: number, b: number) => (change(a, b) === 'new' ? w('new', 'new') : change(a, b));
  return (
  <Box style={{ display: 'grid', gridTemplateColumns: 'repeat(5, minmax(0, 1fr))', gap: 12 }} mb="lg">
    {KPIS.map(([key, title, kind]) => (
      <Box key={key} data-kpi={key}>
        <Text color="grey60" fontSize="sm">{w(key, title)}</Text>
        <Text fontSize="xl" fontWeight="bold">{formats[kind](sales.current[key])}</Text>
        <Text fontSize="sm" color="grey60">{w('before', '{{change}} · before: {{value}}', { change: changed(sales.current[key], sales.previous[key]), value: formats[kind](sales.previous[key]) })}</Text>
      </Box>
    ))}
  </Box>
  );
};

export const SalesPanel: React.FC<{ state: Loaded<Sales> }> = ({ state }) => {
  const sales = state.data;
  const { w, money: inLanguage, language } = useWords('SalesPanel');
  const money = (cents: number) => inLanguage(cents, CURRENCY);
  const points = (sales?.series ?? []).map((p) => ({ ...p, label: label(p.bucket), net: p.netCents / 100, previous: p.previousNetCents / 100 }));
  return (
    <FigurePanel id="sales" title={w('title', 'Sales')} subtitle={w('subtitle', 'Orders not cancelled, on the day placed; refunds on the day made')} loading={state.loading} error={state.error} wide
      chart={() => (
        <>
          {sales ? <SalesTotalsRow sales={sales} /> : null}
          <ResponsiveContainer width="100%" height={260}>
            <ComposedChart data={points}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" fontSize={11} />
              <YAxis fontSize={11} tickFormatter={(v: number) => (language === 'fr' ? `${Math.round(v).toLocaleString('fr-FR')} €` : `€${Math.round(v).toLocaleString('en')}`)} width={70} />
              <Tooltip formatter={(v: number) => money(Math.round(v * 100))} />
              <Legend />
              <Bar dataKey="net" name={w('netCents', 'Net sales')} fill="#4268f6" isAnimationActive={false} />
              <Line dataKey="previous" name={w('previous', 'Previous period')} stroke="#999" strokeDasharray="4 4" dot={false} isAnimationActive={false} />
            </ComposedChart>
          </ResponsiveContainer>
        </>
      )}
      table={() => (
        <>
          {sales ? <SalesTotalsRow sales={sales} /> : null}
          <PlainTable head={[w('when', 'When'), w('orders', 'Orders'), w('gross', 'Gross'), w('refundsCents', 'Refunds'), w('net', 'Net'), w('netBefore', 'Net, period before')]}
            rows={(sales?.series ?? []).map((p) => [p.bucket, p.orders, money(p.grossCents), money(p.refundsCents), money(p.netCents), money(p.previousNetCents)])} />
        </>
      )}
    />
  );
};

export const useSales = (url: string | null) => useJson<Sales>(url);
