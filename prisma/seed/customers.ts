// Customers with one or two addresses; a weight says how often each one orders.
import { COUNTRIES, COUNTRY_WEIGHTS, emailFor, makeAddress, type PostalAddress } from './places.js';
import { cumulative, DAY, type Rng } from './random.js';
import type { Batch } from './tables.js';
import type { Ids } from './ids.js';

export interface Shopper {
  id: number | null; // null for a guest
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  vip: boolean;
  wholesale: boolean;
  acceptsMarketing: boolean;
  createdAt: number;
  addresses: PostalAddress[];
}

export interface CustomerBook {
  customers: Shopper[];
  /** Cumulative order weights, parallel to customers (0-weight customers never order). */
  weights: Float64Array;
}

const NOTES = [
  'Prefers delivery after 6 pm.',
  'Met at the Paris design fair.',
  'No scented samples please (allergic to lavender).',
  'Wholesale account: net 30 terms agreed by email.',
  'Asks for invoices showing the VAT number.',
  'Sent a lovely thank-you note last spring.',
  'Returns often; double-check sizing before shipping.',
  'Add a handwritten card to every parcel.',
  'Neighbour at no. 14 accepts parcels.',
];

const gaussian = (rng: Rng) => Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());

/** How unevenly customers order: the spread of their log-normal order weights (the demo's default). */
export const ORDER_SKEW = 0.8;

// Another skew caps weights at 3 standard deviations, so that no one customer takes thousands of orders.
const orderWeight = (z: number, skew: number) => Math.exp((skew === ORDER_SKEW ? z : Math.min(z, 3)) * skew);

/** `skew` above the default: a few loyal customers order far more, most others once or never. */
export function buildCustomers(rng: Rng, batch: Batch, ids: Ids, now: number, count: number, skew = ORDER_SKEW): CustomerBook {
  const emails = new Set<string>();
  const customers: Shopper[] = [];
  const weights: number[] = [];
  for (let i = 0; i < count; i++) {
    const country = COUNTRIES[rng.weighted(COUNTRY_WEIGHTS)];
    const firstName = rng.pick(country.first);
    const lastName = rng.pick(country.last);
    let email = emailFor(rng, firstName, lastName);
    for (let k = 2; emails.has(email); k++) email = email.replace(/(\d*)@/, `${k}@`);
    emails.add(email);
    const phone = rng.chance(0.85) ? country.phone(rng) : null;
    const wholesale = rng.chance(0.05);
    const vip = !wholesale && rng.chance(0.09);
    const marketing = rng.chance(0.55);
    const tags = [vip && 'vip', wholesale && 'wholesale', marketing && rng.chance(0.4) && 'newsletter', wholesale && rng.chance(0.5) && 'trade-show']
      .filter(Boolean).join(', ');
    const note = rng.chance(0.12) ? (wholesale ? NOTES[3] : rng.pick(NOTES)) : null;
    const newcomer = rng.chance(0.25);
    const createdAt = Math.round(newcomer ? now - rng.between(1, 118) * DAY : now - (120 + rng.between(0, 700)) * DAY);
    const updatedAt = Math.round(Math.min(now, createdAt + rng.between(0, 90) * DAY));
    const id = ids.next('Customer');
    batch.add('Customer', [id, firstName, lastName, email, phone, marketing, tags, note, createdAt, updatedAt]);

    const company = wholesale ? rng.pick([`${lastName} Concept Store`, `Maison ${lastName}`, `${lastName} & Co`, `Atelier ${lastName}`]) : null;
    const addresses = [makeAddress(rng, country, firstName, lastName, phone, company)];
    if (rng.chance(0.3)) {
      // A second address: work, family, or a holiday home abroad (billing may then differ).
      const other = rng.chance(0.5) ? country : COUNTRIES[rng.weighted(COUNTRY_WEIGHTS)];
      addresses.push(makeAddress(rng, other, firstName, lastName, phone, company));
    }
    addresses.forEach((a, k) =>
      batch.add('Address', [ids.next('Address'), id, a.firstName, a.lastName, a.company, a.address1, a.address2, a.city, a.province, a.zip, a.country, a.phone, k === 0]),
    );
    customers.push({ id, firstName, lastName, email, phone, vip, wholesale, acceptsMarketing: marketing, createdAt, addresses });
    const dormant = rng.chance(0.12);
    weights.push(dormant ? 0 : orderWeight(gaussian(rng), skew) * (vip ? 3 : 1) * (wholesale ? 3 : 1));
  }
  return { customers, weights: cumulative(weights) };
}

/** A one-off buyer who checked out without an account. */
export function guest(rng: Rng, now: number): Shopper {
  const country = COUNTRIES[rng.weighted(COUNTRY_WEIGHTS)];
  const firstName = rng.pick(country.first);
  const lastName = rng.pick(country.last);
  const email = emailFor(rng, firstName, lastName).replace('@', `.${rng.digits(3)}@`);
  const phone = rng.chance(0.7) ? country.phone(rng) : null;
  return { id: null, firstName, lastName, email, phone, vip: false, wholesale: false, acceptsMarketing: false, createdAt: now, addresses: [makeAddress(rng, country, firstName, lastName, phone, null)] };
}
