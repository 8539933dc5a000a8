// Order peaks: orders per weekday × hour as a heat map (recharts scatter of coloured squares).
import React from 'react';
import { CartesianGrid, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from 'recharts';
import type { Peaks } from './dashboard-types.js';
import { FigurePanel, PlainTable } from './FigurePanel.js';
import type { Loaded } from './use-dashboard.js';
import { useWords } from './use-words.js';

const DAY_KEYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** White → deep blue by share of the busiest hour. */
const shade = (n: number, max: number) => {
  const t = max ? n / max : 0;
  const mix = (a: number, b: number) => Math.round(a + (b - a) * t);
  return n === 0 ? '#f4f5f8' : `rgb(${mix(220, 30)}, ${mix(230, 64)}, ${mix(255, 214)})`;
};

interface CellProps { cx?: number; cy?: number; payload?: { orders: number } }

export const PeaksHeatmap: React.FC<{ state: Loaded<Peaks> }> = ({ state }) => {
  const peaks = state.data;
  const { w, number } = useWords('PeaksHeatmap');
  const DAYS = DAY_KEYS.map((d) => w(d, d));
  const points = (peaks?.cells ?? []).flatMap((row, day) => row.map((orders, hour) => ({ hour, day, orders })));
  const max = peaks?.max ?? 0;
  const Cell = ({ cx = 0, cy = 0, payload }: CellProps) => <rect className="peak-cell" x={cx - 13} y={cy - 11} width={26} height={22} rx={3} fill={shade(payload?.orders ?? 0, max)} />;
  return (
    <FigurePanel id="peaks" title={w('title', 'Order peaks')} subtitle={w('subtitle', 'Orders placed by weekday and hour (UTC), darker is busier')} loading={state.loading} error={state.error} wide
      chart={() => (
        <ResponsiveContainer width="100%" height={230}>
          <ScatterChart margin={{ top: 5, right: 20, bottom: 5, left: 0 }}>
            <CartesianGrid stroke="transparent" />
            <XAxis type="number" dataKey="hour" domain={[-0.5, 23.5]} ticks={[0, 3, 6, 9, 12, 15, 18, 21]} tickFormatter={(h: number) => `${h}h`} fontSize={11} />
            <YAxis type="number" dataKey="day" domain={[-0.5, 6.5]} ticks={[0, 1, 2, 3, 4, 5, 6]} tickFormatter={(d: number) => DAYS[d] ?? ''} reversed width={40} fontSize={11} />
            <ZAxis dataKey="orders" range={[1, 1]} />
            <Tooltip cursor={false} formatter={(v: number, name: string) => (name === 'day' ? DAYS[v] : name === 'hour' ? `${v}:00` : v)} />
            <Scatter data={points} shape={Cell} isAnimationActive={false} name="orders" />
          </ScatterChart>
        </ResponsiveContainer>
      )}
      table={() => (
        <PlainTable head={[w('day', 'Day'), ...Array.from({ length: 24 }, (_, h) => `${h}h`)]}
          rows={(peaks?.cells ?? []).map((row, d) => [DAYS[d], ...row.map((n) => number(n))])} />
      )}
    />
  );
};
