import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/text/claims';
import { splitSentences } from '../../src/text/sentences';
import { text as da } from '../../src/lang/da/text';
import { text as en } from '../../src/lang/en/text';
import type { TextRules } from '../../src/text/rules';

const packs: Record<string, TextRules> = { da, en };

/** Each claim as 'text {speaker}' (or just the text), after checking every offset against the article. */
function claims(lang: string, article: string): string[] {
  const rules = packs[lang];
  const sentences = splitSentences(article, rules);
  return extractClaims(article, sentences, rules).map((c) => {
    expect(article.slice(c.start, c.end)).toBe(c.text);
    const speaker = c.attribution?.speaker;
    if (speaker) expect(article.slice(speaker.start, speaker.end)).toBe(speaker.text);
    for (const v of c.attribution?.via ?? []) expect(article.slice(v.start, v.end)).toBe(v.text);
    const credit = [speaker?.text, ...(c.attribution?.via ?? []).map((v) => `via ${v.text}`)].filter(Boolean);
    return credit.length ? `${c.text} {${credit.join(', ')}}` : c.text;
  });
}

describe('extractClaims: clauses', () => {
  // [name, language, article, expected claims]
  const splits: [string, string, string, string[]][] = [
    [
      'two main clauses joined by ", and he"',
      'en',
      'Tillerson arrived in Vienna on Monday, and he will meet Lavrov on Thursday.',
      ['Tillerson arrived in Vienna on Monday', 'he will meet Lavrov on Thursday.'],
    ],
    [
      'two main clauses joined by ", og han"',
      'da',
      'Tillerson ankom til Wien mandag, og han mødes med Lavrov torsdag.',
      ['Tillerson ankom til Wien mandag', 'han mødes med Lavrov torsdag.'],
    ],
    [
      'a noun-phrase subject before a listed verb',
      'en',
      'The ministers met in Vienna on Monday, but the talks will resume in Geneva.',
      ['The ministers met in Vienna on Monday', 'the talks will resume in Geneva.'],
    ],
    [
      'Danish verb-second: adverbial, verb, then the subject',
      'da',
      'Ministrene mødtes i Wien mandag, og torsdag rejser de videre til Genève.',
      ['Ministrene mødtes i Wien mandag', 'torsdag rejser de videre til Genève.'],
    ],
    [
      '"X said A, adding that B": both are X\'s',
      'en',
      'Lavrov said the meeting was useful, adding that talks would resume on Thursday.',
      ['Lavrov said the meeting was useful {Lavrov}', 'talks would resume on Thursday. {Lavrov}'],
    ],
    [
      '"…, tilføjede han, at B" takes the speaker of the clause before',
      'da',
      'Lavrov sagde, at mødet var nyttigt, og tilføjede, at forhandlingerne genoptages torsdag.',
      ['Lavrov sagde, at mødet var nyttigt {Lavrov}', 'forhandlingerne genoptages torsdag. {Lavrov}'],
    ],
    [
      '", og at B" is reported by the same verb',
      'da',
      'Flyselskabet oplyser, at seks passagerer er på hospitalet, og at de alle er i stabil tilstand.',
      ['Flyselskabet oplyser, at seks passagerer er på hospitalet {Flyselskabet}', 'de alle er i stabil tilstand. {Flyselskabet}'],
    ],
    [
      '"X said A, and B": B is still X\'s report',
      'en',
      'The airline said six passengers remained in hospital, and all of them were in stable condition.',
      ['The airline said six passengers remained in hospital {The airline}', 'all of them were in stable condition. {The airline}'],
    ],
    [
      'a tag closing the sentence credits both clauses',
      'en',
      'The bridge was closed on Monday, and it will reopen in June, police said.',
      ['The bridge was closed on Monday {police}', 'it will reopen in June, police said. {police}'],
    ],
    [
      'a second clause with a speaker of its own keeps it',
      'en',
      'Officials released video of the fight, and police said Sims lost his glasses.',
      ['Officials released video of the fight', 'police said Sims lost his glasses. {police}'],
    ],
    [
      'the speaker named in a later clause replaces the one before',
      'da',
      'Lavrov sagde, at mødet var nyttigt, og Tillerson tilføjede, at USA er klar.',
      ['Lavrov sagde, at mødet var nyttigt {Lavrov}', 'Tillerson tilføjede, at USA er klar. {Tillerson}'],
    ],
    [
      'a relative clause about a name, to the end of the sentence',
      'en',
      'North Korea is open to talks, according to Sergei Lavrov, who met the U.S. secretary of state, Rex Tillerson, in Vienna.',
      [
        'North Korea is open to talks, according to Sergei Lavrov {Sergei Lavrov}',
        // The credit of the sentence still covers it: the source tells of himself.
        'met the U.S. secretary of state, Rex Tillerson, in Vienna. {Sergei Lavrov}',
      ],
    ],
    [
      'three clauses',
      'da',
      'Vi har et mål, og det er at vinde trofæet, og det er der, vores fokus ligger.',
      ['Vi har et mål', 'det er at vinde trofæet', 'det er der, vores fokus ligger.'],
    ],
  ];

  it.each(splits)('splits: %s', (_name, lang, article, expected) => {
    expect(claims(lang, article)).toEqual(expected);
  });

  const whole: [string, string, string][] = [
    ['a relative clause', 'en', 'Tillerson, who arrived on Monday, and Lavrov met in Vienna on Thursday.'],
    ['a relative clause inside the sentence', 'en', 'He thanked Sergei Lavrov, who met Tillerson on Thursday, and then left for Paris.'],
    ['a relative clause before the verb', 'en', 'The envoy of Sergei Lavrov, who met Tillerson on Thursday, said talks were possible.'],
    ['a relative clause about a common noun', 'en', 'Police questioned the driver, who arrived at the station on Monday.'],
    ['a Danish relative clause ("der", "som" tell of things too)', 'da', 'Tillerson tog hul på et besøg i Europa, som rundes af i Paris fredag.'],
    ['"because …" stays with its claim', 'en', 'The meeting was cancelled, because the minister fell ill on Monday.'],
    ['"fordi …" stays with its claim', 'da', 'Mødet blev aflyst, fordi ministeren blev syg mandag.'],
    ['"da …" stays with its claim', 'da', 'Mødet blev aflyst, da ministeren blev syg mandag.'],
    ['"when …" stays with its claim', 'en', 'The talks stalled, and when Lavrov left, nothing was agreed.'],
    ['a list of names before the verb', 'en', 'Russia, China, and Iran are opposed to the plan.'],
    ['a verb phrase without a subject of its own', 'en', 'Sean Combs was known as Puff Daddy, but this year announced a new name.'],
    ['"and that is" is no reported clause', 'en', 'We have a goal, and that is to win this trophy.'],
    ['a comma inside the verb\'s own clause', 'en', 'Toyota could not say how long production would stop, but in the longer term, warned that costs would rise.'],
    ['an apposition before ", siger, at"', 'da', 'Områdets forvalter, David Thompson, siger, at det er et ideelt område.'],
    ['no comma before the joiner', 'en', 'Lavrov arrived on Monday and he met Tillerson on Thursday.'],
    ['a short first half', 'da', 'Ja, og han kommer.'],
    ['a coordinated object, not a clause', 'en', 'He proposed new taxes on banks, and a levy on flights.'],
    ['a headline', 'da', 'Lavrov ankom mandag, og han rejser torsdag\n\nMødet i Wien varede to timer.'],
  ];

  it.each(whole)('keeps whole: %s', (_name, lang, article) => {
    const first = claims(lang, article)[0];
    const sentence = article.split('\n')[0];
    expect(first.replace(/ \{.*\}$/, '')).toBe(sentence);
  });

  it('splits inside a quotation and credits every clause to the quotation\'s speaker', () => {
    const article = '"Holdet er rigtig godt, og drengene nyder det virkelig," siger træneren.';
    expect(claims('da', article)).toEqual([
      'Holdet er rigtig godt {træneren}',
      'drengene nyder det virkelig," siger træneren. {træneren}',
    ]);
  });

  it('never cuts inside a short quotation the sentence contains', () => {
    const article = 'Han kaldte aftalen "god, og vi er glade for den" på mødet i Wien.';
    expect(claims('da', article)).toEqual([article]);
  });
});
