// Stock that runs out soon at the sales rate: days of cover per stock item, shortest first.
import React from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { StockCover } from './dashboard-types.js';
import { Empty, FigurePanel, PlainTable } from './FigurePanel.js';
import type { Loaded } from './use-dashboard.js';

const days = (d: number) => (d === 0 ? 'out of stock' : `${d.toFixed(1)} days`);

export const StockCoverPanel: React.FC<{ state: Loaded<StockCover>; rootPath: string }> = ({ state, rootPath }) => {
  const s = state.data;
  const items = s?.items ?? [];
  const subtitle = s ? `Less than ${s.horizonDays} days of stock at the last ${s.rateDays} days' sales rate` : 'Days of cover at the sales rate';
  return (
    <FigurePanel id="stockCover" title="Stock running out" subtitle={subtitle} loading={state.loading} error={state.error}
      chart={() => items.length === 0 ? <Empty text="No item runs out within two weeks at this rate." /> : (
        <ResponsiveContainer width="100%" height={Math.max(120, items.length * 26 + 30)}>
          <BarChart data={items.map((i) => ({ name: i.title, cover: Number(i.daysOfCover.toFixed(1)) }))} layout="vertical" margin={{ left: 10, right: 20 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" fontSize={11} domain={[0, s?.horizonDays ?? 14]} tickFormatter={(v: number) => `${v}d`} />
            <YAxis type="category" dataKey="name" width={170} fontSize={11} />
            <Tooltip formatter={(v: number) => days(v)} />
            <Bar dataKey="cover" name="Days of cover" fill="#e0663a" minPointSize={3} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      )}
      table={() => (
        <PlainTable head={['Item', 'Available', 'Sold per day', 'Days of cover']} empty="No item runs out within two weeks at this rate."
          rows={items.map((i) => [<a key={i.inventoryItemId} href={`${rootPath}/resources/InventoryItem/records/${i.inventoryItemId}/show`}>{i.title}</a>, i.available.toLocaleString('en'), i.perDay.toFixed(1), days(i.daysOfCover)])} />
      )}
    />
  );
};
