// Fraud signals as explainable rules: each looks at the new order and what the shop saw before it,
// and either stays silent or adds points with a sentence a person can check. Pure functions.
import { formatMoney } from '../../services/money.js';

export interface OrderFacts {
  totalCents: number;
  currency: string;
  email: string;
  billingCountry: string | null;
  shippingCountry: string | null;
  /** "12 rue de la Paix, 75002" or null without a shipping address. */
  shippingAddress: string | null;
}

export interface History {
  /** Earlier orders from this email (any time). */
  earlierOrdersFromEmail: number;
  /** Orders from this email in the 24 hours up to this one, this one included. */
  ordersFromEmail24h: number;
  /** Orders to this shipping address in the 24 hours up to this one, this one included, and their distinct emails. */
  ordersToAddress24h: number;
  emailsToAddress24h: number;
  /** The shop's average order total over the last 90 days (null with fewer than 10 orders). */
  averageOrderCents: number | null;
}

export interface Signal {
  rule: string;
  points: number;
  reason: string;
}

export const HIGH_VALUE_FACTOR = 3;
/** Without enough history, a first order above this is "unusually high". */
export const HIGH_VALUE_FALLBACK_CENTS = 50_000;

type Rule = (order: OrderFacts, history: History) => Signal | null;

export const countriesDiffer: Rule = (o) =>
  o.billingCountry && o.shippingCountry && o.billingCountry.trim().toUpperCase() !== o.shippingCountry.trim().toUpperCase()
    ? { rule: 'countries', points: 30, reason: `Billing country ${o.billingCountry} differs from shipping country ${o.shippingCountry}` }
    : null;

export const firstOrderHighValue: Rule = (o, h) => {
  if (h.earlierOrdersFromEmail > 0) return null;
  const limit = h.averageOrderCents ? h.averageOrderCents * HIGH_VALUE_FACTOR : HIGH_VALUE_FALLBACK_CENTS;
  if (o.totalCents < limit) return null;
  const money = (n: number) => formatMoney(n, o.currency);
  const compared = h.averageOrderCents
    ? `${(o.totalCents / h.averageOrderCents).toFixed(1)}× the shop's average order (${money(h.averageOrderCents)})`
    : `above ${money(HIGH_VALUE_FALLBACK_CENTS)}`;
  return { rule: 'first-high-value', points: 25, reason: `First order from ${o.email}, ${money(o.totalCents)} is ${compared}` };
};

export const manyOrdersFromEmail: Rule = (o, h) =>
  h.ordersFromEmail24h >= 3
    ? { rule: 'email-velocity', points: Math.min(40, 20 + 10 * (h.ordersFromEmail24h - 3)), reason: `${h.ordersFromEmail24h} orders from ${o.email} within 24 hours` }
    : null;

export const manyOrdersToAddress: Rule = (o, h) =>
  o.shippingAddress && h.ordersToAddress24h >= 3 && h.emailsToAddress24h >= 2
    ? { rule: 'address-velocity', points: 25, reason: `${h.ordersToAddress24h} orders to ${o.shippingAddress} within 24 hours, from ${h.emailsToAddress24h} different emails` }
    : null;

export const RULES: Rule[] = [countriesDiffer, firstOrderHighValue, manyOrdersFromEmail, manyOrdersToAddress];

export interface Risk {
  score: number;
  level: 'low' | 'medium' | 'high';
  signals: Signal[];
}

export const riskLevel = (score: number): Risk['level'] => (score >= 60 ? 'high' : score >= 30 ? 'medium' : 'low');

/** The score is the sum of the signals' points, at most 100. */
export function assessRisk(order: OrderFacts, history: History): Risk {
  const signals = RULES.map((rule) => rule(order, history)).filter((s): s is Signal => s !== null);
  const score = Math.min(100, signals.reduce((n, s) => n + s.points, 0));
  return { score, level: riskLevel(score), signals };
}

/** One line per signal, as stored on the order and shown in the badge: "… (+30)". */
export const describeSignals = (signals: Signal[]) => signals.map((s) => `${s.reason} (+${s.points})`).join('\n');
