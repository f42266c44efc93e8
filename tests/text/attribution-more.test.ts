import { describe, expect, it } from 'vitest';
import { findAttribution } from '../../src/text/attribution';
import { extractClaims } from '../../src/text/claims';
import { splitSentences } from '../../src/text/sentences';
import { text as da } from '../../src/lang/da/text';
import { text as en } from '../../src/lang/en/text';
import type { TextRules } from '../../src/text/rules';

const packs: Record<string, TextRules> = { da, en };

function speakerOf(lang: string, sentence: string): string | undefined {
  const att = findAttribution(sentence, { start: 0, end: sentence.length }, packs[lang]);
  if (att?.speaker) expect(sentence.slice(att.speaker.start, att.speaker.end)).toBe(att.speaker.text);
  return att?.speaker?.text;
}

function viaOf(lang: string, sentence: string): string[] {
  const att = findAttribution(sentence, { start: 0, end: sentence.length }, packs[lang]);
  return (att?.via ?? []).map((v) => v.text);
}

/** The speaker of each claim of a short article. */
function speakers(lang: string, article: string): (string | undefined)[] {
  const rules = packs[lang];
  return extractClaims(article, splitSentences(article, rules), rules).map((c) => c.attribution?.speaker?.text);
}

describe('findAttribution: more reporting verbs', () => {
  // [language, sentence, speaker]
  const cases: [string, string, string | undefined][] = [
    ['da', 'Kommunen har gentagne gange understreget, at broen er sikker.', 'Kommunen'],
    ['da', 'Landstræner Kasper Hjulmand har meddelt, at holdet er udtaget.', 'Kasper Hjulmand'],
    ['da', 'Økonomer bemærkede, at renten var steget i tre måneder.', 'Økonomer'],
    ['da', 'Klubbens presseansvarlige Mette Lund tweetede, at kampen er aflyst.', 'Mette Lund'],
    ['da', 'Regionen har bekræftet, at tre patienter er smittet.', 'Regionen'],
    ['da', 'Borgmesteren har i dag annonceret, at skolen lukker.', 'Borgmesteren'],
    ['en', 'Economists argue that the bank should cut rates.', 'Economists'],
    ['en', 'Local farmers warn that the harvest will be poor.', 'Local farmers'],
    ['en', 'The witness testified last week that the car was red.', 'The witness'],
    ['en', 'The UN estimates that more than two million people have fled.', 'UN'],
    ['da', '"Man skulle tro, at jeg var syg," mindes Jensen om pressens dækning.', 'Jensen'],
    // 'tell' alone is no reporting verb; a participle has no subject after it
    ['en', 'Only time will tell whether the plan works.', undefined],
    ['da', 'Hun blev kritiseret efter at have forklaret sin søns opførsel med stress.', undefined],
    // a plain form alone, with no subject or complement, credits nobody
    ['en', 'They wanted to tell the truth about the flood.', undefined],
    ['en', 'The airline operating a flight that crashed into a lagoon in Fiji now says one man is missing.', undefined],
  ];

  it.each(cases)('%s: %s', (lang, sentence, speaker) => {
    expect(speakerOf(lang, sentence)).toBe(speaker);
  });
});

describe('extractClaims: a closing mark whose quotation opened earlier', () => {
  // [language, article, speaker of each claim]
  const cases: [string, string, (string | undefined)[]][] = [
    ['en', 'The riders did a fantastic job all week, said Jensen.', ['Jensen']],
    ['en', 'It was a hard race. The team did an exceptional job," said Jensen.', [undefined, 'Jensen']],
    ['en', 'We will keep the plant open," the company said.', ['the company']],
    ['en', '"The council insists on the "plan first" and rejects the "final offer,"" Møller said.', ['Møller']],
    ['da', 'Det var et hårdt løb. Holdet gjorde et fremragende stykke arbejde," sagde Jensen.', [undefined, 'Jensen']],
    ['da', 'Vi holder fabrikken åben", sagde virksomheden.', ['virksomheden']],
  ];

  it.each(cases)('%s: %s', (lang, article, expected) => {
    expect(speakers(lang, article)).toEqual(expected);
  });
});

describe('findAttribution: a name in apposition around the speaker', () => {
  // [language, sentence, speaker, via]
  const cases: [string, string, string | undefined, string[]][] = [
    // the apposition after the name, before 'told' + outlet
    ['en', '"The vote is lost," Ahmed Novak, a nonpartisan political analyst, told the news site.', 'Ahmed Novak', ['the news site']],
    ['en', 'The vote is lost, Ahmed Novak, who teaches politics in Leeds, told Reuters.', 'Ahmed Novak', ['Reuters']],
    ['en', '"The vote is lost," a local analyst told the news site.', 'a local analyst', ['the news site']],
    ['en', 'The vote is lost, told Reuters.', undefined, ['Reuters']],
    ['da', '"Valget er tabt," fortalte Ahmed Novak, en uafhængig politisk analytiker, til nyhedsmediet.', 'Ahmed Novak', ['nyhedsmediet']],
    // a role with a place, then the name after a comma
    ['en', '"We will stop," said the managing director of Toyota at Burnaston, Marvin Cooke.', 'Marvin Cooke', []],
    ['en', 'It is a problem, said the head of the agency in Oslo, Kari Berg, on Monday.', 'Kari Berg', []],
    ['en', '"We will stop," said Marvin Cooke, Toyota\'s managing director at Burnaston.', 'Marvin Cooke', []],
    ['da', '"Vi stopper," sagde den administrerende direktør for Toyota på Burnaston, Marvin Cooke.', 'Marvin Cooke', []],
    ['da', '"Det er et problem", sagde lederen af BDI, Dieter Kempf, efter et møde.', 'Dieter Kempf', []],
    ['da', 'Vi lukker, siger direktøren for fabrikken i Kolding, Jens Hansen, til DR.', 'Jens Hansen', ['DR']],
    // no name after the comma: the role stays the speaker
    ['da', 'Vi lukker, siger direktøren for fabrikken i Kolding, og det er trist.', 'direktøren for fabrikken', []],
  ];

  it.each(cases)('%s: %s', (lang, sentence, speaker, via) => {
    expect(speakerOf(lang, sentence)).toBe(speaker);
    expect(viaOf(lang, sentence)).toEqual(via);
  });
});

describe('findAttribution: age, place and a shared subject', () => {
  // [language, sentence, speaker]
  const cases: [string, string, string | undefined][] = [
    // an age or a place between the name and the verb (Danish has no comma there)
    ['da', 'Michael Vann på 72 sagde, at hans bedstefar var en helt.', 'Michael Vann'],
    ['da', 'Meteorologisk Institut i Aarhus påpegede i et opslag, at stormen var den værste i år.', 'Meteorologisk Institut'],
    ['da', 'Et medlem fra partiet Venstre sagde, at gruppen var bekymret.', undefined],
    ['da', 'På et pressemøde i Odense sagde, at det var slut.', undefined],
    ['da', 'Den 24-årige sagde, at han ikke havde set det komme.', 'Den 24-årige'],
    ['en', 'Michael Vann, 72, said his grandfather was a hero.', 'Michael Vann'],
    ['en', '"It was a good point for us," said the 31-year-old.', 'the 31-year-old'],
    ['da', '"Det var et godt point for os," sagde den 31-årige.', 'den 31-årige'],
    // a title abbreviation before the name
    ['da', '"Der var en bar på hvert hjørne", sagde Hr. Adams.', 'Adams'],
    ['da', '"Baren lukker", sagde dr. Berg til avisen.', 'Berg'],
    // the subject of the first verb carried to the reporting verb after 'og'/'and'
    ['da', 'Daley var gæst i programmet og sagde, at han følte sig mindre værd.', 'Daley'],
    ['da', 'Politiet fandt våbnet i en skov og oplyste, at det var brugt ved drabet.', 'Politiet'],
    ['da', 'Jonas Holm, en 42-årig mekaniker, filmede optøjerne og sagde, at politikerne bar skylden.', 'Jonas Holm'],
    ['da', 'Daley vandt, mens Peter tabte og sagde, at det var slut.', undefined],
    ['en', 'Daley appeared on the programme and said that he felt less worthy.', 'Daley'],
    ['en', 'Police recovered the weapon from a forest and said it had been used in the killing.', 'Police'],
    ['en', 'The minister met his Swedish counterpart in Oslo and told reporters that the talks went well.', 'The minister'],
    ['en', 'Prices rose in May and analysts said that inflation would ease.', 'analysts'],
  ];

  it.each(cases)('%s: %s', (lang, sentence, speaker) => {
    expect(speakerOf(lang, sentence)).toBe(speaker);
  });
});

describe('extractClaims: a stray closing mark between sentences', () => {
  function claims(lang: string, article: string): string[] {
    const rules = packs[lang];
    return extractClaims(article, splitSentences(article, rules), rules).map((c) => c.text);
  }

  it('leaves no mark at the start of the next claim', () => {
    const article = 'Nu har vi et godt forhold." Han sagde, at mødet var nyttigt.';
    expect(claims('da', article)).toEqual(['Nu har vi et godt forhold.', 'Han sagde, at mødet var nyttigt.']);
  });

  it('cuts the sentences after a closing mark whose quotation opened earlier', () => {
    const article = 'Nothing can be undone," Grant Miller, a professor, told The Hill on Saturday. Miller said he doubts it.';
    expect(speakers('en', article)).toEqual(['Grant Miller', 'Miller']);
    expect(claims('en', article)).toHaveLength(2);
  });
});

describe('findAttribution: asides, auxiliaries and a long inverted subject', () => {
  // [language, sentence, speaker]
  const cases: [string, string, string | undefined][] = [
    ['en', 'Mike Coupe, the chief executive of the chain, has said the outlets will look like department stores.', 'Mike Coupe'],
    ['en', 'The expert, Tiffany Ng of the University of Michigan, also noted that the bells were old.', 'Tiffany Ng'],
    ['da', 'Mette Holm, direktør for kæden, har sagt, at butikkerne skal ligne stormagasiner.', 'Mette Holm'],
    ['da', 'Lørdag meldte Oriol Junqueras, en af ni catalanske ledere, der har ventet på sin sag i et år, at han stiller op.', 'Oriol Junqueras'],
    ['da', 'Lørdag meldte klubben sig ud af ligaen.', undefined],
    ['da', 'Det var sent i kampagnen, så hun lovede, at hun ikke ville stille op.', 'hun'],
    ['da', 'Hun beskriver bjørnen som en "meget vigtig del af familien" og siger, at hendes far var stolt.', 'Hun'],
    ['en', 'Pompeo met Ri on the sidelines of the U.N. General Assembly and said afterwards that he would return.', 'Pompeo'],
  ];

  it.each(cases)('%s: %s', (lang, sentence, speaker) => {
    expect(speakerOf(lang, sentence)).toBe(speaker);
  });
});

describe('findAttribution: descriptions with a joiner, networks', () => {
  // [language, sentence, speaker, via]
  const cases: [string, string, string | undefined, string[]][] = [
    ['en', '"Voters will remember," Karine Holt, a senior adviser and national spokeswoman for the group Vote Now said on Friday.', 'Karine Holt', []],
    ['en', 'Paul Newman, of leisure and hospitality analysts RSM said: "Sales fell again."', 'Paul Newman', []],
    ['en', 'Lavrov and Tillerson said the talks were useful.', 'Lavrov and Tillerson', []],
    ['en', 'He pleaded not guilty when asked his plea, reported the network.', undefined, ['the network']],
    ['da', 'Han nægtede sig skyldig, rapporterer tv-netværket.', undefined, ['tv-netværket']],
    ['da', 'Budgettet bør fordobles, fortalte Lee til CNBC i et interview.', 'Lee', ['CNBC']],
  ];

  it.each(cases)('%s: %s', (lang, sentence, speaker, via) => {
    expect(speakerOf(lang, sentence)).toBe(speaker);
    expect(viaOf(lang, sentence)).toEqual(via);
  });
});

describe('weak verbs in tags, pronoun clauses and joined clauses', () => {
  // [language, sentence, speaker]
  const cases: [string, string, string | undefined][] = [
    ['en', 'Many analysts have warned they will see a backlash.', 'Many analysts'],
    ['en', 'Investors suggested a plan to the board.', undefined],
    ['en', 'Toyota was unable to say how long production would be stopped, but in the longer term, warned that costs would rise.', undefined],
    ['da', 'Stilspejdere forudser, at hattene kommer i butikkerne.', 'Stilspejdere'],
    ['da', 'Ministeren har skrevet til personalet, der arbejder på sygehusene, for at takke dem og ønske, at de bliver.', undefined],
    ['da', 'Han skriver en bog om krigen.', undefined],
  ];

  it.each(cases)('%s: %s', (lang, sentence, speaker) => {
    expect(speakerOf(lang, sentence)).toBe(speaker);
  });

  // [language, article, speaker of each claim]
  const articles: [string, string, (string | undefined)[]][] = [
    ['en', 'Karen Smith said the bridge was safe. "We are very close to finishing," she vowed in late August.', ['Karen Smith', 'Karen Smith']],
    ['da', 'Karen Smith sagde, at broen var sikker. "Vi er tæt på at være færdige," lovede hun i august.', ['Karen Smith', 'Karen Smith']],
    [
      'da',
      'Daley giftede sig sidste år med filmmanden, som er 20 år ældre, men fortalte, at alderen aldrig var et problem.',
      [undefined, 'Daley'],
    ],
  ];

  it.each(articles)('%s: %s', (lang, article, expected) => {
    expect(speakers(lang, article)).toEqual(expected);
  });
});

describe('findAttribution: a name with an age before a description', () => {
  // [language, sentence, speaker]
  const cases: [string, string, string | undefined][] = [
    ['en', 'Narcis Termes, 68, an electrician attending the protest with his wife said he was no longer hopeful.', 'Narcis Termes'],
    ['da', 'Narcis Termes, 68, en elektriker, som deltog i protesten med sin kone, sagde, at han ikke længere håber.', 'Narcis Termes'],
    ['en', 'An electrician attending the protest with his wife said he was no longer hopeful.', 'An electrician attending the protest with his wife'],
  ];

  it.each(cases)('%s: %s', (lang, sentence, speaker) => {
    expect(speakerOf(lang, sentence)).toBe(speaker);
  });
});
