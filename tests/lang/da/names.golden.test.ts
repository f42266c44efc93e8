// Danish names and roles through analyze(): the text of each entity, its type and its language-independent key
// (Wien → 'vienna'), and each role's key (udenrigsminister → 'foreign-minister').
import { describe, expect } from 'vitest';
import { entitiesOf, type EntityRow, org, place, read, type RoleRow, rolesOf, table } from '../golden';

const entities: EntityRow[] = [
  // Exonyms: the key is the English name.
  { text: 'Topmødet blev holdt i Wien.', expected: [place('Wien', 'vienna')] },
  // The era of a year is a time, no name.
  { text: 'Byen blev grundlagt i år 300 f.Kr. og genopbygget i 120 e.Kr.', expected: [] },
  { text: 'Delegationen rejste videre til Moskva.', expected: [place('Moskva', 'moscow')] },
  { text: 'Forhandlingerne fortsætter i Genève.', expected: [place('Genève', 'geneva')] },
  { text: 'Ambassaden i Peking er lukket.', expected: [place('Peking', 'beijing')] },
  { text: 'Viktor Janukovitj flygtede fra Kijev.',
    expected: [{ text: 'Viktor Janukovitj', type: 'name', key: 'viktor janukovich' }, place('Kijev', 'kyiv')] },
  { text: 'Vestbredden er fortsat urolig.', expected: [place('Vestbredden', 'west bank')] },
  // Countries, also in the genitive; demonyms stand for their country.
  { text: 'USA indfører nye sanktioner.', expected: [place('USA', 'united states')] },
  { text: 'Storbritannien forlader samarbejdet.', expected: [place('Storbritannien', 'united kingdom')] },
  { text: 'Ruslands økonomi vokser.', expected: [place('Rusland', 'russia')] },
  { text: 'De russiske soldater trak sig tilbage.', expected: [place('russiske', 'russia')] },
  // Organisations.
  { text: 'FN kræver en våbenhvile.', expected: [org('FN', 'united nations')] },
  { text: 'Det Hvide Hus afviste kritikken.', expected: [org('Det Hvide Hus', 'white house')] },
  { text: 'Kreml bekræftede mødet.', expected: [org('Kreml', 'kremlin')] },
  { text: 'EU vil stramme reglerne.', expected: [org('EU', 'european union')] },
  { text: 'NATO sender flere fly.', expected: [org('NATO', 'nato')] },
  { text: 'Verdensbanken sænker sin prognose.', expected: [org('Verdensbanken', 'world bank')] },
  { text: 'Folketinget vedtog loven.', expected: [org('Folketinget', 'danish parliament')] },
  { text: 'Sikkerhedsrådet mødes i aften.', expected: [org('Sikkerhedsrådet', 'un security council')] },
  { text: 'Reuters bringer historien.', expected: [org('Reuters', 'reuters')] },
  // People: unknown names are of type 'name'; a role beside one makes it a person.
  { text: 'Sergej Lavrov mødtes med Rex Tillerson.',
    expected: [{ text: 'Sergej Lavrov', type: 'name', key: 'sergei lavrov' }, { text: 'Rex Tillerson', type: 'name', key: 'rex tillerson' }] },
  { text: 'Ruslands udenrigsminister, Sergej Lavrov, ankom i går.',
    expected: [place('Rusland', 'russia'), { text: 'Sergej Lavrov', type: 'person', key: 'sergei lavrov' }] },
  { text: 'Borgmesteren i Aarhus er utilfreds.', expected: [place('Aarhus', 'aarhus')] },
  { text: 'Demonstranter samledes i Bruxelles.', expected: [place('Bruxelles', 'brussels')],
    bug: "a common plural noun opening the sentence ('Demonstranter') is read as a name" },
];

const roles: RoleRow[] = [
  { text: 'Statsministeren holdt tale.', expected: [{ text: 'Statsministeren', key: 'prime-minister' }] },
  { text: 'Tysklands forbundskansler besøger Paris.', expected: [{ text: 'forbundskansler', key: 'chancellor' }] },
  { text: "USA's præsident besøger Tokyo.", expected: [{ text: 'præsident', key: 'president' }] },
  { text: 'Talsmanden for regeringen afviste kritikken.', expected: [{ text: 'Talsmanden', key: 'spokesperson' }] },
  { text: 'Borgmesteren i Aarhus er utilfreds.', expected: [{ text: 'Borgmesteren', key: 'mayor' }] },
  { text: 'Generalsekretæren advarede om krig.', expected: [{ text: 'Generalsekretæren', key: 'secretary-general' }] },
  { text: 'Forsvarsministeren besøgte tropperne.', expected: [{ text: 'Forsvarsministeren', key: 'defence-minister' }] },
  { text: 'Udenrigsministeriet indkalder ambassadøren.', expected: [{ text: 'ambassadøren', key: 'ambassador' }] },
  { text: 'Kronprinsen åbnede udstillingen.', expected: [{ text: 'Kronprinsen', key: 'crown-prince' }] },
  { text: 'Hun blev valgt som formand.', expected: [{ text: 'formand', key: 'chair' }] },
  { text: 'Ruslands udenrigsminister, Sergej Lavrov, ankom i går.',
    expected: [{ text: 'udenrigsminister', key: 'foreign-minister', person: 'sergei lavrov' }] },
  // 'leder' after 'der'/'som' is the verb.
  { text: 'Partiets leder gik af.', expected: [{ text: 'leder', key: 'leader' }] },
  { text: 'Kvinden, der leder projektet, er tilfreds.', expected: [] },
];

describe('Danish entities (golden)', () => {
  table(entities, ({ text, expected }) => {
    expect(entitiesOf(read('da', text))).toMatchObject(expected);
  });
});

describe('Danish roles (golden)', () => {
  table(roles, ({ text, expected }) => {
    expect(rolesOf(read('da', text))).toMatchObject(expected);
  });
});
