// What a benchmark case is: Counter's endpoint, the raw SQL floor and the vanilla peer for one result.
import type { BenchServer } from '../lib/server.js';
import type { RawDb } from '../lib/raw.js';
import type { Timing } from '../lib/measure.js';

export interface Facts {
  /** The newest order's creation time. */
  newest: string;
  /** The filtered case's range: the 90 days up to the newest order. */
  from: string;
  to: string;
  /** A fragment of a real customer's email, as a manager would type it. */
  emailFragment: string;
  /** A busy order: several lines, payments and a timeline. */
  orderId: number;
  perPage: number;
}

export interface CaseContext {
  provider: 'sqlite' | 'postgresql';
  databaseUrl: string;
  counter: BenchServer;
  vanilla: BenchServer | null;
  raw: RawDb;
  facts: Facts;
  runs: number;
  log(line: string): void;
}

/** One timed way of getting the result; `check` is what it answered, compared across the three. */
export type Probe = () => Promise<unknown>;

export interface ListCase {
  kind: 'timed';
  id: string;
  title: string;
  target: string;
  counter(ctx: CaseContext): Probe;
  raw?(ctx: CaseContext): Probe;
  vanilla?(ctx: CaseContext): Probe;
  /** Whether the target is met, from this case's figures and the others' (by id); null: no target. */
  met(mine: CaseFigures, all: Map<string, CaseFigures>): boolean | null;
}

export interface CaseFigures {
  counter: Timing;
  raw?: Timing;
  vanilla?: Timing;
  /** Anything else the case measured (rows/s, RSS…). */
  extra?: Record<string, number | string>;
}

/** A case measured once, its own way (an export, a bulk action). */
export interface OnceCase {
  kind: 'once';
  id: string;
  title: string;
  target: string;
  run(ctx: CaseContext): Promise<CaseFigures>;
  met(mine: CaseFigures): boolean;
}

export type BenchCase = ListCase | OnceCase;
