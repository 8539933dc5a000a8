// What happens to an order after it is placed. Recent orders are still open; older ones are
// mostly paid and shipped, with the usual share of returns, cancellations and loose ends.
import type { Rng } from './random.js';

export type Scenario =
  | 'pending' // awaiting a bank transfer: PENDING / UNFULFILLED
  | 'pendingCancelled' // transfer never came: PENDING, cancelled
  | 'declinedCancelled' // card declined: PENDING, cancelled
  | 'authorized' // AUTHORIZED / UNFULFILLED
  | 'authorizedFulfilled' // shipped, capture still to do: AUTHORIZED / FULFILLED
  | 'voided' // authorized then cancelled: VOIDED
  | 'paidUnfulfilled' // PAID / UNFULFILLED
  | 'paidPartial' // PAID / PARTIALLY_FULFILLED
  | 'paidFulfilled' // PAID / FULFILLED
  | 'partiallyPaid' // shipped part, captured part: PARTIALLY_PAID / PARTIALLY_FULFILLED
  | 'deposit' // trade deposit: PARTIALLY_PAID / UNFULFILLED
  | 'partiallyRefunded' // a return: PARTIALLY_REFUNDED / FULFILLED
  | 'goodwill' // money back without items: PARTIALLY_REFUNDED / FULFILLED
  | 'refunded' // everything returned: REFUNDED / FULFILLED
  | 'paidCancelled'; // paid, then cancelled and refunded: REFUNDED, cancelled

type Weights = Partial<Record<Scenario, number>>;

const FRESH: Weights = { pending: 8, authorized: 28, paidUnfulfilled: 60, declinedCancelled: 2, voided: 1, paidFulfilled: 1 };
const TODAY: Weights = {
  pending: 6, authorized: 16, paidUnfulfilled: 48, paidFulfilled: 16, paidPartial: 4, authorizedFulfilled: 3, voided: 1,
  declinedCancelled: 1.5, pendingCancelled: 0.5, deposit: 1, paidCancelled: 1, partiallyPaid: 1,
};
const THIS_WEEK: Weights = {
  pending: 3, authorized: 4, authorizedFulfilled: 3, paidUnfulfilled: 9, paidPartial: 5, paidFulfilled: 64, partiallyPaid: 1.5,
  deposit: 1, voided: 1.5, pendingCancelled: 1.5, declinedCancelled: 1, paidCancelled: 1.5, partiallyRefunded: 2, goodwill: 1,
};
const SETTLED: Weights = {
  pending: 0.6, authorized: 0.3, authorizedFulfilled: 0.3, paidUnfulfilled: 0.5, paidPartial: 1.2, paidFulfilled: 84,
  partiallyPaid: 0.6, deposit: 0.4, voided: 1.2, pendingCancelled: 1.2, declinedCancelled: 0.8, paidCancelled: 1.2,
  partiallyRefunded: 3, goodwill: 1, refunded: 1.5,
};

export function chooseScenario(rng: Rng, ageDays: number, wholesale: boolean): Scenario {
  const base = ageDays < 0.1 ? FRESH : ageDays < 1 ? TODAY : ageDays < 5 ? THIS_WEEK : SETTLED;
  const weights = wholesale && base.deposit ? { ...base, deposit: base.deposit * 6, partiallyPaid: (base.partiallyPaid ?? 0) * 2 } : base;
  return rng.choose(weights as Record<Scenario, number>);
}

/** One order of each kind is forced so that even a small shop shows every status combination. */
export const SHOWCASE: { scenario: Scenario; archived: boolean }[] = [
  ...(['pending', 'pendingCancelled', 'declinedCancelled', 'authorized', 'authorizedFulfilled', 'voided', 'paidUnfulfilled',
    'paidPartial', 'paidFulfilled', 'partiallyPaid', 'deposit', 'partiallyRefunded', 'goodwill', 'refunded', 'paidCancelled'] as const)
    .map((scenario) => ({ scenario, archived: false })),
  { scenario: 'paidFulfilled', archived: true },
  { scenario: 'refunded', archived: true },
  { scenario: 'partiallyRefunded', archived: true },
  { scenario: 'paidCancelled', archived: true },
];

/** Scenarios that end with units still committed (placed, neither shipped nor released). */
export const LEAVES_COMMITMENT = new Set<Scenario>(['pending', 'authorized', 'paidUnfulfilled', 'paidPartial', 'partiallyPaid', 'deposit']);
/** Scenarios needing at least two units (part shipped, part not). */
export const NEEDS_TWO_UNITS = new Set<Scenario>(['paidPartial', 'partiallyPaid']);
export const CANCELLED = new Set<Scenario>(['pendingCancelled', 'declinedCancelled', 'voided', 'paidCancelled']);
/** Settled orders that a merchant typically archives. */
export const ARCHIVABLE = new Set<Scenario>(['paidFulfilled', 'partiallyRefunded', 'goodwill', 'refunded', ...CANCELLED]);
