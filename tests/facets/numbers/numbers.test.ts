import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../src/facets/numbers';
import { numbers as da } from '../../../src/lang/da/numbers';
import { numbers as en } from '../../../src/lang/en/numbers';
import type { NumberRules } from '../../../src/facets/numbers/rules';
import type { NumberFacet } from '../../../src/types';

type Expected = Pick<NumberFacet, 'text' | 'value' | 'kind'> & { unit?: string };

/** Runs the stage on a claim placed inside a longer article, so offsets are tested as absolute. */
function numbersIn(claim: string, rules: NumberRules): NumberFacet[] {
  const article = `Indledning. ${claim} Afslutning.`;
  const start = article.indexOf(claim);
  const found = findNumbers({ text: claim, start, end: start + claim.length }, rules);
  for (const n of found) expect(article.slice(n.start, n.end)).toBe(n.text);
  return found;
}

function check(rules: NumberRules, input: string, expected: Expected[]) {
  const found = numbersIn(input, rules);
  expect(found.map((n) => ({ text: n.text, kind: n.kind, unit: n.unit }))).toEqual(
    expected.map((e) => ({ text: e.text, kind: e.kind, unit: e.unit })),
  );
  found.forEach((n, i) => expect(n.value).toBeCloseTo(expected[i].value, 9));
}

const c = (text: string, value: number, unit?: string): Expected => ({ text, value, kind: 'cardinal', unit });

const danish: Array<[string, Expected[]]> = [
  ['Russerne har 3.850 soldater i området.', [c('3.850', 3850, 'soldater')]],
  ['Væksten var 2,5 i fjor.', [{ text: '2,5', value: 2.5, kind: 'decimal' }]],
  ['Ledigheden faldt til 12 % i marts.', [{ text: '12 %', value: 12, kind: 'percent' }]],
  ['Ledigheden faldt til 12% i marts.', [{ text: '12%', value: 12, kind: 'percent' }]],
  ['Tolv procent stemte nej.', [{ text: 'Tolv procent', value: 12, kind: 'percent' }]],
  ['Renten steg 0,25 pct. point.', [{ text: '0,25 pct.', value: 0.25, kind: 'percent' }]],
  ['Fem personer blev såret.', [c('Fem', 5, 'personer')]],
  ['Der kom tyve mennesker.', [c('tyve', 20, 'mennesker')]],
  ['Enogtyve soldater døde.', [c('Enogtyve', 21, 'soldater')]],
  ['Han fyldte femoghalvfems år.', [c('femoghalvfems', 95, 'år')]],
  ['Over hundrede demonstranter mødte op.', [c('hundrede', 100, 'demonstranter')]],
  ['Byen har to millioner indbyggere.', [c('to millioner', 2e6, 'indbyggere')]],
  ['Projektet koster 2,5 mio. kroner.', [c('2,5 mio.', 2.5e6, 'kroner')]],
  ['Underskuddet er 1,2 mia. euro.', [c('1,2 mia.', 1.2e9, 'euro')]],
  ['Det kostede en million kroner.', [c('en million', 1e6, 'kroner')]],
  ['Der var et hundrede og femogtyve deltagere.', [c('et hundrede og femogtyve', 125, 'deltagere')]],
  ['Tohundrede tusind flygtede.', [c('Tohundrede tusind', 200000)]],
  ['Halvdelen af stemmerne blev talt op.', [{ text: 'Halvdelen', value: 0.5, kind: 'fraction' }]],
  ['En tredjedel af budgettet gik til forsvar.', [{ text: 'En tredjedel', value: 1 / 3, kind: 'fraction' }]],
  ['To tredjedele af vælgerne sagde ja.', [{ text: 'To tredjedele', value: 2 / 3, kind: 'fraction' }]],
  ['Der bor halvanden million mennesker.', [c('halvanden million', 1.5e6, 'mennesker')]],
  ['Det er første gang.', [{ text: 'første', value: 1, kind: 'ordinal' }]],
  ['Han endte på en 3. plads.', [{ text: '3.', value: 3, kind: 'ordinal' }]],
  // 'en'/'et' alone are 'a' as often as 'one': never a number.
  ['En mand og et barn blev reddet.', []],
  ['En kvinde sagde, at mindst en anden var savnet.', [c('en', 1)]],
  ['Der var mere end et forsøg.', [c('et', 1, 'forsøg')]],
  ['Ulykken skete omkring en kilometer derfra.', [c('en', 1, 'kilometer')]],
  ['Han drev forbi én forsvarer.', [c('én', 1, 'forsvarer')]],
  ['Et af vidnerne så en bil.', []],
  // 'hvert 37. minut' is every 37 minutes; 'næst-' before a superlative is second
  ['Delene kommer hvert 37. minut.', [c('37', 37)]],
  ['Det er landets næststørste by.', [{ text: 'næststørste', value: 2, kind: 'ordinal' }]],
  ['Han er næstformand og spillede den næstsidste kamp.', []],
  ['Prisen var £125m.', [c('£125m', 125e6, '£')]],
  ['Han fyldte år på sin 21-års fødselsdag.', [{ text: '21-års', value: 21, kind: 'ordinal' }]],
  ['Flyet sank på 30 meter (100 fod) vand.', [c('30', 30, 'meter')]],
  // Numbers inside names and ids are not quantities.
  ['F-16-fly og COVID-19 var på dagsordenen ved G20-mødet.', []],
  ['Han flyttede til byen i 1990\'erne.', []],
  ['De to mænd mødtes.', [c('to', 2, 'mænd')]],
  ['En 30-årig mand blev anholdt.', [c('30', 30, 'årig')]],
  // ranks: 'anden'/'andet' only where they mean second, compounds with 'plads', 'nummer', '60-året'
  ['ABC var på andenpladsen med 3,26 millioner seere.',
    [{ text: 'andenpladsen', value: 2, kind: 'ordinal' }, c('3,26 millioner', 3.26e6, 'seere')]],
  ['Han løb ind på en fjerdeplads.', [{ text: 'fjerdeplads', value: 4, kind: 'ordinal' }]],
  ['Han scorede sit andet mål i anden halvleg.',
    [{ text: 'andet', value: 2, kind: 'ordinal' }, { text: 'anden', value: 2, kind: 'ordinal' }]],
  ['På den anden side sagde en anden mand blandt andet nej.', []],
  ['Han var nummer syv efter første omgang.',
    [{ text: 'syv', value: 7, kind: 'ordinal' }, { text: 'første', value: 1, kind: 'ordinal' }]],
  ['Han blev nr. 3 i løbet.', [{ text: '3', value: 3, kind: 'ordinal' }]],
  ['60-året for udgivelsen blev fejret.', [{ text: '60-året', value: 60, kind: 'ordinal' }]],
  ['Butikkerne på 125th Street lukkede.', [{ text: '125th', value: 125, kind: 'ordinal' }]],
  // vague amounts and parts are no numbers; capitalised number words inside a sentence belong to names
  ['Flere hundrede personer og mange tusinde soldater kom.', []],
  ['Rangers spillede bedst i første halvdel af kampen.', [{ text: 'første', value: 1, kind: 'ordinal' }]],
  ['Han sang en tone til Chariots of Fire-sangen.', []],
  // currency signs after the figure, the English format a translator kept, a genitive
  ['Omsætningen er mere end 9 £ milliarder.', [c('9 £ milliarder', 9e9, '£')]],
  ['Jakken kostede 15.000 $.', [c('15.000', 15000, '$')]],
  ['Han talte i Radio 4\'s morgenprogram.', [c('4', 4)]],
  ['Regningen lød på 1.234.567 kroner.', [c('1.234.567', 1234567, 'kroner')]],
  ['Enogfyrre procent sagde nej.', [{ text: 'Enogfyrre procent', value: 41, kind: 'percent' }]],
  ['Fire femtedele af pengene forsvandt.', [{ text: 'Fire femtedele', value: 0.8, kind: 'fraction' }]],
  ['Renten steg til 0,5 %.', [{ text: '0,5 %', value: 0.5, kind: 'percent' }]],
];

const english: Array<[string, Expected[]]> = [
  ['Russia has 3,850 soldiers there.', [c('3,850', 3850, 'soldiers')]],
  ['Growth was 2.5 last year.', [{ text: '2.5', value: 2.5, kind: 'decimal' }]],
  ['Unemployment fell to 12% in March.', [{ text: '12%', value: 12, kind: 'percent' }]],
  ['Unemployment fell to 12 percent in March.', [{ text: '12 percent', value: 12, kind: 'percent' }]],
  ['Support rose to 6.6 per cent.', [{ text: '6.6 per cent', value: 6.6, kind: 'percent' }]],
  ['Five people were injured.', [c('Five', 5, 'people')]],
  ['Twenty-one soldiers died.', [c('Twenty-one', 21, 'soldiers')]],
  ['The city has 3 million people.', [c('3 million', 3e6, 'people')]],
  ['The deficit is 1.2 billion dollars.', [c('1.2 billion', 1.2e9, 'dollars')]],
  ['The market is worth £2.8bn now.', [c('£2.8bn', 2.8e9, '£')]],
  ['It cost a million dollars.', [c('a million', 1e6, 'dollars')]],
  ['There were one hundred and twenty-five delegates.', [c('one hundred and twenty-five', 125, 'delegates')]],
  ['Half of the votes were counted.', [{ text: 'Half', value: 0.5, kind: 'fraction' }]],
  ['A third of the budget went to defence.', [{ text: 'A third', value: 1 / 3, kind: 'fraction' }]],
  ['Two thirds of voters said yes.', [{ text: 'Two thirds', value: 2 / 3, kind: 'fraction' }]],
  ['One-third of the staff left.', [{ text: 'One-third', value: 1 / 3, kind: 'fraction' }]],
  ['It was the first time.', [{ text: 'first', value: 1, kind: 'ordinal' }]],
  ['He finished 3rd in the race.', [{ text: '3rd', value: 3, kind: 'ordinal' }]],
  // 'a third country' is an ordinal use, not a fraction.
  ['They moved to a third country.', [{ text: 'third', value: 3, kind: 'ordinal' }]],
  // 'one' before a noun is read as Danish 'en' is: a count only after a count cue or before a unit.
  ['One soldier was killed.', []],
  ['Police say one man is missing.', []],
  ['At least one other woman came forward.', [c('one', 1, 'other')]],
  ['It will be more than one and less than 48.', [c('one', 1), c('48', 48)]],
  ['The crash was about a mile away.', [c('a', 1, 'mile')]],
  ['He has a foot in the door and threw a stone.', []],
  ['Only one of them said no.', []],
  // 'two-time' is a multiplier, as Danish 'dobbelt' is: neither is read
  ['The two-time champion and a three-time winner met.', []],
  ['They sold it for £125m and paid $40k.', [c('£125m', 125e6, '£'), c('$40k', 40000, '$')]],
  ['It is the second highest category.', [{ text: 'second', value: 2, kind: 'ordinal' }]],
  ['They had little in the final third but finished third.', [{ text: 'third', value: 3, kind: 'ordinal' }]],
  // a measure in brackets after one of its kind restates it; a count in brackets does not
  ['The plane sank in 30 meters (100 feet) of water.', [c('30', 30, 'meters')]],
  ['A $15,000 (£11,500) jacket, 30 meters (100 people) away.',
    [c('$15,000', 15000, '$'), c('30', 30, 'meters'), c('100', 100, 'people')]],
  // 'one' as a pronoun and 'a' as an article are not numbers.
  ['One of them said no one was hurt, and a man left.', []],
  ['They met for a second time.', []],
  ['The second round starts today.', [{ text: 'second', value: 2, kind: 'ordinal' }]],
  ['F-16 jets, COVID-19 and the G20 summit.', []],
  ['Prices were higher in the 1990s.', []],
  ['The two men met.', [c('two', 2, 'men')]],
  ['A 30-year-old man was arrested.', [c('30', 30, 'year-old')]],
  // ranks: 'second' alone is a place, 'a second' a moment; a possessive is a determiner
  ['ABC was second with 3.26 million viewers.',
    [{ text: 'second', value: 2, kind: 'ordinal' }, c('3.26 million', 3.26e6, 'viewers')]],
  ["It was Gerrard's second defeat in 18 games.", [{ text: 'second', value: 2, kind: 'ordinal' }, c('18', 18, 'games')]],
  ['He was in seventh by the end of the first lap.',
    [{ text: 'seventh', value: 7, kind: 'ordinal' }, { text: 'first', value: 1, kind: 'ordinal' }]],
  ['China aims to be No.1 in AI.', [{ text: '1', value: 1, kind: 'ordinal' }]],
  // 'first' as an adverb, vague amounts, a half that is a part, names
  ['First, the storm hits Mexico.', []],
  ['They must give up their weapons first.', []],
  ['Hundreds of people and several thousand soldiers came.', []],
  ['That pattern continued into the second half.', [{ text: 'second', value: 2, kind: 'ordinal' }]],
  ['He fought in World War One as a young man.', []],
  // number words joined to their noun by a hyphen
  ['The straw hat has a two-foot wide brim.', [c('two', 2, 'foot')]],
  ['the Lakers\' six-game preseason schedule', [c('six', 6, 'game')]],
  // an ordinal adjective stays unread, as its Danish closed compound ('førstegangskøbere') is
  ['first-time buyers in the fifth-floor flats', []],
  ['twenty-one-year-old Anna', [c('twenty-one', 21, 'year-old')]],
  ['He paid $2,000 and £9.5bn.', [c('$2,000', 2000, '$'), c('£9.5bn', 9.5e9, '£')]],
  ['Forty-one percent said no.', [{ text: 'Forty-one percent', value: 41, kind: 'percent' }]],
  ['Three quarters of the staff left.', [{ text: 'Three quarters', value: 0.75, kind: 'fraction' }]],
  ['Turnout was 0.5 per cent.', [{ text: '0.5 per cent', value: 0.5, kind: 'percent' }]],
];

describe('findNumbers (Danish)', () => {
  it('has enough cases', () => expect(danish.length).toBeGreaterThanOrEqual(40));
  it.each(danish)('%s', (input, expected) => check(da, input, expected));
});

describe('findNumbers (English)', () => {
  it('has enough cases', () => expect(english.length).toBeGreaterThanOrEqual(40));
  it.each(english)('%s', (input, expected) => check(en, input, expected));
});

describe('findNumbers, language formats', () => {
  it('reads the same digits by each language\'s separators', () => {
    expect(numbersIn('3.850', da)[0].value).toBe(3850);
    expect(numbersIn('3.850', en)[0].value).toBeCloseTo(3.85);
    expect(numbersIn('3,850', en)[0].value).toBe(3850);
    expect(numbersIn('3,850', da)[0].value).toBeCloseTo(3.85);
    expect(numbersIn('1.234.567,5', da)[0].value).toBeCloseTo(1234567.5);
  });

  it('gives Danish and English number words the same values', () => {
    const pairs: Array<[string, string]> = [
      ['fem', 'five'], ['tolv', 'twelve'], ['halvtreds', 'fifty'], ['femogfyrre', 'forty-five'],
      ['tre tusind', 'three thousand'], ['to millioner', 'two million'],
    ];
    for (const [d, e] of pairs) expect(numbersIn(d, da)[0].value).toBe(numbersIn(e, en)[0].value);
  });
});

describe('findNumbers, bad input', () => {
  it.each([
    ['empty', ''],
    ['spaces', '   \n\t '],
    ['odd unicode', '\u0000\uFFFD\u200B 𝟙𝟚𝟛 ٣٤٥ \uD800'],
    ['only punctuation', '.,.,.,%%%'],
  ])('%s gives a sensible result without crashing', (_, text) => {
    expect(() => findNumbers({ text, start: 0, end: text.length }, da)).not.toThrow();
    expect(() => findNumbers({ text, start: 0, end: text.length }, en)).not.toThrow();
  });

  it('copes with a missing span and a very long text', () => {
    expect(findNumbers(undefined as never, da)).toEqual([]);
    const long = 'Der var 5 soldater. '.repeat(20_000);
    const found = findNumbers({ text: long, start: 0, end: long.length }, da);
    expect(found.length).toBeGreaterThan(1000);
    expect(found.every((n) => n.value === 5)).toBe(true);
  });
});
