// The one way an action calls a service: typed refusals become a notice (and a 4xx for API callers),
// anything else is a real error.
import type { ActionContext, ActionResponse } from 'adminjs';
import type { Response } from 'express';
import { ShopError } from '../services/errors.js';
import type { SessionStaff } from '../services/staff.js';
import { refusalIn } from './notices.js';
import { languageOf } from '../shared/i18n.js';

export const staffId = (context: ActionContext): number | null => (context.currentAdmin as SessionStaff | undefined)?.id ?? null;

/**
 * `unchanged` is what AdminJS requires an action of this type to return even on refusal:
 * `{ records: [] }` for bulk actions, `{ record }` for record actions.
 */
export async function runService<R extends ActionResponse>(response: unknown, unchanged: ActionResponse, fn: () => Promise<R>): Promise<R | ActionResponse> {
  try {
    return await fn();
  } catch (caught) {
    const error = caught instanceof ShopError ? caught : ledgerRefusal(caught);
    if (!error) throw caught;
    (response as Response | undefined)?.status?.(error.status);
    const language = languageOf((response as Response | undefined)?.req?.session?.adminUser?.locale); // the staff member's
    return { ...unchanged, notice: { message: refusalIn(language, error.message), type: 'error' } };
  }
}

/** The rule a database refusal names (constraints and triggers of migration *_ledger_constraints are all ledger_*). */
export function ledgerRule(error: unknown): string | null {
  if (!(error instanceof Error)) return null;
  // The driver's own words first (Prisma's message may quote the calling source): SQLite's RAISE reaches
  // Prisma as a "foreign key" error whose adapter cause carries the rule; PostgreSQL names the constraint.
  const rule = (text: string) => /\b(ledger_[a-z_]+)\b/.exec(text)?.[1] ?? null;
  return rule(JSON.stringify((error as { meta?: unknown }).meta ?? null)) ?? rule(error.message.split('\n').filter(Boolean).pop() ?? '');
}

/** A service that broke a ledger rule is a bug, refused by the database: logged in full, told briefly (no SQL). */
function ledgerRefusal(error: unknown): ShopError | null {
  const rule = ledgerRule(error);
  if (!rule) return null;
  console.error(`counter: the database refused a change (${rule}):`, error);
  return new ShopError(`The database refused this change: it would break a ledger rule (${rule}). Nothing was saved.`, 409);
}
