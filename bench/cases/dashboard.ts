// The dashboard home as the browser asks for it: the cards, then every figure at once (last 7 days).
import type { ListCase } from './types.js';

export const dashboardHome: ListCase = {
  kind: 'timed',
  id: 'dashboard-home',
  title: 'dashboard home, all figures (7 days)',
  target: '< 300 ms',
  counter: (ctx) => async () => {
    const { figures } = await ctx.counter.json<{ figures: string[] }>('/api/dashboard/cards');
    await Promise.all(figures.map((id) => ctx.counter.json(`/api/dashboard/figures/${id}?period=7d`)));
    return figures.length;
  },
  met: (m) => m.counter.median < 300,
};
