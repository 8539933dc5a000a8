// Settings → Screens for a French owner: every kind of refusal the rules write has its French, the
// action's notices and the history's lines come in French over HTTP; an English owner keeps English.
import { ADMIN_PATH, startTestShop, type TestShop } from '../support/app.js';
import { saveScreen } from '../support/screens.js';
import { validateScreenSettings, type ScreenCatalog } from '../../src/services/settings/screens.js';
import { screenChangeFr, screenRefusalFr } from '../../src/locales/fr/screen-settings.js';

const catalog: ScreenCatalog = {
  resourceId: 'Order',
  fields: [
    { name: 'email', label: 'Email', sortable: true, editable: true, filterable: true },
    { name: 'name', label: 'Name', sortable: true, editable: false, filterable: true },
    { name: 'customer', label: 'Customer', sortable: false, editable: false, filterable: false },
  ],
  fixed: { show: 'OrderPage' },
  actions: { refund: ['OWNER', 'MANAGER'], export: [] },
  defaults: { list: ['email', 'name'], show: ['email'], edit: ['email'], filter: ['email'], sort: null, perPage: 25, navigation: 'Sales' },
};

// One input per refusal the rules can write (services/settings/screens.ts).
const BAD: unknown[] = [
  { colour: 'red' }, { sort: { sortBy: 'email', direction: 'asc', x: 1 } }, { list: [] }, { labels: { email: 'x'.repeat(61) } },
  { perPage: 1.5 }, { perPage: 0 }, { perPage: 501 }, { navigation: ' ' }, { navigation: 'x'.repeat(41) },
  { show: ['name'] }, { list: ['nope'] }, { filter: ['email', 'email'] }, { edit: ['name'] }, { filter: ['customer'] },
  { labels: { nope: 'x' } }, { sort: { sortBy: 'nope', direction: 'asc' } }, { sort: { sortBy: 'customer', direction: 'asc' } },
  { actions: { fly: {} } }, { actions: { refund: { roles: ['KING'] } } }, { actions: { refund: { roles: ['SUPPORT'] } } }, { actions: { export: { roles: ['OWNER'] } } },
];

test('every refusal of a screen setting has its French', () => {
  const untranslated: string[] = [];
  for (const input of BAD) {
    let message = '';
    try {
      validateScreenSettings(catalog, input);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).not.toBe('');
    const french = screenRefusalFr(message);
    if (!french || /\b(unknown|field|cannot|the|is|at most|given|rows|label)\b/.test(french.replace(/« [^»]+ »/g, ''))) untranslated.push(`${message} → ${french}`);
  }
  expect(untranslated).toEqual([]);
  expect(screenRefusalFr('Order: action "refund" cannot be given to SUPPORT: the code allows it only for OWNER, MANAGER (a screen setting may narrow roles, never widen them)'))
    .toBe('Order : l’action « refund » ne peut pas être donnée au rôle Service client : le code ne la permet qu’à Propriétaire, Responsable (un réglage peut retirer des rôles, jamais en ajouter)');
});

test('history lines in French', () => {
  expect(screenChangeFr('list columns: default → email, name')).toBe('colonnes de la liste : par défaut → email, name');
  expect(screenChangeFr('sort: default → totalCents desc')).toBe('tri : par défaut → totalCents décroissant');
  expect(screenChangeFr('rows per page: 3 → default')).toBe('lignes par page : 3 → par défaut');
  expect(screenChangeFr('label of email: default → Customer email')).toBe('libellé de email : par défaut → Customer email');
  expect(screenChangeFr('action refund: default → OWNER')).toBe('action refund : par défaut → Propriétaire');
  expect(screenChangeFr('action exportCsv: OWNER, MANAGER → disabled')).toBe('action exportCsv : Propriétaire, Responsable → désactivée');
});

describe('over HTTP', () => {
  let shop: TestShop;
  beforeAll(async () => {
    shop = await startTestShop();
    await shop.db.prisma.staffUser.update({ where: { id: shop.staff.OWNER.id }, data: { locale: 'fr' } });
  });
  afterAll(() => shop.stop());

  test('a French owner gets French notices, refusals and history; nothing is stored on a refusal', async () => {
    const owner = await shop.login('OWNER');
    const refused = await saveScreen(owner, 'Order', { list: ['email', 'secretSauce'] });
    expect(refused.status).toBe(422);
    expect(refused.body.notice.message).toBe('Commandes : champ inconnu « secretSauce » dans les colonnes de la liste');
    expect(await shop.db.prisma.screenSetting.count()).toBe(0);
    const saved = await saveScreen(owner, 'Order', { list: ['email', 'name'], perPage: 3 });
    expect(saved.body.notice).toEqual({ message: 'Commandes : réglages des écrans enregistrés ; ils s’appliquent au prochain chargement de page.', type: 'success' });
    expect(saved.body.screen.history[0].changes).toEqual(['colonnes de la liste : par défaut → email, name', 'lignes par page : par défaut → 3']);
    const stale = await saveScreen(owner, 'Order', { perPage: 4 }, { version: '0' });
    expect(stale.status).toBe(409);
    expect(stale.body.notice.message).toMatch(/^Quelqu’un d’autre a modifié/);
    const reset = await saveScreen(owner, 'Order', {}, { reset: 'true' });
    expect(reset.body.notice.message).toBe('Commandes : retour aux écrans par défaut.');
    const page = await owner.get(`${ADMIN_PATH}/api/resources/ScreenSetting/actions/configure?resourceId=Nope`);
    expect(page.body.notice.message).toBe('Il n’y a pas d’écran configurable « Nope ».');
  });
});
