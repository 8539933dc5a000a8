// The dashboard's period picker: today, the last 7/30/90 days, or custom dates, each compared
// with the same span just before it. Days are UTC days: Counter has no shop timezone setting yet.
import { InvalidInput } from '../errors.js';

export const PERIODS = ['today', '7d', '30d', '90d', 'custom'] as const;
export type PeriodKey = (typeof PERIODS)[number];

/** [from, to): from included, to excluded. */
export interface Range {
  from: Date;
  to: Date;
}

export interface Period {
  key: PeriodKey;
  current: Range;
  /** The same span, `days` days earlier. */
  previous: Range;
  /** Calendar days the period spans (today counts as one). */
  days: number;
  /** Chart points: hours for a single day, days otherwise. */
  bucket: 'hour' | 'day';
}

export interface PeriodQuery {
  period?: unknown;
  from?: unknown;
  to?: unknown;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** A year and a day: enough for "this year against last year" without scanning the whole history. */
export const MAX_CUSTOM_DAYS = 366;
const FIXED_DAYS: Record<Exclude<PeriodKey, 'custom'>, number> = { today: 1, '7d': 7, '30d': 30, '90d': 90 };

const startOfUtcDay = (at: Date) => new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
const shift = (range: Range, days: number): Range => ({ from: new Date(range.from.getTime() - days * DAY_MS), to: new Date(range.to.getTime() - days * DAY_MS) });

/** "2026-11-23" → that UTC midnight; anything else is a 422 naming the parameter. */
function parseDay(name: string, raw: unknown): Date {
  if (typeof raw !== 'string' || raw.trim() === '') throw new InvalidInput(`${name} is required with period=custom (write it like 2026-01-31).`);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw.trim());
  const day = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!day || day.toISOString().slice(0, 10) !== raw.trim()) throw new InvalidInput(`${name}: "${raw}" is not a date (write it like 2026-01-31).`);
  return day;
}

/**
 * today, 7d, 30d, 90d: that many calendar days ending now (today included, up to this moment);
 * custom: from and to, both whole days included. The comparison is the same window moved back.
 */
export function parsePeriod(query: PeriodQuery, now: Date = new Date()): Period {
  const raw = query.period ?? '7d';
  if (typeof raw !== 'string' || !(PERIODS as readonly string[]).includes(raw)) {
    throw new InvalidInput(`period: "${String(raw)}" is not one of ${PERIODS.join(', ')}.`);
  }
  const key = raw as PeriodKey;
  if (key !== 'custom') {
    if ((query.from ?? '') !== '' || (query.to ?? '') !== '') throw new InvalidInput('from and to go with period=custom only.');
    const days = FIXED_DAYS[key];
    const current = { from: new Date(startOfUtcDay(now).getTime() - (days - 1) * DAY_MS), to: now };
    return { key, current, previous: shift(current, days), days, bucket: days === 1 ? 'hour' : 'day' };
  }
  const from = parseDay('from', query.from);
  const lastDay = parseDay('to', query.to);
  if (lastDay < from) throw new InvalidInput('to is before from: pick the first day, then the last.');
  const days = Math.round((lastDay.getTime() - from.getTime()) / DAY_MS) + 1;
  if (days > MAX_CUSTOM_DAYS) throw new InvalidInput(`A custom period spans at most ${MAX_CUSTOM_DAYS} days (this one spans ${days}).`);
  const current = { from, to: new Date(lastDay.getTime() + DAY_MS) };
  return { key, current, previous: shift(current, days), days, bucket: days === 1 ? 'hour' : 'day' };
}

/** The chart's bucket labels of a range: "2026-11-23" per day, or "2026-11-23T14" per hour (UTC). */
export function bucketsOf(range: Range, bucket: Period['bucket']): string[] {
  const step = bucket === 'hour' ? DAY_MS / 24 : DAY_MS;
  const first = bucket === 'hour' ? Math.floor(range.from.getTime() / step) * step : startOfUtcDay(range.from).getTime();
  const labels: string[] = [];
  for (let t = first; t < range.to.getTime(); t += step) labels.push(bucketLabel(new Date(t), bucket));
  return labels;
}

export const bucketLabel = (at: Date, bucket: Period['bucket']) => at.toISOString().slice(0, bucket === 'hour' ? 13 : 10);
