import { describe, expect, it } from 'vitest';
import { findRoles } from '../../../src/facets/roles';
import { names as da } from '../../../src/lang/da/names';
import { names as en } from '../../../src/lang/en/names';
import type { NameRules } from '../../../src/facets/names/rules';

/** Runs the stage on a claim placed inside a longer article; returns 'text=key' per role. */
function rolesIn(claim: string, rules: NameRules): string[] {
  const article = `Overskrift\n\n${claim} Mere tekst.`;
  const start = article.indexOf(claim);
  const found = findRoles({ text: claim, start, end: start + claim.length }, rules);
  for (const r of found) expect(article.slice(r.start, r.end)).toBe(r.text);
  return found.map((r) => `${r.text}=${r.key}`);
}

const danish: Array<[string, string[]]> = [
  ['Det siger Ruslands udenrigsminister, Sergej Lavrov.', ['udenrigsminister=foreign-minister']],
  ['Udenrigsministeren afviste kritikken.', ['Udenrigsministeren=foreign-minister']],
  ['Han mødte værtslandets statsminister.', ['statsminister=prime-minister']],
  ['Den britiske premierminister talte.', ['premierminister=prime-minister']],
  ['Den amerikanske forsvarsminister, Jim Mattis, svarede.', ['forsvarsminister=defence-minister']],
  ['USA\'s præsident og præsidentens talsmand var til stede.', ['præsident=president', 'præsidentens=president', 'talsmand=spokesperson']],
  ['Forbundskansler Merkel mødte Nordkoreas leder.', ['Forbundskansler=chancellor', 'leder=leader']],
  ['FN-ambassadøren talte med en talsperson for regeringen.', ['FN-ambassadøren=ambassador', 'talsperson=spokesperson']],
  ['Klimaministeren og to ministre mødtes.', ['Klimaministeren=minister', 'ministre=minister']],
  ['Vicestatsministeren var ikke til stede.', ['Vicestatsministeren=deputy-prime-minister']],
  ['Senatoren og borgmesteren i byen talte.', ['Senatoren=senator', 'borgmesteren=mayor']],
  ['FN\'s generalsekretær opfordrede til ro.', ['generalsekretær=secretary-general']],
  // 'leder' as a verb ('looks for', 'leads to') is not a role.
  ['Politiet leder efter en mand, og sporet leder til byen.', []],
  ['Supermarkederne sælger ost.', []],
  // After a relative pronoun 'leder' is the verb 'leads'; after an inverted subject it is the noun.
  ['Hun talte med Jensen, der leder holdet, og Hansen, som leder klubben.', []],
  ['Senere blev han leder for afdelingen.', ['leder=leader']],
  ['Lederen af partiet talte.', ['Lederen=leader']],
];

const english: Array<[string, string[]]> = [
  ['Russian foreign minister Sergei Lavrov said so.', ['foreign minister=foreign-minister']],
  ['He met Secretary of State Rex Tillerson.', ['Secretary of State=foreign-minister']],
  ['The Prime Minister spoke first.', ['Prime Minister=prime-minister']],
  ['Defense Secretary Jim Mattis and the defence minister met.', ['Defense Secretary=defence-minister', 'defence minister=defence-minister']],
  ["The president's spokesman declined to comment.", ['president=president', 'spokesman=spokesperson']],
  ['A State Department spokesperson said the ambassador had left.', ['spokesperson=spokesperson', 'ambassador=ambassador']],
  ['Chancellor Merkel met North Korea\'s leader.', ['Chancellor=chancellor', 'leader=leader']],
  ['The senator and two ministers met.', ['senator=senator', 'ministers=minister']],
  ['Vice President Pence and the Secretary-General met.', ['Vice President=vice-president', 'Secretary-General=secretary-general']],
  ['The chief executive of the company resigned.', ['chief executive=chief-executive']],
  ['UK Foreign Secretary Boris Johnson arrived.', ['Foreign Secretary=foreign-minister']],
  // A capitalised title word inside a known name is part of that name.
  ['The General Assembly voted.', []],
  ['The committee met on Tuesday.', []],
  ['State Department officials and the head of the agency met.', ['officials=official', 'head of=leader']],
];

describe('findRoles (Danish)', () => {
  it.each(danish)('%s', (input, expected) => expect(rolesIn(input, da)).toEqual(expected));
});

describe('findRoles (English)', () => {
  it.each(english)('%s', (input, expected) => expect(rolesIn(input, en)).toEqual(expected));
});

describe('role keys across languages', () => {
  it.each([
    ['udenrigsminister', 'secretary of state'],
    ['udenrigsministeren', 'foreign minister'],
    ['statsministeren', 'prime minister'],
    ['forsvarsministeren', 'defense secretary'],
    ['præsidenten', 'president'],
    ['talsmanden', 'spokeswoman'],
    ['kansleren', 'chancellor'],
    ['ambassadøren', 'ambassador'],
    ['talspersonen', 'spokesperson'],
    ['stabschefen', 'chief of staff'],
    ['politichefen', 'police chief'],
    ['vicepræsidenten', 'vice president'],
  ])('%s / %s', (d, e) => {
    const key = (text: string, rules: NameRules) => findRoles({ text, start: 0, end: text.length }, rules).map((r) => r.key);
    expect(key(d, da)).toHaveLength(1);
    expect(key(d, da)).toEqual(key(e, en));
  });
});

/** 'role=key@person' per role: the person the role describes, by entity key. */
function attached(claim: string, rules: NameRules): string[] {
  const article = `Overskrift\n\n${claim} Mere tekst.`;
  const start = article.indexOf(claim);
  return findRoles({ text: claim, start, end: start + claim.length }, rules).map(
    (r) => `${r.text}=${r.key}${r.person ? `@${r.person}` : ''}`,
  );
}

const danishPeople: Array<[string, string[]]> = [
  ['Det siger Ruslands udenrigsminister, Sergej Lavrov.', ['udenrigsminister=foreign-minister@sergei lavrov']],
  ['Sergej Lavrov, Ruslands udenrigsminister, siger det.', ['udenrigsminister=foreign-minister@sergei lavrov']],
  ['Sergej Lavrov, den russiske udenrigsminister, siger det.', ['udenrigsminister=foreign-minister@sergei lavrov']],
  ['Den amerikanske forsvarsminister, Jim Mattis, svarede.', ['forsvarsminister=defence-minister@jim mattis']],
  ['Forbundskansler Angela Merkel talte.', ['Forbundskansler=chancellor@angela merkel']],
  ['Præsident Viktor Janukovitj flygtede.', ['Præsident=president@viktor janukovich']],
  // A role with nobody named beside it, or a name in another clause, has no person.
  ['Udenrigsministeren afviste kritikken.', ['Udenrigsministeren=foreign-minister']],
  ['Trump, der mødte præsidenten, tav.', ['præsidenten=president']],
  ['Lavrov mødte statsministeren i Wien.', ['statsministeren=prime-minister']],
  // The role may name what it serves before the apposition closes.
  ['Det meddelte Heather Nauert, talskvinde for udenrigsministeriet.', ['talskvinde=spokesperson@heather nauert']],
  ['Heather Nauert, talskvinde for det amerikanske udenrigsministerium, afviste.', ['talskvinde=spokesperson@heather nauert']],
  ['Nauert, talskvinde for et ministerium med mange tusinde ansatte i hele verden, afviste.', ['talskvinde=spokesperson']],
];

const englishPeople: Array<[string, string[]]> = [
  ['Russian foreign minister Sergei Lavrov said so.', ['foreign minister=foreign-minister@sergei lavrov']],
  ['Lavrov, the foreign minister, said so.', ['foreign minister=foreign-minister@lavrov']],
  ['Tillerson, the former US secretary of state, left.', ['secretary of state=foreign-minister@tillerson']],
  ['He met Secretary of State Rex Tillerson.', ['Secretary of State=foreign-minister@rex tillerson']],
  ['Defense Secretary Jim Mattis arrived.', ['Defense Secretary=defence-minister@jim mattis']],
  ['The spokeswoman, Heather Nauert, declined.', ['spokeswoman=spokesperson@heather nauert']],
  ['It came from Heather Nauert, spokeswoman for the State Department, on Monday.', ['spokeswoman=spokesperson@heather nauert']],
  ['Lavrov met the foreign minister of Austria.', ['foreign minister=foreign-minister']],
  ['Tillerson, who met the foreign minister, left.', ['foreign minister=foreign-minister']],
  ['The president spoke to reporters.', ['president=president']],
];

describe('roles attached to the person they describe (Danish)', () => {
  it.each(danishPeople)('%s', (input, expected) => expect(attached(input, da)).toEqual(expected));
});

describe('roles attached to the person they describe (English)', () => {
  it.each(englishPeople)('%s', (input, expected) => expect(attached(input, en)).toEqual(expected));
});

describe('findRoles, bad input', () => {
  it.each([['empty', ''], ['odd unicode', '\u0000\uFFFD ministe\u0301r \uD800'], ['punctuation', '--- ,,, ...']])(
    '%s does not crash',
    (_, text) => {
      expect(() => findRoles({ text, start: 0, end: text.length }, da)).not.toThrow();
      expect(() => findRoles({ text, start: 0, end: text.length }, en)).not.toThrow();
    },
  );

  it('copes with a missing span', () => {
    expect(findRoles(undefined as never, da)).toEqual([]);
  });
});
