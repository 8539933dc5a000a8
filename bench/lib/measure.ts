// Timing: a few warm-up calls, then N timed calls one after the other; median and p95 in ms.
export interface Timing {
  median: number;
  p95: number;
  min: number;
  runs: number;
}

export async function timeIt(fn: () => Promise<unknown>, { runs, warmup = 5 }: { runs: number; warmup?: number }): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)];
  return { median: round(at(0.5)), p95: round(at(0.95)), min: round(times[0]), runs };
}

export const round = (ms: number) => Math.round(ms * 10) / 10;
