import { describe, expect, it } from 'vitest';
import { findAttribution, findBackReference } from '../../src/text/attribution';
import { text as da } from '../../src/lang/da/text';
import { text as en } from '../../src/lang/en/text';
import type { TextRules } from '../../src/text/rules';
import type { Attribution } from '../../src/types';

const packs: Record<string, TextRules> = { da, en };

/** The attribution as plain strings, after checking every span against the text. */
function read(text: string, att: Attribution | undefined): { speaker?: string; via: string[] } {
  for (const span of [att?.speaker, ...(att?.via ?? [])]) {
    if (span) expect(text.slice(span.start, span.end)).toBe(span.text);
  }
  const out: { speaker?: string; via: string[] } = { via: (att?.via ?? []).map((v) => v.text) };
  if (att?.speaker) out.speaker = att.speaker.text;
  return out;
}

function attribution(lang: string, sentence: string) {
  return read(sentence, findAttribution(sentence, { start: 0, end: sentence.length }, packs[lang]));
}

describe('findAttribution', () => {
  // [language, sentence, speaker, via]
  const cases: [string, string, string | undefined, string[]][] = [
    // Danish reported speech
    ['da', 'Lavrov oplyser, at han torsdag videregav beskeden.', 'Lavrov', []],
    ['da', 'Nordkorea ønsker samtaler, siger Lavrov.', 'Lavrov', []],
    ['da', 'Nordkorea ønsker samtaler, siger Ruslands udenrigsminister, Sergej Lavrov.', 'Sergej Lavrov', []],
    ['da', 'Ruslands udenrigsminister, Sergej Lavrov, sagde, at mødet var nyttigt.', 'Sergej Lavrov', []],
    ['da', 'Alle andre spørgsmål kommer i anden række, lod Tillerson forstå.', 'Tillerson', []],
    ['da', 'Den amerikanske udenrigsminister sagde torsdag, at mødet var aflyst.', 'Den amerikanske udenrigsminister', []],
    ['da', 'På et pressemøde i Wien sagde Tillerson, at Rusland må trække sig.', 'Tillerson', []],
    ['da', 'I går sagde Mette Frederiksen, at valget bliver i juni.', 'Mette Frederiksen', []],
    ['da', 'Mødet er aflyst, oplyser politiet i en pressemeddelelse.', 'politiet', []],
    ['da', 'Der er mindst 20 døde, lyder det fra de lokale myndigheder.', 'de lokale myndigheder', []],
    ['da', 'Kilder i ministeriet oplyser til Berlingske, at aftalen er på plads.', 'Kilder i ministeriet', ['Berlingske']],
    ['da', 'Statsministeren siger til DR, at valget bliver i juni.', 'Statsministeren', ['DR']],
    // Danish outlets and 'ifølge'
    ['da', 'Ifølge nyhedsbureauet Interfax er mødet aflyst.', undefined, ['Interfax']],
    ['da', 'Mødet er ifølge politiet aflyst.', 'politiet', []],
    ['da', 'Mødet er aflyst, skriver avisen Politiken.', undefined, ['Politiken']],
    ['da', 'Mødet er aflyst, melder russiske statsmedier.', undefined, ['russiske statsmedier']],
    ['da', 'Politiken skriver, at aftalen er på plads.', undefined, ['Politiken']],
    ['da', 'Vi er klar, siger Lavrov ifølge russiske nyhedsbureauer.', 'Lavrov', ['russiske nyhedsbureauer']],
    ['da', 'Ifølge Reuters siger Lavrov, at mødet var nyttigt.', 'Lavrov', ['Reuters']],
    ['da', 'Ingen kom til skade, siger vagtchef Henrik Jensen fra Nordsjællands Politi til TV 2.', 'Henrik Jensen', ['TV 2']],
    ['da', 'Udenrigsminister Lars Løkke Rasmussen (V) siger, at Danmark støtter planen.', 'Lars Løkke Rasmussen', []],
    ['da', 'Lørdag sagde talsmanden for Kreml, Dmitrij Peskov, at mødet var konstruktivt.', 'Dmitrij Peskov', []],
    ['da', 'Lavrov sagde, at aftalen var en god nyhed, skriver Interfax.', 'Lavrov', ['Interfax']],
    // Danish sentences without attribution
    ['da', 'Tillerson tog mandag hul på et besøg i Europa.', undefined, []],
    ['da', 'Det siger sig selv, at aftalen er vigtig.', undefined, []],
    ['da', 'Han skriver en bog om krigen.', undefined, []],
    // English reported speech
    ['en', 'North Korea is open to talks, according to Russian foreign minister Sergei Lavrov, who met Tillerson.', 'Sergei Lavrov', []],
    ['en', 'Lavrov told reporters in Vienna that the talks would resume.', 'Lavrov', []],
    ['en', 'US State Department Spokesperson Heather Nauert said on Thursday that no talks were planned.', 'Heather Nauert', []],
    ['en', 'Kremlin spokesman Dmitry Peskov said the meeting was useful.', 'Dmitry Peskov', []],
    ['en', 'Dmitry Peskov, the Kremlin spokesman, said the meeting was useful.', 'Dmitry Peskov', []],
    ['en', 'Russian Foreign Minister Sergei Lavrov has also said the talks were useful.', 'Sergei Lavrov', []],
    ['en', 'A spokesman for the ministry said no decision had been made.', 'A spokesman for the ministry', []],
    ['en', 'Pyongyang does not want escalation, senator says', 'senator', []],
    ['en', 'Officials said the death toll had risen to 20.', 'Officials', []],
    ['en', 'On Thursday, Lavrov said the talks were useful.', 'Lavrov', []],
    ['en', 'The talks were useful, said Lavrov, who met Tillerson in Vienna.', 'Lavrov', []],
    ['en', 'Lavrov and Tillerson said the talks were useful.', 'Lavrov and Tillerson', []],
    ['en', 'U.N. official Jeffrey Feltman said the visit was useful.', 'Jeffrey Feltman', []],
    ['en', 'Donald J. Trump said the talks were useless.', 'Donald J. Trump', []],
    ['en', 'Theresa May said the talks were useful.', 'Theresa May', []],
    ['en', 'The move is seen as a snub, analysts said.', 'analysts', []],
    // English outlets
    ['en', 'The talks will resume in January, Russian news agencies reported.', undefined, ['Russian news agencies']],
    ['en', 'The minister told Interfax that the talks would resume.', 'The minister', ['Interfax']],
    ['en', 'TASS quoted Lavrov as saying the talks were useful.', 'Lavrov', ['TASS']],
    ['en', 'Lavrov was quoted by Interfax as saying the talks were useful.', 'Lavrov', ['Interfax']],
    ['en', 'North Korea is ready for talks, state media said.', undefined, ['state media']],
    ['en', 'The plan has been shelved, two people familiar with the matter told Reuters.', 'two people familiar with the matter', ['Reuters']],
    ["en", "Russia's RIA news agency quoted Peskov as saying the talks were useful.", 'Peskov', ['RIA']],
    ['en', 'Sources told CNN that the plan had been shelved.', 'Sources', ['CNN']],
    ['en', 'Secretary-General António Guterres told the BBC that the talks were useful.', 'António Guterres', ['BBC']],
    ['en', 'Interfax reported that Lavrov said the talks were useful.', 'Lavrov', ['Interfax']],
    ['en', 'Clark said it was worrying that the firm had told the BBC it would leave.', 'Clark', []],
    ['en', 'Guterres, speaking to reporters on Monday, said the war must end.', 'Guterres', []],
    ['en', 'Residents are being told by police to stay indoors.', undefined, []],
    // English sentences without attribution
    ['en', 'The company reported a loss of $5 million.', undefined, []],
    ['en', 'The attack claimed the lives of 20 people.', undefined, []],
    ['en', 'Feltman arrived in Pyongyang on Tuesday for a four-day visit.', undefined, []],
  ];

  for (const [lang, sentence, speaker, via] of cases) {
    it(`${lang}: ${sentence}`, () => {
      const expected: { speaker?: string; via: string[] } = { via };
      if (speaker) expected.speaker = speaker;
      expect(attribution(lang, sentence)).toEqual(expected);
    });
  }

  it('reads only the window it is given, with offsets into the whole text', () => {
    const text = 'Første sætning. Mødet er aflyst, siger Lavrov.';
    const att = findAttribution(text, { start: 16, end: text.length }, da);
    expect(att?.speaker).toEqual({ text: 'Lavrov', start: 39, end: 45 });
  });

  it('ignores verbs inside hidden quotations', () => {
    const text = 'Han kaldte det "en aftale, som alle siger ja til".';
    const hidden: [number, number][] = [[16, 48]];
    expect(findAttribution(text, { start: 0, end: text.length, hidden }, da)).toBeUndefined();
  });

  it('gives nothing for empty or odd input', () => {
    for (const text of ['', '   ', '"""', '\uD800', ',, siger .']) {
      expect(findAttribution(text, { start: 0, end: text.length }, da)).toBeUndefined();
    }
  });
});

describe('findBackReference', () => {
  // [language, sentence, speaker, via, attribution only]
  const cases: [string, string, string | undefined, string[], boolean][] = [
    ['da', 'Det siger Lavrov.', 'Lavrov', [], true],
    ['da', 'Det rapporterer Reuters.', undefined, ['Reuters'], true],
    ['da', 'Det oplyser politiet i en pressemeddelelse.', 'politiet', [], true],
    ['da', 'Det skriver avisen Jyllands-Posten.', undefined, ['Jyllands-Posten'], true],
    ['da', 'Det siger Ruslands udenrigsminister, Sergej Lavrov, ifølge russiske nyhedsbureauer.', 'Sergej Lavrov', ['russiske nyhedsbureauer'], true],
    ['da', 'Det siger Lavrov, der mener, at Nordkorea vil forhandle om sit atomprogram.', 'Lavrov', [], false],
    ['en', 'That is according to Reuters.', undefined, ['Reuters'], true],
    ["en", "That's according to the ministry.", 'the ministry', [], true],
  ];
  for (const [lang, sentence, speaker, via, only] of cases) {
    it(`${lang}: ${sentence}`, () => {
      const found = findBackReference(sentence, { start: 0, end: sentence.length }, packs[lang]);
      const expected: { speaker?: string; via: string[] } = { via };
      if (speaker) expected.speaker = speaker;
      expect(read(sentence, found?.attribution)).toEqual(expected);
      expect(found?.onlyAttribution).toBe(only);
    });
  }

  it('is not fooled by sentences that merely start with Det', () => {
    for (const sentence of ['Det siger sig selv.', 'Det var en kold dag i Wien.', 'Det er uklart, hvad der sker.']) {
      expect(findBackReference(sentence, { start: 0, end: sentence.length }, da)).toBeUndefined();
    }
  });
});
