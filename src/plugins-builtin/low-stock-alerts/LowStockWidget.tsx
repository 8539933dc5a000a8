// The home's low-stock panel: the items furthest below their threshold, each linked to its stock row,
// with the reorder-list CSV one click away.
import React from 'react';
import { Text } from '@adminjs/design-system';
import { useWords } from '../../components/use-words.js';

interface Item { inventoryItemId: number; title: string; sku: string | null; available: number; threshold: number; suggested: number }
interface Data { total: number; items: Item[]; csv: string }

const cell: React.CSSProperties = { padding: '5px 8px', borderBottom: '1px solid #eeeeef', fontSize: 13 };
const num: React.CSSProperties = { ...cell, textAlign: 'right', fontVariantNumeric: 'tabular-nums' };

const LowStockWidget: React.FC<{ data: Data; rootPath: string }> = ({ data, rootPath }) => {
  // Words from the plugin's locales (words.ts), English inline as the default.
  const { w } = useWords('LowStockWidget');
  if (!data.total) return <Text color="grey80">{w('none', 'Every item is above its low-stock threshold.')}</Text>;
  return (
    <div>
      <table style={{ width: '100%', borderCollapse: 'collapse' }}>
        <thead>
          <tr style={{ color: '#4d4f5c' }}>
            <th style={{ ...cell, textAlign: 'left' }}>{w('item', 'Item')}</th>
            <th style={num}>{w('available', 'Available')}</th>
            <th style={num}>{w('threshold', 'Threshold')}</th>
            <th style={num}>{w('reorder', 'Reorder')}</th>
          </tr>
        </thead>
        <tbody>
          {data.items.map((i) => (
            <tr key={i.inventoryItemId}>
              <td style={cell}>
                <a href={`${rootPath}/resources/InventoryItem/records/${i.inventoryItemId}/show`} style={{ color: '#3040d6' }}>{i.title}</a>
                {i.sku ? <span style={{ color: '#898a9a', marginLeft: 6 }}>{i.sku}</span> : null}
              </td>
              <td style={{ ...num, color: i.available <= 0 ? '#c20012' : '#8a5300', fontWeight: 600 }}>{i.available}</td>
              <td style={num}>{i.threshold}</td>
              <td style={num}>{i.suggested}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div style={{ display: 'flex', justifyContent: 'space-between', marginTop: 10, fontSize: 13 }}>
        <span style={{ color: '#4d4f5c' }}>{data.total > data.items.length
          ? w('someOf', '{{shown}} of {{total}} low items', { shown: data.items.length, total: data.total })
          : data.total === 1 ? w('one', '1 low item') : w('many', '{{total}} low items', { total: data.total })}</span>
        <a href={`${rootPath}${data.csv}`} style={{ color: '#3040d6' }} download>{w('download', 'Download the reorder list (CSV)')}</a>
      </div>
    </div>
  );
};

export default LowStockWidget;
