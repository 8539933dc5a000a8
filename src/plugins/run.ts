// The running side of plugins: their event subscribers on the app's bus, and their timers.
import type { CounterContext, CounterPlugin } from './api.js';
import type { DomainEvent, DomainEventName, EventBus } from './events.js';
import { errorLine, type PluginHealth } from './health.js';
import { announceAbandonedCheckouts } from '../services/checkouts/abandoned.js';

const SWEEP_MS = 10 * 60 * 1000;

export function subscribePlugins(plugins: CounterPlugin[], bus: EventBus, ctx: CounterContext): void {
  for (const plugin of plugins) {
    for (const [type, handler] of Object.entries(plugin.events ?? {})) {
      const run = handler as (event: DomainEvent, ctx: CounterContext) => Promise<void>;
      bus.subscribe(plugin.name, type as DomainEventName, (event) => run(event, ctx));
    }
  }
}

/** Calls each plugin's start(ctx); one that throws is disabled (one log line), the others start. */
export function startPlugins(plugins: CounterPlugin[], ctx: CounterContext, health: PluginHealth): () => void {
  const stops: Array<() => void> = [];
  for (const plugin of plugins) {
    if (!plugin.start || !health.isEnabled(plugin.name)) continue;
    try {
      const stop = plugin.start(ctx, { every: (ms, job) => void stops.push(every(plugin.name, health, ms, job)) });
      if (typeof stop === 'function') stops.push(stop);
    } catch (error) {
      health.fail(plugin.name, 'start', error);
    }
  }
  // checkout.abandoned comes from a sweep; it runs only when some plugin listens.
  if (plugins.some((p) => p.events?.['checkout.abandoned'])) {
    const timer = setInterval(() => void announceAbandonedCheckouts(ctx.shop).catch((e: unknown) => console.error(`counter: abandoned-checkout sweep failed: ${errorLine(e)}`)), SWEEP_MS);
    timer.unref();
    stops.push(() => clearInterval(timer));
  }
  return () => {
    for (const stop of stops) {
      try {
        stop();
      } catch (error) {
        console.error(`counter: stopping a plugin failed: ${errorLine(error)}`);
      }
    }
  };
}

/**
 * A plugin's periodic job: runs `job` every intervalMs (and once soon after start), never twice at
 * once; a job that throws disables the plugin like a failing subscriber.
 */
function every(plugin: string, health: PluginHealth, intervalMs: number, job: () => Promise<unknown>): () => void {
  let running = false;
  const tick = () => {
    if (running || !health.isEnabled(plugin)) return;
    running = true;
    job()
      .catch((error: unknown) => health.fail(plugin, 'its timer', error))
      .finally(() => (running = false));
  };
  const first = setTimeout(tick, 5_000);
  const timer = setInterval(tick, intervalMs);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
