// Every kind of timeline / audit entry the code writes reads in French. The kinds are found in the
// source (each `action: '…'` where an AuditEvent is written, Counter's and the built-in plugins'), so a
// new kind without a sample here fails; each sample, written as its service writes it, must come out
// reworded with no English word of the template left.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { timelineEntry, type Phrases } from '../../src/components/timeline-words.js';
import { fraudLocales } from '../../src/plugins-builtin/fraud-signals/words.js';

// The built-in plugins' phrases, as AdminJS serves them with their locales.
const phrases: Phrases = fraudLocales.fr.components.timeline;

/** Entries as the services write them (data in them: names, emails, titles, free text). */
const SAMPLES: Record<string, string[]> = {
  'order.placed': ['Order #1001 placed'],
  'order.fulfilled': ['Fulfilled 1 item', 'Fulfilled 3 items · Colissimo 6A123'],
  'order.captured': ['Captured €1,058.00'],
  'order.refunded': ['Refunded €29.00 (1 × Linen apron, shipping €4.90) · restocked · Wrong size', 'Refunded €4.90 (shipping €4.90)'],
  'order.cancelled': ['Cancelled (customer) · restocked · refunded €136.90', 'Cancelled (fraud) · voided €20.00', 'Cancelled (other)'],
  'order.duplicated': ['Duplicated as draft order #D12'],
  'draft.completed': ['Created from draft order #D12 · marked as paid', 'Created from draft order #D12 · payment pending'],
  'draft.invoice_sent': ['Invoice sent to ada@example.test'],
  'order.tagged': ['Added tags: gift, vip'],
  'order.untagged': ['Removed tags: gift'],
  'order.archived': ['Archived'],
  'order.unarchived': ['Unarchived'],
  'order.held': ['Fulfilment on hold: fraud review', 'Fulfilment on hold: customer asked to wait'],
  'order.hold_released': ['Fulfilment hold released'],
  'order.edited': [
    'Edited: Linen apron 3 → 2, removed Wool scarf, added 2 × Mug · total €136.90 → €62.90 · refund owed €74.00',
    'Edited: added 1 × Mug · total €10.00 → €22.00 · balance due €12.00',
    'Edited: Linen apron 1 → 2 · total €10.00 → €10.00',
  ],
  'order.details_edited': ['Details edited (email, note, shippingCity)', 'Details edited'],
  'order.risk_scored': [
    'Fraud risk 0/100 (low)',
    'Fraud risk 30/100 (medium): Billing country FR differs from shipping country DE (+30)',
    "Fraud risk 100/100 (high): Billing country FR differs from shipping country DE (+30); First order from a@b.test, €1,500.00 is 3.2× the shop's average order (€468.75) (+25); 9 orders from a@b.test within 24 hours (+40); 9 orders to 1 rue Bleue, 75009 within 24 hours, from 4 different emails (+25)",
    'Fraud risk 25/100 (low): First order from a@b.test, €600.00 is above €500.00 (+25)',
  ],
  'stock.adjusted': ['Stock of MUG-RED: 4 → 10 · delivery', 'Stock of Linen apron: 3 → 0'],
  'products.imported': ['CSV import: 2 created, 1 updated, stock changed on 1 item', 'CSV import: 0 created, 5 updated, stock changed on 3 items'],
  'checkout.abandoned': ['Checkout abandoned by ada@example.test'],
  'checkout.recovery_sent': ['Recovery email sent to ada@example.test'],
};

// The templates' English words (data in the samples aside: titles, emails, free text); "stock", "CSV" and "total" are French too.
const ENGLISH = /\b(Order|placed|Fulfilled|items?|Captured|Refunded|shipping|restocked|Cancelled|refunded|voided|Duplicated|draft|Created|marked|paid|payment|pending|Invoice|sent|Added|Removed|tags|Archived|Unarchived|Fulfilment|hold|released|Edited|removed|added|balance|due|refund|owed|Details|edited|Fraud|risk|low|medium|high|Billing|country|differs|First|order|orders|from|within|hours|different|emails|average|above|of|import|created|updated|changed|on|Checkout|abandoned|by|Recovery|email|to|fraud|review)\b/;
const DATA = /Linen apron|Wool scarf|Mug|Colissimo 6A123|Wrong size|gift|vip|customer asked to wait|ada@example\.test|a@b\.test|1 rue Bleue|MUG-RED|delivery|shippingCity/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every `action: '…'` (or `action: x ? '…' : '…'`) in a file that writes AuditEvents. */
function writtenKinds(): Map<string, string> {
  const kinds = new Map<string, string>();
  for (const file of sourceFiles('src')) {
    const source = readFileSync(file, 'utf8');
    if (!/auditEvent\.create|recordEvent\(/.test(source)) continue;
    for (const [, expression] of source.matchAll(/\baction: ([^,}]+)/g)) {
      for (const [, kind] of expression.matchAll(/'([a-z_]+\.[a-z_]+)'/g)) kinds.set(kind, file);
    }
  }
  return kinds;
}

test('the source writes only kinds of entries that have French samples here', () => {
  const kinds = writtenKinds();
  expect(kinds.size).toBeGreaterThan(15);
  expect([...kinds].filter(([kind]) => !SAMPLES[kind]).map(([kind, file]) => `${kind} (${file})`)).toEqual([]);
});

test.each(Object.entries(SAMPLES))('%s reads in French', (_kind, samples) => {
  for (const english of samples) {
    const french = timelineEntry('fr', english, phrases);
    expect({ english, french, left: ENGLISH.exec(french.replace(DATA, ' '))?.[0] ?? null }).toEqual({ english, french, left: null });
    expect(french).not.toBe(english);
  }
});

test('amounts are written the French way, and an English page keeps the entry as stored', () => {
  const plain = (s: string) => s.replace(/\s/g, ' ');
  expect(plain(timelineEntry('fr', 'Edited: added 1 × Mug · total €10.00 → €1,022.00 · balance due €1,012.00', phrases))).toBe('Modifiée : ajouté 1 × Mug · total 10,00 € → 1 022,00 € · reste à payer 1 012,00 €');
  expect(plain(timelineEntry('fr', 'Cancelled (fraud) · voided €20.00'))).toBe('Annulée (fraude) · autorisation annulée 20,00 €');
  expect(timelineEntry('fr', 'Details edited (email, note)')).toBe('Détails modifiés (e-mail, note)');
  expect(timelineEntry('en', 'Fraud risk 0/100 (low)', phrases)).toBe('Fraud risk 0/100 (low)');
});
