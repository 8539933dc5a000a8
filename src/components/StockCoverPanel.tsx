// Stock that runs out soon at the sales rate: days of cover per stock item, shortest first.
import React from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { StockCover } from './dashboard-types.js';
import { Empty, FigurePanel, PlainTable } from './FigurePanel.js';
import type { Loaded } from './use-dashboard.js';
import { useWords } from './use-words.js';

export const StockCoverPanel: React.FC<{ state: Loaded<StockCover>; rootPath: string }> = ({ state, rootPath }) => {
  const s = state.data;
  const { w, number, language } = useWords('StockCoverPanel');
  const decimal = (d: number) => (language === 'fr' ? d.toFixed(1).replace('.', ',') : d.toFixed(1));
  const days = (d: number) => (d === 0 ? w('outOfStock', 'out of stock') : w('days', '{{days}} days', { days: decimal(d) }));
  const none = w('none', 'No item runs out within two weeks at this rate.');
  const items = s?.items ?? [];
  const subtitle = s ? w('subtitle', "Less than {{horizon}} days of stock at the last {{rate}} days' sales rate", { horizon: s.horizonDays, rate: s.rateDays }) : w('subtitleLoading', 'Days of cover at the sales rate');
  return (
    <FigurePanel id="stockCover" title={w('title', 'Stock running out')} subtitle={subtitle} loading={state.loading} error={state.error}
      chart={() => items.length === 0 ? <Empty text={none} /> : (
        <ResponsiveContainer width="100%" height={Math.max(120, items.length * 26 + 30)}>
          <BarChart data={items.map((i) => ({ name: i.title, cover: Number(i.daysOfCover.toFixed(1)) }))} layout="vertical" margin={{ left: 10, right: 20 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" fontSize={11} domain={[0, s?.horizonDays ?? 14]} tickFormatter={(v: number) => w('daysShort', '{{days}}d', { days: v })} />
            <YAxis type="category" dataKey="name" width={170} fontSize={11} />
            <Tooltip formatter={(v: number) => days(v)} />
            <Bar dataKey="cover" name={w('cover', 'Days of cover')} fill="#e0663a" minPointSize={3} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      )}
      table={() => (
        <PlainTable head={[w('item', 'Item'), w('available', 'Available'), w('perDay', 'Sold per day'), w('cover', 'Days of cover')]} empty={none}
          rows={items.map((i) => [<a key={i.inventoryItemId} href={`${rootPath}/resources/InventoryItem/records/${i.inventoryItemId}/show`}>{i.title}</a>, number(i.available), decimal(i.perDay), days(i.daysOfCover)])} />
      )}
    />
  );
};
