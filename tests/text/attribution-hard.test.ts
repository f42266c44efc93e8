import { describe, expect, it } from 'vitest';
import { findAttribution, findBackReference } from '../../src/text/attribution';
import { extractClaims } from '../../src/text/claims';
import { splitSentences } from '../../src/text/sentences';
import { text as da } from '../../src/lang/da/text';
import { text as en } from '../../src/lang/en/text';
import type { TextRules } from '../../src/text/rules';
import type { Attribution } from '../../src/types';

const packs: Record<string, TextRules> = { da, en };

/** The attribution as plain strings, after checking every span against the text. */
function read(text: string, att: Attribution | undefined): [string | undefined, string[]] {
  for (const span of [att?.speaker, ...(att?.via ?? [])]) {
    if (span) expect(text.slice(span.start, span.end)).toBe(span.text);
  }
  return [att?.speaker?.text, (att?.via ?? []).map((v) => v.text)];
}

describe('findAttribution: hard cases', () => {
  // [language, sentence, speaker, via]
  const cases: [string, string, string | undefined, string[]][] = [
    // Danish: inverted order, roles, outlets told
    ['da', 'Mødet var nyttigt, siger den russiske udenrigsminister, Sergej Lavrov, til Interfax.', 'Sergej Lavrov', ['Interfax']],
    ['da', 'Derfor mener Lavrov, at mødet var nyttigt.', 'Lavrov', []],
    ['da', 'Torsdag oplyste politiet, at to personer er anholdt.', 'politiet', []],
    ['da', 'Den amerikanske udenrigsminister, Rex Tillerson, siger til CNN, at USA er klar.', 'Rex Tillerson', ['CNN']],
    ['da', 'Den amerikanske udenrigsminister lod forstå, at USA er klar.', 'Den amerikanske udenrigsminister', []],
    ['da', 'Kreml-talsmand Dmitrij Peskov sagde i en erklæring, at mødet var nyttigt.', 'Dmitrij Peskov', []],
    ['da', 'Rusland er klar til at forhandle, lod Lavrov forstå over for journalister.', 'Lavrov', []],
    ['da', 'Mødet er aflyst, lyder det fra Kreml.', 'Kreml', []],
    ['da', 'Det kan godt blive til en aftale, fortæller Lavrov til nyhedsbureauet Ritzau.', 'Lavrov', ['Ritzau']],
    ['da', 'Mødet er aflyst, tilføjer han.', 'han', []],
    // Danish 'ifølge' chains: agencies go to via, persons and roles to the speaker
    ['da', 'Mødet er aflyst, oplyser Lavrov ifølge TASS.', 'Lavrov', ['TASS']],
    ['da', 'Ifølge en talsmand for politiet er to personer anholdt.', 'en talsmand for politiet', []],
    ['da', 'Ifølge AFP, der citerer TASS, er mødet aflyst.', undefined, ['AFP', 'TASS']],
    ['da', 'Ifølge Lavrov er mødet aflyst, skriver Interfax.', 'Lavrov', ['Interfax']],
    ['da', 'Ifølge russiske nyhedsbureauer er mødet aflyst.', undefined, ['russiske nyhedsbureauer']],
    ['da', 'Mødet er ifølge DPA og Reuters aflyst.', undefined, ['DPA']],
    // English: outlets told, statements, quoted-as-saying frames
    ['en', 'Lavrov told Reuters that the meeting was useful.', 'Lavrov', ['Reuters']],
    ['en', 'The talks will resume, the ministry said in a statement.', 'the ministry', []],
    ['en', 'The ministry said in a statement that the talks would resume.', 'The ministry', []],
    ['en', 'Interfax quoted Lavrov as saying the talks would resume.', 'Lavrov', ['Interfax']],
    ['en', 'Lavrov was quoted by TASS as saying the talks would resume.', 'Lavrov', ['TASS']],
    ['en', 'Russian news agencies cited Lavrov as saying the talks would resume.', 'Lavrov', ['Russian news agencies']],
    ['en', 'A spokesman for the Kremlin, Dmitry Peskov, told reporters that the meeting was useful.', 'Dmitry Peskov', []],
    ['en', 'The talks will resume on Thursday, a senior official told CNN.', 'a senior official', ['CNN']],
    ['en', 'The meeting was useful, Lavrov said, speaking to reporters in Vienna.', 'Lavrov', []],
    ['en', 'According to Reuters, the talks will resume on Thursday.', undefined, ['Reuters']],
    ['en', 'Because it was late, she vowed that she would not run.', 'she', []],
    ['en', "I've said all along that we focus on our own players.", undefined, []],
    ['en', 'The talks will reportedly resume on Thursday.', undefined, []],
    ['en', 'The suspect was told by police that he could leave.', undefined, []],
  ];

  it.each(cases)('%s: %s', (lang, sentence, speaker, via) => {
    const att = findAttribution(sentence, { start: 0, end: sentence.length }, packs[lang]);
    expect(read(sentence, att)).toEqual([speaker, via]);
  });

  // [language, previous sentence + back-reference, speaker, via]
  const back: [string, string, string | undefined, string[]][] = [
    ['da', 'Det siger Kremls talsmand, Dmitrij Peskov, til Interfax.', 'Dmitrij Peskov', ['Interfax']],
    ['da', 'Det skriver nyhedsbureauet Reuters.', undefined, ['Reuters']],
    ['da', 'Det oplyser den amerikanske udenrigsminister over for Reuters.', 'den amerikanske udenrigsminister', ['Reuters']],
    ['en', 'That is according to the Kremlin.', 'Kremlin', []],
    ['en', 'That is according to a Kremlin spokesman, Dmitry Peskov.', 'Dmitry Peskov', []],
  ];

  it.each(back)('back-reference %s: %s', (lang, sentence, speaker, via) => {
    const found = findBackReference(sentence, { start: 0, end: sentence.length }, packs[lang]);
    expect(read(sentence, found?.attribution)).toEqual([speaker, via]);
    expect(found?.onlyAttribution).toBe(true);
  });
});

describe('extractClaims: attribution across sentences', () => {
  function speakers(lang: string, article: string): (string | undefined)[] {
    const rules = packs[lang];
    return extractClaims(article, splitSentences(article, rules), rules).map((c) => c.attribution?.speaker?.text);
  }

  // [name, language, article, speaker of each claim]
  const cases: [string, string, string, (string | undefined)[]][] = [
    [
      '"He added that B" takes the last named speaker',
      'en',
      'Lavrov said the meeting was useful. He added that talks would resume on Thursday.',
      ['Lavrov', 'Lavrov'],
    ],
    [
      '"Han tilføjede, at B" takes the last named speaker',
      'da',
      'Ruslands udenrigsminister, Sergej Lavrov, sagde, at mødet var nyttigt. Han tilføjede, at forhandlingerne fortsætter.',
      ['Sergej Lavrov', 'Sergej Lavrov'],
    ],
    [
      'a pronoun with no named person before it credits nobody',
      'en',
      'He said the talks would resume. The ministers met in Vienna.',
      [undefined, undefined],
    ],
    [
      'a multi-sentence quotation with the speaker in its tag',
      'da',
      '"Vi er klar. Vi vil have fred. Forhandlingerne fortsætter," sagde Lavrov.',
      ['Lavrov', 'Lavrov', 'Lavrov'],
    ],
    [
      'a quotation opened after a colon in the sentence before',
      'en',
      'Peskov told reporters:\n\n"We are ready. We want peace."',
      ['Peskov', 'Peskov', 'Peskov'],
    ],
  ];

  it.each(cases)('%s', (_name, lang, article, expected) => {
    expect(speakers(lang, article)).toEqual(expected);
  });
});
