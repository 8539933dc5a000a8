// Settings → Screens in French: the refusals of services/settings/screens.ts and of the action, and
// the history's lines (describeChange), reworded by shape like the other refusals (refusals.ts).
// Field, action and resource names stay as they are: they are the code's names, shown beside labels.
import { enumsFr } from './enums.js';

const CONTEXTS: Record<string, { name: string; in: string }> = {
  'list columns': { name: 'colonnes de la liste', in: 'dans les colonnes de la liste' },
  'record page': { name: 'page de l’enregistrement', in: 'dans la page de l’enregistrement' },
  'edit form': { name: 'formulaire de modification', in: 'dans le formulaire de modification' },
  filters: { name: 'filtres', in: 'dans les filtres' },
};
const CONTEXT = '(list columns|record page|edit form|filters)';

const ZOD: Record<string, string> = {
  'choose at least one field (or leave it at the default)': 'choisissez au moins un champ (ou laissez la valeur par défaut)',
  'a label is at most 60 characters': 'un libellé fait 60 caractères au plus',
  'rows per page is a whole number': 'le nombre de lignes par page est un nombre entier',
  'rows per page is at least 1': 'il faut au moins 1 ligne par page',
  'rows per page is at most 500': '500 lignes par page au plus',
  'a navigation group needs a name': 'un groupe du menu a besoin d’un nom',
  'a navigation group name is at most 40 characters': 'le nom d’un groupe du menu fait 40 caractères au plus',
};

const role = (r: string) => enumsFr.StaffRole[r] ?? r;
const roles = (list: string) => list.split(', ').map(role).join(', ');

const SHAPES: Array<[RegExp, (...groups: string[]) => string]> = [
  [/^unknown setting (.+?)(?: in (.+))?$/, (_, keys, where) => `réglage inconnu ${keys}${where ? ` dans ${where}` : ''}`],
  [new RegExp(`^the ${CONTEXT} is a screen of its own \\((.+)\\): its fields cannot be chosen here$`), (_, c, fixed) => `${CONTEXTS[c].name} : écran dessiné par son propre composant (${fixed}), ses champs ne se choisissent pas ici`],
  [new RegExp(`^unknown field "(.+)" in the ${CONTEXT}$`), (_, f, c) => `champ inconnu « ${f} » ${CONTEXTS[c].in}`],
  [new RegExp(`^field "(.+)" appears twice in the ${CONTEXT}$`), (_, f, c) => `le champ « ${f} » apparaît deux fois ${CONTEXTS[c].in}`],
  [/^field "(.+)" cannot be on the edit form \(the code does not let it be edited there\)$/, (_, f) => `le champ « ${f} » ne peut pas être dans le formulaire de modification (le code ne permet pas de le modifier)`],
  [/^field "(.+)" cannot be a filter \(it is not a column\)$/, (_, f) => `le champ « ${f} » ne peut pas être un filtre (ce n’est pas une colonne)`],
  [/^unknown field "(.+)" in the labels$/, (_, f) => `champ inconnu « ${f} » dans les libellés`],
  [/^unknown field "(.+)" as the default sort$/, (_, f) => `champ inconnu « ${f} » comme tri par défaut`],
  [/^the list cannot be sorted by "(.+)" \(not a sortable column\)$/, (_, f) => `la liste ne peut pas être triée par « ${f} » (colonne non triable)`],
  [/^unknown action "(.+)"$/, (_, a) => `action inconnue « ${a} »`],
  [/^unknown role "(.+)" for action "(.+)"$/, (_, r, a) => `rôle inconnu « ${r} » pour l’action « ${a} »`],
  [/^action "(.+)" cannot be given to (\w+): the code allows it only for (.+) \(a screen setting may narrow roles, never widen them\)$/,
    (_, a, r, allowed) => `l’action « ${a} » ne peut pas être donnée au rôle ${role(r)} : le code ne la permet qu’à ${allowed === 'nobody' ? 'personne' : roles(allowed)} (un réglage peut retirer des rôles, jamais en ajouter)`],
  [/^(.+): (.+)$/, (whole, where, message) => (!ZOD[message] ? whole : where === 'perPage' || where === 'navigation' ? ZOD[message] : `${where} : ${ZOD[message]}`)],
];

const WHOLE: Array<[RegExp, string]> = [
  [/^There is no configurable screen "(.+)"\.$/, 'Il n’y a pas d’écran configurable « $1 ».'],
  [/^The settings are not valid JSON\.$/, 'Les réglages ne sont pas du JSON valide.'],
  [/^Someone else changed the settings of this screen meanwhile; reload the page to see theirs, then change them again\.$/,
    'Quelqu’un d’autre a modifié les réglages de cet écran entre-temps ; rechargez la page pour voir les siens, puis refaites vos changements.'],
];

/** "Order: unknown field "x" in the list columns" → "Order : champ inconnu « x » dans les colonnes de la liste"; undefined for an unknown shape. */
export function screenRefusalFr(message: string): string | undefined {
  const whole = WHOLE.find(([pattern]) => pattern.test(message));
  if (whole) return message.replace(whole[0], whole[1]);
  const head = /^(\w+): (.+)$/.exec(message);
  if (!head) return undefined;
  for (const [pattern, french] of SHAPES) {
    const found = pattern.exec(head[2]);
    if (!found) continue;
    const text = french(...found);
    return text === head[2] ? undefined : `${head[1]} : ${text}`;
  }
  return undefined;
}

const value = (v: string) => (v === 'default' ? 'par défaut' : v === 'disabled' ? 'désactivée' : v === 'nobody' ? 'personne' : v);

/** A history line ("list columns: default → email, name") in French. */
export function screenChangeFr(line: string): string {
  const found = /^(.+?): (.*) → (.*)$/.exec(line);
  if (!found) return line;
  const [, what, before, after] = found;
  let name = CONTEXTS[what]?.name;
  let map = value;
  if (!name && what === 'sort') {
    name = 'tri';
    map = (v) => value(v).replace(/ asc$/, ' croissant').replace(/ desc$/, ' décroissant');
  }
  if (!name && what === 'rows per page') name = 'lignes par page';
  if (!name && what === 'navigation') name = 'groupe du menu';
  if (!name && what.startsWith('label of ')) name = `libellé de ${what.slice('label of '.length)}`;
  if (!name && what.startsWith('action ')) {
    name = what;
    map = (v) => (v === 'default' || v === 'disabled' || v === 'nobody' ? value(v) : roles(v));
  }
  return `${name ?? what} : ${map(before)} → ${map(after)}`;
}
