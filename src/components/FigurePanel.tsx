// A figure's frame: title, a line of context, and a Chart / Table switch (every chart has a table).
import React, { useState } from 'react';
import { Box, Button, H4, Text } from '@adminjs/design-system';
import { useWords } from './use-words.js';

export interface FigurePanelProps {
  id: string;
  title: string;
  subtitle?: string;
  loading?: boolean;
  error?: string;
  chart: () => React.ReactNode;
  table: () => React.ReactNode;
  wide?: boolean;
}

export const FigurePanel: React.FC<FigurePanelProps> = ({ id, title, subtitle, loading, error, chart, table, wide }) => {
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const { w } = useWords('FigurePanel');
  return (
    <Box variant="white" padding="lg" data-figure={id} style={{ borderRadius: 8, gridColumn: wide ? '1 / -1' : undefined, minWidth: 0 }}>
      <Box flex flexDirection="row" justifyContent="space-between" alignItems="center" mb="default">
        <Box>
          <H4 mb="sm">{title}</H4>
          {subtitle ? <Text color="grey60" fontSize="sm">{subtitle}</Text> : null}
        </Box>
        <Box flex flexDirection="row" style={{ gap: 4 }}>
          <Button size="sm" variant={view === 'chart' ? 'contained' : 'outlined'} onClick={() => setView('chart')} aria-pressed={view === 'chart'}>{w('chart', 'Chart')}</Button>
          <Button size="sm" variant={view === 'table' ? 'contained' : 'outlined'} onClick={() => setView('table')} aria-pressed={view === 'table'}>{w('table', 'Table')}</Button>
        </Box>
      </Box>
      {error ? <Text color="error">{error}</Text> : loading ? <Text color="grey60">{w('loading', 'Loading…')}</Text> : view === 'chart' ? chart() : table()}
    </Box>
  );
};

/** A plain table: headers, then rows of cells (numbers right-aligned). */
export const PlainTable: React.FC<{ head: string[]; rows: Array<Array<React.ReactNode>>; empty?: string }> = ({ head, rows, empty }) =>
  rows.length === 0 ? (
    <Text color="grey60"><Nothing text={empty} /></Text>
  ) : (
    <table style={{ width: '100%', borderCollapse: 'collapse', fontSize: 13 }}>
      <thead>
        <tr>{head.map((h, i) => <th key={h} style={{ textAlign: i === 0 ? 'left' : 'right', padding: '6px 8px', borderBottom: '1px solid #ddd' }}>{h}</th>)}</tr>
      </thead>
      <tbody>
        {rows.map((row, r) => (
          <tr key={r}>{row.map((cell, i) => <td key={i} style={{ textAlign: i === 0 ? 'left' : 'right', padding: '6px 8px', borderBottom: '1px solid #f0f0f0' }}>{cell}</td>)}</tr>
        ))}
      </tbody>
    </table>
  );

const Nothing: React.FC<{ text?: string }> = ({ text }) => {
  const { w } = useWords('FigurePanel');
  return <>{text ?? w('nothing', 'Nothing in this period.')}</>;
};

export const Empty: React.FC<{ text?: string }> = ({ text }) => <Text color="grey60" py="xl"><Nothing text={text} /></Text>;
