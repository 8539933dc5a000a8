import { bucketsOf, parsePeriod } from '../../../src/services/dashboard/period.js';
import { InvalidInput } from '../../../src/services/errors.js';

const NOW = new Date('2026-06-17T15:30:00Z');
const iso = (d: Date) => d.toISOString();

test('fixed periods end now and compare with the same window moved back', () => {
  const week = parsePeriod({ period: '7d' }, NOW);
  expect([iso(week.current.from), iso(week.current.to)]).toEqual(['2026-06-11T00:00:00.000Z', '2026-06-17T15:30:00.000Z']);
  expect([iso(week.previous.from), iso(week.previous.to)]).toEqual(['2026-06-04T00:00:00.000Z', '2026-06-10T15:30:00.000Z']);
  expect(week).toMatchObject({ days: 7, bucket: 'day' });
  expect(bucketsOf(week.current, 'day')).toEqual(['2026-06-11', '2026-06-12', '2026-06-13', '2026-06-14', '2026-06-15', '2026-06-16', '2026-06-17']);

  const today = parsePeriod({ period: 'today' }, NOW);
  expect([iso(today.current.from), iso(today.previous.from), iso(today.previous.to)]).toEqual(['2026-06-17T00:00:00.000Z', '2026-06-16T00:00:00.000Z', '2026-06-16T15:30:00.000Z']);
  expect(today.bucket).toBe('hour');
  expect(bucketsOf(today.current, 'hour')).toHaveLength(16);

  expect(parsePeriod({}, NOW).key).toBe('7d');
  expect(parsePeriod({ period: '90d' }, NOW).days).toBe(90);
});

test('custom periods include both days', () => {
  const p = parsePeriod({ period: 'custom', from: '2026-06-01', to: '2026-06-10' }, NOW);
  expect([iso(p.current.from), iso(p.current.to)]).toEqual(['2026-06-01T00:00:00.000Z', '2026-06-11T00:00:00.000Z']);
  expect([iso(p.previous.from), iso(p.previous.to)]).toEqual(['2026-05-22T00:00:00.000Z', '2026-06-01T00:00:00.000Z']);
  expect(parsePeriod({ period: 'custom', from: '2026-06-05', to: '2026-06-05' }, NOW)).toMatchObject({ days: 1, bucket: 'hour' });
});

test.each([
  [{ period: 'yesterday' }, 'period: "yesterday" is not one of today, 7d, 30d, 90d, custom.'],
  [{ period: ['7d', '30d'] }, 'is not one of'],
  [{ period: 'custom', to: '2026-06-10' }, 'from is required with period=custom'],
  [{ period: 'custom', from: '2026-02-30', to: '2026-03-02' }, 'from: "2026-02-30" is not a date'],
  [{ period: 'custom', from: '2026-06-10', to: '2026-06-01' }, 'to is before from'],
  [{ period: 'custom', from: '2024-01-01', to: '2026-01-01' }, 'at most 366 days'],
  [{ period: '7d', from: '2026-06-01' }, 'from and to go with period=custom only'],
])('refuses %j with a clear 422', (query, message) => {
  let error: unknown;
  try {
    parsePeriod(query, NOW);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(InvalidInput);
  expect((error as InvalidInput).status).toBe(422);
  expect((error as Error).message).toContain(message);
});
