import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/facets/names';
import { sameEntity } from '../../../src/keys/same-entity';
import { names as da } from '../../../src/lang/da/names';
import { names as en } from '../../../src/lang/en/names';
import type { NameRules } from '../../../src/facets/names/rules';
import type { EntityFacet, EntityType } from '../../../src/types';

/** Runs the stage on a claim placed inside a longer article, so offsets are tested as absolute. */
function entitiesIn(claim: string, rules: NameRules): EntityFacet[] {
  const article = `Første linje.\n\n${claim}\n\nSidste linje.`;
  const start = article.indexOf(claim);
  const found = findEntities({ text: claim, start, end: start + claim.length }, rules);
  for (const e of found) expect(article.slice(e.start, e.end)).toBe(e.text);
  return found;
}

/** Expected entities as 'text=key' or 'text=key:type'. */
function check(rules: NameRules, input: string, expected: string[]) {
  const found = entitiesIn(input, rules);
  const shown = found.map((e, i) => (expected[i]?.includes(':') ? `${e.text}=${e.key}:${e.type}` : `${e.text}=${e.key}`));
  expect(shown).toEqual(expected);
}

const danish: Array<[string, string[]]> = [
  ['Lavrov mødtes med Tillerson i Wien.', ['Lavrov=lavrov', 'Tillerson=tillerson', 'Wien=vienna:place']],
  // After a sentence-initial common word, a name that reads as a compound of common words is a name ('sand' + 'oval').
  ['Hvad Sandoval så, ændrede hans liv.', ['Sandoval=sandoval']],
  ['Kør Sandoval til stationen.', ['Sandoval=sandoval']],
  // A point of the compass closed onto a place names the place; a country with it in its name stays that country.
  ['Kampene i Østukraine og Nordsyrien fortsætter.', ['Østukraine=ukraine:place', 'Nordsyrien=syria:place']],
  ['Nordkorea truer Sydkorea.', ['Nordkorea=north korea', 'Sydkorea=south korea']],
  ['Nordmænd og Vestergaard kom.', ['Vestergaard=vestergaard']],
  // A bracket closed after a full stop ends the sentence: the next word is a sentence start.
  ['De skændtes (om penge og om Kim.) Men hvis du går glip af det, er du sat af.', ['Kim=kim']],
  // Institutions Danish writes in lowercase or with a genitive, keyed as the English names.
  ['Ri talte i FN\'s generalforsamling, og sagen gik til retsudvalget.', ['Ri=ri', 'FN\'s generalforsamling=un general assembly:organisation', 'retsudvalget=judiciary committee:organisation']],
  // Possessives: the genitive -s of a known name, and an apostrophe after an acronym.
  ['Nordkoreas leder talte med USA\'s præsident.', ['Nordkorea=north korea:place', 'USA=united states:place']],
  ['Det siger Ruslands udenrigsminister, Sergej Lavrov.', ['Rusland=russia', 'Sergej Lavrov=sergei lavrov:person']],
  // A capitalised common word at a sentence start is not a name; its inflected forms neither.
  ['Styret i Nordkorea ønsker samtaler.', ['Nordkorea=north korea']],
  ['Ifølge Reuters er mødet aflyst.', ['Reuters=reuters:organisation']],
  ['Politiassistent Brian O\'Hagan udtalte sig.', ['Brian O\'Hagan=brian ohagan']],
  ['Alle andre spørgsmål kommer i anden række, lod Tillerson forstå.', ['Tillerson=tillerson']],
  // Acronyms and the organisation table.
  ['Vi samarbejder med FN og FN\'s Sikkerhedsråd.', ['FN=united nations:organisation', "FN's Sikkerhedsråd=un security council:organisation"]],
  ['Ministermødet i OSCE blev holdt i København.', ['OSCE=osce:organisation', 'København=copenhagen:place']],
  ['Organisationen for Sikkerhed og Samarbejde i Europa holdt møde.', ['Organisationen for Sikkerhed og Samarbejde i Europa=osce']],
  ['Han talte i Det Hvide Hus.', ['Det Hvide Hus=white house:organisation']],
  // Hyphenated compounds: the capitalised head is the name; a hyphenated given name stays whole.
  ['Vi må få løst Ukraine-spørgsmålet.', ['Ukraine=ukraine']],
  ['Nordkoreas leder, Kim Jong-un, svarede.', ['Nordkorea=north korea', 'Kim Jong-un=kim jong un:person']],
  // A role before a name makes it a person.
  ['På et pressemøde med statsminister, Sebastian Kunz, talte han.', ['Sebastian Kunz=sebastian kunz:person']],
  ['Tillerson rejste til Paris fredag.', ['Tillerson=tillerson', 'Paris=paris:place']],
  // A bare genitive on an unknown name is stripped before a noun ('Trumps regering'), not before a verb.
  ['Trumps regering svarede, mens Mattis har tiet.', ['Trump=trump', 'Mattis=mattis']],
  // Danish transliteration meets the English spelling.
  ['Præsident Viktor Janukovitj flygtede.', ['Viktor Janukovitj=viktor janukovich:person']],
  ['"Vi er klar," siger Lavrov ifølge Interfax.', ['Lavrov=lavrov', 'Interfax=interfax']],
  // Demonyms, in lowercase and inflected, name their country.
  ['De russiske og amerikanske diplomater mødtes.', ['russiske=russia:place', 'amerikanske=united states:place']],
  ['Amerikanernes holdning kritiseres af Tyskland.', ['Amerikanernes=united states', 'Tyskland=germany']],
  // A bare genitive before another name ends the first: 'Liverpools Daniel Sturridge'; a given name does not.
  ['Liverpools Daniel Sturridge scorede.', ['Liverpool=liverpool', 'Daniel Sturridge=daniel sturridge']],
  ['Mads Mikkelsen og Jens Stoltenberg talte.', ['Mads Mikkelsen=mads mikkelsen', 'Jens Stoltenberg=jens stoltenberg']],
  // Names Danish writes in lowercase, and a known name opening a closed compound.
  ['Sagen går til højesteret, og finansministeriet svarer.', ['højesteret=supreme court:organisation', 'finansministeriet=finance ministry']],
  ['Den højesteretsnominerede talte om Ukrainekrigen.', ['højesteret=supreme court', 'Ukraine=ukraine']],
  ['Rosenberg-parret blev henrettet.', ['Rosenberg=rosenberg']],
  // Currency codes and common abbreviations are no names; inflected common words at a sentence start neither.
  ['Investeringen er på 50 mio. USD, og TV-kanalerne dækker den.', []],
  ['Forhåbningerne var store i Bolivia.', ['Bolivia=bolivia']],
  ['Albummet udkom i London.', ['London=london']],
  // A party's members stand for the party, as a demonym for its country.
  ['Lækkede dokumenter viser, at Republikanerne vidste det.', ['Republikanerne=republican party:organisation']],
  // A name and its acronym in brackets share the acronym's key, or the table's key when only the name is known.
  ['Forbundet af Tyske Industrier (BDI) advarer.', ['Forbundet af Tyske Industrier=bdi:organisation', 'BDI=bdi:organisation']],
  ['Han talte om FN (De Forenede Nationer).', ['FN=united nations', 'De Forenede Nationer=united nations']],
  // A category letter is no name; neither is a derived adjective or a long compound at a sentence start.
  ['Han er tiltalt for tre Klasse A-forseelser.', []],
  ['Holdet spiller i gruppe G mod Wien.', ['Wien=vienna']],
  ['"Fænomenalt" fra Livingston', ['Livingston=livingston']],
  ['Opblomstringen af alger breder sig mod Florida.', ['Florida=florida']],
  ['Hjemsendelsesrisikoen steg i juni, sagde Albence.', ['Albence=albence']],
  // A known name inside a longer one; the English article of an English title, read as English reads it.
  ['Desert Island Discs kører på søndag.', ['Desert Island Discs=desert island discs']],
  ['Det skrev The Hill lørdag.', ['Hill=hill']],
  // A lowercase compound opens only with a lowercase table name of some length: no 'Indus', 'Krim', 'inder'.
  ['Den russiske industriorganisation advarer mod organiseret kriminalitet på inderbanen.', ['russiske=russia']],
  // A bare genitive ends a name only before a person's name or a compound: otherwise the s belongs to the name.
  ['Celesio ejer kæden Lloyds Pharmacy.', ['Celesio=celesio', 'Lloyds Pharmacy=lloyds pharmaci']],
  ['Theresa Mays Chequers-plan blev afvist.', ['Theresa May=theresa mai', 'Chequers=chequers']],
  // English names kept in Danish text, with their English connector; months at a sentence start are times.
  ['Hun forsker ved University of Michigan.', ['University of Michigan=university of michigan:organisation']],
  ['"November kommer!" råbte demonstranterne.', []],
  ['De sælger energi i Øst- og Sydeuropa.', ['Sydeuropa=southern europe']],
  // English demonyms and heads in the English names Danish keeps are read as the English pack reads them.
  ['Hun sidder i bestyrelsen for Scottish Athletics.', ['Scottish=scotland:place', 'Athletics=athletics']],
  ['Forsamlingen kaldes et walisisk parlament (Welsh Parliament).', ['walisisk=wales', 'Welsh=wales']],
  ['Filmen viser Johnny English på Whitehall.', ['Johnny English=johnni english', 'Whitehall=whitehall']],
  ['For mig er Johnny Englishs eventyr for lette.', ['Johnny English=johnni english']],
  // Lowercase demonyms the generated tables miss.
  ['Den tyske kansler mødte briterne og de canadiske ministre.', ['tyske=germany:place', 'briterne=united kingdom', 'canadiske=canada']],
];

const english: Array<[string, string[]]> = [
  ['Lavrov met Tillerson in Vienna on Thursday.', ['Lavrov=lavrov', 'Tillerson=tillerson', 'Vienna=vienna:place']],
  ["North Korea's foreign minister met Lavrov's deputy.", ['North Korea=north korea:place', 'Lavrov=lavrov']],
  ['Talks with the U.S. and the U.N. resumed.', ['U.S.=united states:place', 'U.N.=united nations:organisation']],
  ["The U.S.'s position is clear.", ['U.S.=united states']],
  // A demonym names its country, so 'Russian' and 'russisk' compare with 'Russia' and 'Rusland'.
  ['According to Russian foreign minister Sergei Lavrov, talks are possible.', ['Russian=russia:place', 'Sergei Lavrov=sergei lavrov:person']],
  ['The offer was made during a meeting in Vienna.', ['Vienna=vienna']],
  ['Indeed Pyongyang wants talks.', ['Pyongyang=pyongyang']],
  // Weekdays and 'I' are capitalised but not names; demonyms name their country; party words are no names.
  ['I think the North Korean leadership met Russian officials on Monday.', ['North Korean=north korea', 'Russian=russia']],
  ['Democratic senators and Republicans disagreed.', ['Democratic=democratic party:organisation', 'Republicans=republican party:organisation']],
  ['The deal is worth USD 5 million, or 4 million GBP.', []],
  ['Americans and Russians met.', ['Americans=united states:place', 'Russians=russia:place']],
  // A demonym after a given name is a surname.
  ['John English met Scottish officials in Leeds.', ['John English=john english', 'Scottish=scotland', 'Leeds=leeds']],
  // A closing quotation mark does not start a sentence: 'City' after it is a name.
  ['"He is struggling," City manager Pep Guardiola said.', ['City=citi', 'Pep Guardiola=pep guardiola']],
  // Common words at a sentence start, inflected: 'Doubling', 'Researchers', a hyphenated common word.
  ['Doubling the budget was a mistake, Lee said.', ['Lee=lee']],
  ['Researchers in Boston agreed.', ['Boston=boston']],
  ['Year-on-year growth in China slowed.', ['China=china']],
  ['NATO and the OSCE met in Geneva, Switzerland.', ['NATO=nato:organisation', 'OSCE=osce', 'Geneva=geneva', 'Switzerland=switzerland']],
  ['But US State Department Spokesperson Heather Nauert disagreed.', ['US=united states', 'State Department=foreign ministry', 'Heather Nauert=heather nauert:person']],
  ['Foreign Minister Ri defended the programme.', ['Ri=ri:person']],
  ['A flag flies outside the Permanent Mission of North Korea.', ['Permanent Mission of North Korea=permanent mission of north korea:organisation']],
  ['Former president John F. Kennedy visited Berlin.', ['John F. Kennedy=john f kennedi:person', 'Berlin=berlin']],
  ['He spoke to the Ministry of Foreign Affairs.', ['Ministry of Foreign Affairs=foreign ministry:organisation']],
  ['The Treasury and the Supreme Court disagreed.', ['Treasury=finance ministry', 'Supreme Court=supreme court']],
  ['Related Articles', []],
  ['The Bells of St. Martin Fall Silent as Churches in Harlem Struggle', ['St. Martin=st martin', 'Harlem=harlem']],
  ["Mr. Adams said Thursday's meeting went well.", ['Adams=adams:person']],
  ['Secretary of State Rex Tillerson arrived.', ['Rex Tillerson=rex tillerson:person']],
  ['He moved from Kiev to Turkey.', ['Kiev=kyiv', 'Turkey=turkiye']],
  // A name and its acronym in brackets are one entity.
  ['The Federation of German Industries (BDI) has called on Washington.', ['Federation of German Industries=bdi:organisation', 'BDI=bdi', 'Washington=washington']],
  ['The Ministry of Health (MOH) in Singapore said.', ['Ministry of Health=health ministry', 'MOH=health ministry', 'Singapore=singapore']],
  // An institution named by its head alone, a category letter: common nouns, lowercase in other languages.
  ['He spoke to the Commission and the Navy on Friday.', []],
  ['He is charged with two Class A misdemeanours.', []],
  // US state codes that read as no word; compound demonyms.
  ['A fire broke out 30 miles from the TX border.', ['TX=texas:place']],
  ['Officials from North American and Central American countries met.', []],
  // A demonym that is also a surname ends the unknown name before it.
  ['Audiences cheered when Tobias Welsh scored in Leeds.', ['Tobias Welsh=tobias welsh', 'Leeds=leeds']],
  // Acronyms with their last dot dropped; an initial inside a name is no article; 'No.1' and 'Sens.' are no names.
  ['The N.F.L, the N.B.A. and the players agreed.', ['N.F.L=nfl', 'N.B.A.=nba']],
  ['The carillon was played by Tomas A. Reyes last year.', ['Tomas A. Reyes=tomas a reyes']],
  ['China wants to be No.1 in robotics.', ['China=china']],
  ['Republican Sens. Anna Holt and Mark Webb disagreed.', ['Republican=republican party:organisation', 'Anna Holt=anna holt', 'Mark Webb=mark webb']],
  // Derived words at a sentence start or in a title are no names.
  ['Penalizing Allies Is Not a Strategy, Critics Say', []],
  ["'Phenomenal' from Livingston - analysis", ['Livingston=livingston']],
  // A known name inside a longer one, or ending it with a possessive.
  ['the South China Morning Post reported on Sunday.', ['South China Morning Post=south china morning post']],
  ["BBC Scotland's Alasdair Lamont was at the ground.", ['BBC Scotland=bbc scotland', 'Alasdair Lamont=alasdair lamont']],
  // An outlet opening a sentence stays a name though its first word is a common one.
  ['Fox News has more viewers than the Guardian.', ['Fox News=fox news:organisation', 'Guardian=guardian:organisation']],
  ['They argued (over money, over the house.) Police came later.', []],
  // Capitalised common words opening a sentence make a title when three or more stand together.
  ['Desert Island Discs is on the radio, Daley said.', ['Desert Island Discs=desert island discs', 'Daley=dalei']],
  // A compass point alone is no name; inside one it stays.
  ["The North says Northwest Florida and West Ham agree.", ['Florida=florida', 'West Ham=west ham']],
];

describe('findEntities (Danish)', () => {
  it.each(danish)('%s', (input, expected) => check(da, input, expected));
});

describe('findEntities (English)', () => {
  it.each(english)('%s', (input, expected) => check(en, input, expected));
});

describe('cross-language keys', () => {
  const key = (text: string, rules: NameRules) => entitiesIn(text, rules).map((e) => e.key);
  it.each([
    ['i Wien', 'in Vienna'],
    ['i København', 'in Copenhagen'],
    ['i Nordkorea', 'in North Korea'],
    ['til Østrig', 'to Austria'],
    ['med Rusland', 'with Russia'],
    ['i Storbritannien', 'in Britain'],
    ['med FN', 'with the United Nations'],
    ['med De Forenede Nationer', 'with the UN'],
    ['mod USA', 'against the United States'],
    ['mod Amerika', 'against America'],
    ['af Sergej Lavrov', 'by Sergey Lavrov'],
    ['af Aleksej Navalnyj', 'by Alexei Navalny'],
    ['af Dmitrij Medvedev', 'by Dmitry Medvedev'],
    ['af Volodymyr Zelenskyj', 'by Volodymyr Zelensky'],
    ['af Viktor Janukovitj', 'by Viktor Yanukovych'],
    ['i Mellemøsten', 'in the Middle East'],
    ['i Østukraine', 'in eastern Ukraine'],
    ['om CO₂', 'about CO2'],
  ])('%s / %s', (d, e) => {
    expect(key(d, da)).toHaveLength(1);
    expect(key(d, da)).toEqual(key(e, en));
  });
});

describe('sameEntity', () => {
  const entity = (key: string, type: EntityType = 'person'): EntityFacet => ({ text: key, start: 0, end: key.length, key, type });
  it.each([
    // [a, b, same, similarity range]
    ['sebastian kunz', 'sebastian kurz', true, [0.8, 0.99]],
    ['kunz', 'kurz', true, [0.7, 0.99]],
    ['lavrov', 'sergei lavrov', true, [0.85, 0.95]],
    ['tillerson', 'tilerson', true, [0.85, 0.99]],
    ['kim jong un', 'kim jong nam', false, [0, 0.8]],
    ['lavrov', 'tillerson', false, [0, 0.3]],
    ['sergei lavrov', 'andrei lavrov', false, [0, 0.8]],
    ['kim', 'kim jong un', false, [0, 0.6]],
    ['donald trump', 'donald trump', true, [1, 1]],
    // A designator after a name: the same place or person with and without it.
    ['qinghai', 'qinghai province', true, [0.9, 0.99]],
    ['pinellas counti', 'pinellas', true, [0.9, 0.99]],
    ['jeane freeman', 'jeane freeman msp', true, [0.9, 0.99]],
    ['lee counti', 'pinellas counti', false, [0, 0.6]],
    ['washington state', 'washington', false, [0, 0.8]],
  ] as const)('%s / %s → %s', (a, b, same, [low, high]) => {
    const result = sameEntity(entity(a), entity(b));
    expect(result.same).toBe(same);
    expect(result.similarity).toBeGreaterThanOrEqual(low);
    expect(result.similarity).toBeLessThanOrEqual(high);
    expect(sameEntity(entity(b), entity(a))).toEqual(result);
  });

  it('never takes a person and a place with one key for one another', () => {
    expect(sameEntity(entity('washington', 'person'), entity('washington', 'place')).same).toBe(true);
    expect(sameEntity(entity('georgia', 'person'), entity('georgie', 'place')).same).toBe(false);
  });

  it('finds the same person in a Danish and an English claim', () => {
    const [d] = entitiesIn('Ifølge Sergej Lavrov er USA klar.', da);
    const [e] = entitiesIn('According to Sergey Lavrov, the US is ready.', en);
    expect(sameEntity(d, e)).toEqual({ same: true, similarity: 1 });
  });
});

describe('findEntities, bad input', () => {
  it.each([
    ['empty', ''],
    ['spaces', '  \n '],
    ['odd unicode', '\u0000\uFFFD\u200B ÅÆØ 𝐀𝐁𝐂 \uD800 Ωμέγα'],
    ['punctuation', "''' ... --- \"\" ’s"],
  ])('%s does not crash', (_, text) => {
    expect(() => findEntities({ text, start: 0, end: text.length }, da)).not.toThrow();
    expect(() => findEntities({ text, start: 0, end: text.length }, en)).not.toThrow();
  });

  it('copes with a missing span and a very long text', () => {
    expect(findEntities(undefined as never, en)).toEqual([]);
    const long = 'Lavrov met Tillerson in Vienna. '.repeat(3000);
    const t0 = Date.now();
    const found = findEntities({ text: long, start: 0, end: long.length }, en);
    expect(found).toHaveLength(9000);
    expect(Date.now() - t0).toBeLessThan(10_000);
    // Past the stage's limit (100,000 characters, far more than a claim) the rest is left out, not a crash.
    const huge = long.repeat(10);
    expect(findEntities({ text: huge, start: 0, end: huge.length }, en).length).toBeLessThan(10_000);
  });
});
