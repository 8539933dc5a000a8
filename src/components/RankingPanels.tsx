// Best sellers, sales by category, top and loyal customers: ranked lists as bar charts and tables.
import React, { useState } from 'react';
import { Box, Button, Text } from '@adminjs/design-system';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { CURRENCY, listHref, percent, type BestSellers, type CategorySales, type Customers } from './dashboard-types.js';
import { Empty, FigurePanel, PlainTable } from './FigurePanel.js';
import type { Loaded } from './use-dashboard.js';
import { useWords } from './use-words.js';

/** Money and counts in the staff member's language. */
function useFormats(screen: string) {
  const words = useWords(screen);
  return { ...words, money: (cents: number) => words.money(cents, CURRENCY) };
}

/** Horizontal bars: one per name. */
const Bars: React.FC<{ data: Array<{ name: string; value: number }>; format: (v: number) => string; color: string }> = ({ data, format, color }) =>
  data.length === 0 ? <Empty /> : (
    <ResponsiveContainer width="100%" height={Math.max(120, data.length * 28 + 30)}>
      <BarChart data={data} layout="vertical" margin={{ left: 10, right: 20 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" fontSize={11} tickFormatter={format} />
        <YAxis type="category" dataKey="name" width={150} fontSize={11} />
        <Tooltip formatter={(v: number) => format(v)} />
        <Bar dataKey="value" fill={color} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );

const Switch: React.FC<{ options: Array<[string, string]>; value: string; onChange: (v: string) => void }> = ({ options, value, onChange }) => (
  <Box flex flexDirection="row" style={{ gap: 4 }} mb="default">
    {options.map(([key, text]) => <Button key={key} size="sm" variant={value === key ? 'primary' : 'text'} onClick={() => onChange(key)}>{text}</Button>)}
  </Box>
);

export const BestSellersPanel: React.FC<{ state: Loaded<BestSellers> }> = ({ state }) => {
  const [by, setBy] = useState('units');
  const { w, money, number } = useFormats('BestSellersPanel');
  const list = (by === 'units' ? state.data?.byUnits : state.data?.byRevenue) ?? [];
  const options: Array<[string, string]> = [['units', w('byUnits', 'By units')], ['revenue', w('byRevenue', 'By revenue')]];
  return (
    <FigurePanel id="bestSellers" title={w('title', 'Best sellers')} subtitle={w('subtitle', 'Top 10 products of the period')} loading={state.loading} error={state.error}
      chart={() => (
        <>
          <Switch options={options} value={by} onChange={setBy} />
          <Bars data={list.map((s) => ({ name: s.title, value: by === 'units' ? s.units : s.revenueCents }))} format={by === 'units' ? number : (v) => money(v)} color="#4268f6" />
        </>
      )}
      table={() => (
        <>
          <Switch options={options} value={by} onChange={setBy} />
          <PlainTable head={[w('product', 'Product'), w('units', 'Units'), w('revenue', 'Revenue')]} rows={list.map((s) => [s.title, number(s.units), money(s.revenueCents)])} />
        </>
      )}
    />
  );
};

export const CategoriesPanel: React.FC<{ state: Loaded<CategorySales[]> }> = ({ state }) => {
  const rows = state.data ?? [];
  const { w, money, number } = useFormats('CategoriesPanel');
  const name = (c: CategorySales) => (c.name === 'No category' ? w('none', 'No category') : c.name); // services/dashboard/categories.ts UNCATEGORISED
  return (
    <FigurePanel id="categories" title={w('title', 'Sales by category')} subtitle={w('subtitle', "Revenue of the period's order lines")} loading={state.loading} error={state.error}
      chart={() => <Bars data={rows.map((c) => ({ name: name(c), value: c.revenueCents }))} format={(v) => money(v)} color="#2ba58c" />}
      table={() => <PlainTable head={[w('category', 'Category'), w('units', 'Units'), w('revenue', 'Revenue')]} rows={rows.map((c) => [name(c), number(c.units), money(c.revenueCents)])} />}
    />
  );
};

export const CustomersPanel: React.FC<{ state: Loaded<Customers>; rootPath: string }> = ({ state, rootPath }) => {
  const [by, setBy] = useState('spent');
  const { w, money, number } = useFormats('CustomersPanel');
  const c = state.data;
  const list = (by === 'spent' ? c?.topBySpent : c?.topByOrders) ?? [];
  const summary = c ? (
    <Text mb="default" fontSize="sm">
      {c.buyers === 1
        ? w('summaryOne', '{{buyers}} customer bought; {{repeat}} of them more than once ({{rate}}). ', { buyers: number(c.buyers), repeat: number(c.repeatBuyers), rate: percent(c.repeatRate) })
        : w('summary', '{{buyers}} customers bought; {{repeat}} of them more than once ({{rate}}). ', { buyers: number(c.buyers), repeat: number(c.repeatBuyers), rate: percent(c.repeatRate) })}
      <a href={listHref(rootPath, { resource: 'Customer', filters: { returning: 'true' } })}>{w('allReturning', 'All returning customers')}</a>
    </Text>
  ) : null;
  const switcher = <Switch options={[['spent', w('topSpenders', 'Top spenders')], ['orders', w('mostOrders', 'Most orders')]]} value={by} onChange={setBy} />;
  return (
    <FigurePanel id="customers" title={w('title', 'Top and loyal customers')} subtitle={w('subtitle', 'Orders of the period, guests excluded')} loading={state.loading} error={state.error}
      chart={() => (
        <>
          {summary}
          {switcher}
          <Bars data={list.map((r) => ({ name: r.name, value: by === 'spent' ? r.spentCents : r.orders }))} format={by === 'spent' ? (v) => money(v) : number} color="#a05ee0" />
        </>
      )}
      table={() => (
        <>
          {summary}
          {switcher}
          <PlainTable head={[w('customer', 'Customer'), w('orders', 'Orders'), w('spent', 'Spent')]}
            rows={list.map((r) => [<a key={r.customerId} href={`${rootPath}/resources/Customer/records/${r.customerId}/show`}>{r.name}</a>, number(r.orders), money(r.spentCents)])} />
        </>
      )}
    />
  );
};
