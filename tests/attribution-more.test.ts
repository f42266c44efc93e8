import { describe, expect, it } from 'vitest';
import { findAttribution } from '../src/text/attribution';
import { extractClaims } from '../src/text/claims';
import { splitSentences } from '../src/text/sentences';
import { text as da } from '../src/lang/da/text';
import { text as en } from '../src/lang/en/text';
import type { TextRules } from '../src/text/rules';

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
    ['en', 'Lindsey Graham, John Kennedy tell reporters whether the vote could change', 'John Kennedy'],
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
