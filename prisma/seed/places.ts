// Where customers live: names, streets, cities, phone formats and VAT per country (ISO codes).
import { cumulative, type Rng } from './random.js';

export interface Country {
  code: string;
  weight: number;
  vat: number; // percent
  first: string[];
  last: string[];
  cities: [city: string, zip: string, province: string | null][];
  street(rng: Rng): string;
  phone(rng: Rng): string;
}

const n = (rng: Rng) => rng.int(1, 160);

export const COUNTRIES: Country[] = [
  {
    code: 'FR', weight: 45, vat: 20,
    first: ['Camille', 'Léa', 'Manon', 'Chloé', 'Inès', 'Julie', 'Sophie', 'Lucas', 'Hugo', 'Louis', 'Thomas', 'Antoine', 'Mathieu', 'Nicolas', 'Élodie', 'Claire', 'Jules', 'Margaux'],
    last: ['Martin', 'Bernard', 'Dubois', 'Durand', 'Lefebvre', 'Moreau', 'Laurent', 'Simon', 'Michel', 'Garnier', 'Rousseau', 'Fontaine', 'Chevalier', 'Girard', 'Bonnet', 'Lambert', 'Faure', 'Mercier'],
    cities: [['Paris', '75011', null], ['Paris', '75003', null], ['Paris', '75018', null], ['Lyon', '69003', null], ['Marseille', '13006', null], ['Bordeaux', '33000', null], ['Nantes', '44000', null], ['Lille', '59000', null], ['Toulouse', '31000', null], ['Strasbourg', '67000', null], ['Rennes', '35000', null], ['Montpellier', '34000', null]],
    street: (r) => `${n(r)} ${r.pick(['rue de la République', 'avenue Jean Jaurès', 'boulevard Voltaire', 'rue des Lilas', 'rue Oberkampf', 'rue du Faubourg Saint-Antoine', "rue de l'Église", 'rue Victor Hugo', 'quai de la Loire', 'allée des Tilleuls'])}`,
    phone: (r) => `+33 6 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
  },
  {
    code: 'DE', weight: 15, vat: 19,
    first: ['Anna', 'Lena', 'Marie', 'Hannah', 'Lukas', 'Felix', 'Jonas', 'Paul', 'Sabine', 'Katrin', 'Jan', 'Tobias'],
    last: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Becker', 'Wagner', 'Hoffmann', 'Schulz', 'Koch', 'Richter', 'Klein'],
    cities: [['Berlin', '10115', null], ['Berlin', '10999', null], ['München', '80331', null], ['Hamburg', '20095', null], ['Köln', '50667', null], ['Leipzig', '04109', null], ['Frankfurt am Main', '60311', null]],
    street: (r) => `${r.pick(['Lindenstraße', 'Hauptstraße', 'Bergmannstraße', 'Schillerstraße', 'Goethestraße', 'Kastanienallee', 'Torstraße'])} ${n(r)}`,
    phone: (r) => `+49 15${r.int(1, 7)} ${r.digits(7)}`,
  },
  {
    code: 'BE', weight: 8, vat: 21,
    first: ['Emma', 'Louise', 'Elise', 'Noah', 'Arthur', 'Lotte', 'Wout', 'Margot', 'Victor', 'Nora'],
    last: ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Dupont', 'Lambert', 'Claes', 'Goossens', 'Wouters', 'Renard'],
    cities: [['Bruxelles', '1000', null], ['Ixelles', '1050', null], ['Gent', '9000', null], ['Antwerpen', '2000', null], ['Liège', '4000', null]],
    street: (r) => `${r.pick(['Rue Neuve', 'Avenue Louise', 'Veldstraat', 'Meir', 'Rue du Midi', 'Chaussée de Charleroi'])} ${n(r)}`,
    phone: (r) => `+32 47${r.int(0, 9)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
  },
  {
    code: 'NL', weight: 8, vat: 21,
    first: ['Sanne', 'Femke', 'Lieke', 'Daan', 'Sem', 'Bram', 'Joris', 'Anouk', 'Ruben', 'Iris'],
    last: ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'Mulder', 'de Boer'],
    cities: [['Amsterdam', '1016 GV', null], ['Amsterdam', '1072 AB', null], ['Utrecht', '3511 AA', null], ['Rotterdam', '3011 AD', null], ['Den Haag', '2511 CV', null]],
    street: (r) => `${r.pick(['Prinsengracht', 'Keizersgracht', 'Oudegracht', 'Witte de Withstraat', 'Nieuwe Binnenweg', 'Javastraat'])} ${n(r)}`,
    phone: (r) => `+31 6 ${r.digits(8)}`,
  },
  {
    code: 'ES', weight: 7, vat: 21,
    first: ['Lucía', 'María', 'Paula', 'Carmen', 'Javier', 'Pablo', 'Alejandro', 'Marta', 'Diego', 'Elena'],
    last: ['García', 'Fernández', 'González', 'Rodríguez', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Romero', 'Navarro'],
    cities: [['Madrid', '28013', 'Madrid'], ['Madrid', '28004', 'Madrid'], ['Barcelona', '08001', 'Barcelona'], ['Valencia', '46002', 'Valencia'], ['Sevilla', '41001', 'Sevilla']],
    street: (r) => `${r.pick(['Calle Mayor', 'Carrer de Mallorca', 'Calle de Alcalá', 'Gran Vía', 'Calle de Colón', 'Carrer de Verdi'])} ${n(r)}`,
    phone: (r) => `+34 6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
  },
  {
    code: 'IT', weight: 7, vat: 22,
    first: ['Giulia', 'Francesca', 'Sara', 'Chiara', 'Marco', 'Luca', 'Matteo', 'Alessandro', 'Federica', 'Davide'],
    last: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco'],
    cities: [['Milano', '20121', 'MI'], ['Roma', '00184', 'RM'], ['Torino', '10121', 'TO'], ['Bologna', '40121', 'BO'], ['Firenze', '50122', 'FI']],
    street: (r) => `${r.pick(['Via Roma', 'Via Garibaldi', 'Corso Buenos Aires', 'Via dei Coronari', 'Via Po', 'Via del Corso'])} ${n(r)}`,
    phone: (r) => `+39 3${r.digits(2)} ${r.digits(3)} ${r.digits(4)}`,
  },
  {
    code: 'AT', weight: 3, vat: 20,
    first: ['Johanna', 'Theresa', 'Magdalena', 'Florian', 'Maximilian', 'Stefan'],
    last: ['Gruber', 'Huber', 'Bauer', 'Pichler', 'Steiner', 'Moser'],
    cities: [['Wien', '1070', null], ['Wien', '1010', null], ['Graz', '8010', null], ['Salzburg', '5020', null]],
    street: (r) => `${r.pick(['Mariahilfer Straße', 'Neubaugasse', 'Landstraßer Hauptstraße', 'Herrengasse'])} ${n(r)}`,
    phone: (r) => `+43 664 ${r.digits(7)}`,
  },
  {
    code: 'IE', weight: 3, vat: 23,
    first: ['Aoife', 'Siobhán', 'Niamh', 'Ciarán', 'Seán', 'Conor'],
    last: ["O'Brien", 'Murphy', 'Kelly', "O'Sullivan", 'Walsh', 'Byrne'],
    cities: [['Dublin', 'D02 X285', null], ['Dublin', 'D08 T6F4', null], ['Cork', 'T12 RX96', null], ['Galway', 'H91 E2K3', null]],
    street: (r) => `${n(r)} ${r.pick(['Grafton Street', 'Camden Street', 'Dame Street', 'Patrick Street'])}`,
    phone: (r) => `+353 8${r.int(3, 7)} ${r.digits(3)} ${r.digits(4)}`,
  },
  {
    code: 'PT', weight: 4, vat: 23,
    first: ['Beatriz', 'Inês', 'Mariana', 'João', 'Tiago', 'Rodrigo'],
    last: ['Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa'],
    cities: [['Lisboa', '1100-148', null], ['Lisboa', '1200-195', null], ['Porto', '4000-322', null]],
    street: (r) => `${r.pick(['Rua Augusta', 'Rua da Prata', 'Avenida da Liberdade', 'Rua de Santa Catarina'])} ${n(r)}`,
    phone: (r) => `+351 9${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
  },
];

export const COUNTRY_WEIGHTS = cumulative(COUNTRIES.map((c) => c.weight));
export const VAT = Object.fromEntries(COUNTRIES.map((c) => [c.code, c.vat])) as Record<string, number>;

export interface PostalAddress {
  firstName: string;
  lastName: string;
  company: string | null;
  address1: string;
  address2: string | null;
  city: string;
  province: string | null;
  zip: string;
  country: string;
  phone: string | null;
}

export function makeAddress(rng: Rng, country: Country, firstName: string, lastName: string, phone: string | null, company: string | null): PostalAddress {
  const [city, zip, province] = rng.pick(country.cities);
  const address2 = rng.chance(0.2) ? rng.pick(['Apt 4B', '2nd floor', 'Building C', 'Flat 12', 'c/o reception', 'Back door']) : null;
  return { firstName, lastName, company, address1: country.street(rng), address2, city, province, zip, country: country.code, phone };
}

const ascii = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');
const DOMAINS = ['example.com', 'example.net', 'example.org', 'mail.example', 'post.example'];

export function emailFor(rng: Rng, first: string, last: string): string {
  const f = ascii(first);
  const l = ascii(last);
  const local = rng.pick([`${f}.${l}`, `${f}.${l}`, `${f}${l}${rng.digits(2)}`, `${f[0]}${l}`, `${f}_${l}`, `${l}.${f}`]);
  return `${local}@${rng.pick(DOMAINS)}`;
}
