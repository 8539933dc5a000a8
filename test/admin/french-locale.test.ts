// The French locale covers everything the admin shows: every resource, every property of every
// resource, every action, every enum value, AdminJS's own words, the screens' words, the notices
// and emails; and each page is served in its staff member's language.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type AdminJS from 'adminjs';
import { startTestShop, type TestShop } from '../support/app.js';
import { pageInLanguage } from '../../src/admin/staff-language.js';
import { screensFr } from '../../src/locales/fr/screens.js';
import { counterEn } from '../../src/locales/en/counter.js';
import { counterFr } from '../../src/locales/fr/counter.js';
import { t } from '../../src/shared/i18n.js';

let shop: TestShop;
let admin: AdminJS;
type Tree = Record<string, unknown>;
let fr: Tree;
let en: Tree;

beforeAll(async () => {
  shop = await startTestShop();
  admin = shop.admin;
  const translations = (admin.options.locale as { translations: Record<string, Tree> }).translations;
  fr = translations.fr;
  en = translations.en;
});
afterAll(() => shop.stop());

const at = (tree: unknown, path: string[]): unknown => path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Tree)[key] : undefined), tree);
/** How AdminJS's translate functions look a word up: the resource's own, then the global one. */
const lookup = (tree: Tree, kind: string, name: string, resourceId?: string) =>
  (resourceId ? at(tree, ['resources', resourceId, kind, name]) : undefined) ?? at(tree, [kind, name]);

function keys(tree: unknown, prefix = ''): string[] {
  if (!tree || typeof tree !== 'object') return [prefix];
  return Object.entries(tree as Tree).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

test('every resource, property, action and enum value has its own French words', () => {
  const missing: string[] = [];
  const same: string[] = [];
  for (const resource of admin.resources) {
    const decorated = resource.decorate();
    const id = decorated.id();
    const name = lookup(fr, 'labels', id);
    if (!name || (name === lookup(en, 'labels', id) && name !== 'Transactions')) missing.push(`labels.${id}`);
    for (const [path, property] of Object.entries(decorated.properties)) {
      const label = lookup(fr, 'properties', path, id);
      if (!label) missing.push(`${id}.properties.${path}`);
      else if (label === lookup(en, 'properties', path, id) && !['Action', 'Description', 'Message', 'Code', 'Position', 'Version', 'Date', 'Image', 'Transactions', 'Type', 'URL', 'HTML', 'Note', 'Options', 'Commandes'].includes(String(label)) && !/^Option \d$/.test(String(label))) same.push(`${id}.${path}: ${String(label)}`);
      for (const option of property.availableValues() ?? []) {
        if (path === 'locale') continue; // language names are written in their own language
        if (!at(fr, ['resources', id, 'labels', path, String(option.value)])) missing.push(`${id}.labels.${path}.${option.value}`);
        if (!at(fr, ['resources', id, 'labels', path, String(option.label)])) missing.push(`${id}.labels.${path}.${option.label}`);
      }
    }
    for (const action of decorated.actions ? Object.values(decorated.actions) : []) {
      if (!lookup(fr, 'actions', action.name, id)) missing.push(`${id}.actions.${action.name}`);
    }
  }
  expect(missing).toEqual([]);
  expect(same).toEqual([]);
});

test("AdminJS's own words, the screens' words and the server's words all exist in French", () => {
  const adminjsEn = JSON.parse(readFileSync(join('node_modules', 'adminjs', 'lib', 'locale', 'en', 'translation.json'), 'utf8')) as Tree;
  const unused = (k: string) => /_title$|_subtitle$|LanguageSelector/.test(k) && !/pageNotFound|componentNotFound/.test(k);
  const adminjsMissing = keys(adminjsEn).filter((k) => !unused(k) && k !== 'resources' && !at(fr, k.split('.')));
  expect(adminjsMissing).toEqual([]);

  // Each w('key', 'English') a screen asks for, under the screen's name (static keys only).
  const dir = join('src', 'components');
  const screenMissing: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.tsx'))) {
    const source = readFileSync(join(dir, file), 'utf8');
    // `const { w } = useWords('Screen')` asks with w('key', …) (a file may hold several screens: any of them);
    // `const common = useWords('Screen')` asks with common.w('key', …).
    const screens = [...source.matchAll(/\{ w\b[^}]*\} = use(?:Words|Formats)\('(\w+)'\)/g)].map(([, screen]) => screen);
    for (const [, key] of screens.length ? source.matchAll(/(?<![.\w])w\('([\w.]+)'/g) : []) {
      if (!screens.some((screen) => at(screensFr, [screen, ...key.split('.')]))) screenMissing.push(`${file}: ${screens.join('|')}.${key}`);
    }
    for (const [, name, screen] of source.matchAll(/(\w+) = useWords\('(\w+)'\)/g)) {
      for (const [, key] of source.matchAll(new RegExp(`\\b${name}\\.w\\('([\\w.]+)'`, 'g'))) if (!at(screensFr, [screen, ...key.split('.')])) screenMissing.push(`${file}: ${screen}.${key}`);
    }
  }
  expect(screenMissing).toEqual([]);

  const serverEn = keys(counterEn).filter((k) => !/\.(verbs|reasons)$/.test(k));
  expect(serverEn.filter((k) => !at(counterFr, k.split('.')))).toEqual([]);
  expect(t('fr', 'notices.refunded', { amount: '5 €' })).toBe('Remboursé : 5 €.');
  expect(t('en', 'notices.refunded', { amount: '€5' })).toBe('Refunded €5.');
});

test('a page is served in one language: the staff member’s', () => {
  const state = { locale: { language: 'en', availableLanguages: ['en', 'fr'], translations: { en: { labels: { Order: 'Orders' } }, fr: { labels: { Order: 'Commandes' } } } }, x: '</script>' };
  const html = `<html lang=en><script>\n        window.REDUX_STATE = ${JSON.stringify(state)};\n        window.THEME = {};</script></html>`;
  const french = pageInLanguage(html, 'fr');
  expect(french).toContain('<html lang=fr>');
  const json = JSON.parse(/window\.REDUX_STATE = (.*);\n/.exec(french)![1]);
  expect(json.locale).toEqual({ language: 'fr', availableLanguages: ['fr'], translations: { fr: { labels: { Order: 'Commandes' } } } });
  expect(french).not.toContain('</script>"'); // still safe inside the script tag
  expect(pageInLanguage(html, 'en')).toContain('"availableLanguages":["en"]');
});

test('the timeline’s stored English entries read in French on a French page', async () => {
  const { timelineEntry } = await import('../../src/components/timeline-words.js');
  const plain = (s: string) => s.replace(/\s/g, ' ');
  expect(timelineEntry('fr', 'Order #1001 placed')).toBe('Commande #1001 passée');
  expect(plain(timelineEntry('fr', 'Refunded €1,058.00 (2 × Linen apron, shipping €4.90) · restocked · Wrong size'))).toBe('Remboursé 1 058,00 € (2 × Linen apron, livraison 4,90 €) · remis en stock · Wrong size');
  expect(timelineEntry('fr', 'Fulfilled 3 items · Colissimo 6A123')).toBe('Expédié 3 articles · Colissimo 6A123');
  expect(timelineEntry('fr', 'Something new')).toBe('Something new');
  expect(timelineEntry('en', 'Order #1001 placed')).toBe('Order #1001 placed');
});
