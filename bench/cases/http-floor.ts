// What any logged-in answer costs before any work: the session read and a tiny JSON answer, over
// HTTP on loopback. Against a raw query that takes a fraction of a millisecond, it is the real floor.
import type { ListCase } from './types.js';

export const httpFloor: ListCase = {
  kind: 'timed',
  id: 'http-floor',
  title: 'HTTP floor: a logged-in request doing nothing',
  target: 'none (the floor of every HTTP figure)',
  counter: (ctx) => async () => (await ctx.counter.get('/../health')).status,
  met: () => null,
};
