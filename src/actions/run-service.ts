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
  } catch (error) {
    if (!(error instanceof ShopError)) throw error;
    (response as Response | undefined)?.status?.(error.status);
    const language = languageOf((response as Response | undefined)?.req?.session?.adminUser?.locale); // the staff member's
    return { ...unchanged, notice: { message: refusalIn(language, error.message), type: 'error' } };
  }
}
