// Which plugins are still running. A plugin whose code throws (at load, in a subscriber, in its
// timer) is disabled for the rest of the process with one log line; the admin keeps running.
export class PluginHealth {
  private readonly disabled = new Map<string, string>();

  constructor(private readonly log: (line: string) => void = (line) => console.error(line)) {}

  isEnabled(plugin: string): boolean {
    return !this.disabled.has(plugin);
  }

  /** Why the plugin was disabled, or undefined. */
  reason(plugin: string): string | undefined {
    return this.disabled.get(plugin);
  }

  fail(plugin: string, where: string, error: unknown): void {
    if (this.disabled.has(plugin)) return;
    const why = `${where} threw: ${errorLine(error)}`;
    this.disabled.set(plugin, why);
    this.log(`counter: plugin "${plugin}" disabled: ${why}`);
  }

  /** A plugin that never started (cannot be imported, invalid definition). */
  skip(plugin: string, why: string): void {
    this.disabled.set(plugin, why);
    this.log(`counter: plugin "${plugin}" not loaded: ${why}`);
  }
}

export const errorLine = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split('\n')[0];
