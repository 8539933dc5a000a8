// Strict readers for what forms and API callers send: a count or an id is a JSON whole number or a
// string of decimal digits. Arrays, booleans, hex ("0x2"), exponents ("1e0") and blanks are refused,
// where Number() would quietly turn them into a count.
import { z } from 'zod';

const INT_MAX = 2 ** 31 - 1;
const DIGITS = /^\s*-?\d{1,10}\s*$/;

/** A whole number, negative or not, that a 32-bit column holds, as a number or digits; `message` when it is anything else. */
export const integer = (message: string) =>
  z.union([z.number(), z.string()], { error: message })
    .refine((v) => (typeof v === 'number' ? Number.isInteger(v) : DIGITS.test(v)), { message })
    .transform(Number)
    .pipe(z.number().int(message).min(-INT_MAX, 'is too small').max(INT_MAX, 'is too large'));

/** A whole number ≥ 0 that a 32-bit column holds; `message` when it is anything else. */
export const wholeNumber = (message: string, negative = 'cannot be negative') => integer(message).pipe(z.number().min(0, negative));

/** A record's id: a whole number from 1. */
export const recordId = wholeNumber('must be a record id').pipe(z.number().min(1, 'must be a record id'));

/** Reads one value with a schema; the first problem becomes `what` + its message. */
export function readStrict<T>(schema: z.ZodType<T>, value: unknown, what: string, refuse: (message: string) => Error): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw refuse(`${what} ${parsed.error.issues[0].message}.`);
  return parsed.data;
}

/** A yes/no a form sends: true, false, "true", "false", or nothing (the default). */
export function readFlag(value: unknown, what: string, refuse: (message: string) => Error, fallback = false): boolean {
  if (value === undefined || value === null || value === '') return fallback;
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  throw refuse(`${what} must be yes or no.`);
}
