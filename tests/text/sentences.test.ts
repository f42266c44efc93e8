import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/sentences';
import { text as da } from '../../src/lang/da/text';
import { text as en } from '../../src/lang/en/text';
import type { TextRules } from '../../src/text/rules';

const packs: Record<string, TextRules> = { da, en };

function texts(input: string, lang: string): string[] {
  const sentences = splitSentences(input, packs[lang]);
  for (const s of sentences) {
    expect(input.slice(s.start, s.end)).toBe(s.text);
    expect(s.text).toBe(s.text.trim());
  }
  expect(sentences.map((s) => s.index)).toEqual(sentences.map((_s, i) => i));
  return sentences.map((s) => s.text);
}

describe('splitSentences', () => {
  const cases: { name: string; lang: string; input: string; expected: string[] }[] = [
    {
      name: 'plain Danish sentences',
      lang: 'da',
      input: 'Mødet sluttede i går. Begge parter var tilfredse! Hvad sker der nu?',
      expected: ['Mødet sluttede i går.', 'Begge parter var tilfredse!', 'Hvad sker der nu?'],
    },
    {
      name: 'Danish date with ordinal dots',
      lang: 'da',
      input: 'Topmødet holdes d. 5. maj i Bruxelles. Det bekræfter kommissionen.',
      expected: ['Topmødet holdes d. 5. maj i Bruxelles.', 'Det bekræfter kommissionen.'],
    },
    {
      name: 'a year ends a sentence before one that opens with a number',
      lang: 'da',
      input: 'Straffen blev sidst idømt i 1953. 30-årige Saipov brugte en lejet bil. Det skete d. 31. oktober 2017.',
      expected: ['Straffen blev sidst idømt i 1953.', '30-årige Saipov brugte en lejet bil.', 'Det skete d. 31. oktober 2017.'],
    },
    {
      name: 'a word ends a sentence before one that opens with a number; an abbreviation does not',
      lang: 'da',
      input: 'Han er anholdt for vold. 29-årige Palin bor i Wasilla. Mødet er kl. 14 d. 5. sept. 2018 og koster 3 mia. 200 kr.',
      expected: ['Han er anholdt for vold.', '29-årige Palin bor i Wasilla.', 'Mødet er kl. 14 d. 5. sept. 2018 og koster 3 mia. 200 kr.'],
    },
    {
      name: 'English: a sentence that opens with a number',
      lang: 'en',
      input: 'The vote was held on Friday. 25 senators voted against it, Sen. Smith said on Sept. 7 (see Fig. 2).',
      expected: ['The vote was held on Friday.', '25 senators voted against it, Sen. Smith said on Sept. 7 (see Fig. 2).'],
    },
    {
      name: 'English: a month abbreviation that ends a sentence',
      lang: 'en',
      input: 'He drove down the path on Oct. In order to justify it, they must prove intent.',
      expected: ['He drove down the path on Oct.', 'In order to justify it, they must prove intent.'],
    },
    {
      name: 'Danish abbreviations',
      lang: 'da',
      input: 'Han besøgte bl.a. Paris kl. 14 i går. Der var ca. 300 gæster.',
      expected: ['Han besøgte bl.a. Paris kl. 14 i går.', 'Der var ca. 300 gæster.'],
    },
    {
      name: 'English month abbreviation and U.S.',
      lang: 'en',
      input: 'The U.S. Army said on Dec. 7 that it was ready. Talks with the U.S. resumed on Monday.',
      expected: ['The U.S. Army said on Dec. 7 that it was ready.', 'Talks with the U.S. resumed on Monday.'],
    },
    {
      name: 'English titles',
      lang: 'en',
      input: 'Mr. Smith met Gen. Jones in Kabul. They spoke for an hour.',
      expected: ['Mr. Smith met Gen. Jones in Kabul.', 'They spoke for an hour.'],
    },
    {
      name: 'a sentence may end in a unit or an acronym the segmenter takes for an abbreviation',
      lang: 'da',
      input: 'Ledigheden faldt med 0,2 pct. Det viser nye tal. Prisen er 5 mio. kr. i alt. Han sagde det til DR. Hun var enig.',
      expected: ['Ledigheden faldt med 0,2 pct.', 'Det viser nye tal.', 'Prisen er 5 mio. kr. i alt.', 'Han sagde det til DR.', 'Hun var enig.'],
    },
    {
      name: 'U.S. and p.m. end a sentence before a sentence opener',
      lang: 'en',
      input: 'Talks began with the U.S. The North wants more. They ended at 7 p.m. It was late. The U.S. Army left.',
      expected: ['Talks began with the U.S.', 'The North wants more.', 'They ended at 7 p.m.', 'It was late.', 'The U.S. Army left.'],
    },
    {
      name: 'a middle initial does not end a sentence',
      lang: 'da',
      input: 'USA’s præsident, John F. Kennedy, talte i Berlin. Tusinder lyttede.',
      expected: ['USA’s præsident, John F. Kennedy, talte i Berlin.', 'Tusinder lyttede.'],
    },
    {
      name: 'a quotation stays with its tag',
      lang: 'en',
      input: '"We are ready. We will help," said the envoy. The talks begin today.',
      expected: ['"We are ready. We will help," said the envoy.', 'The talks begin today.'],
    },
    {
      name: 'a question in quotes followed by a lower-case tag',
      lang: 'da',
      input: '»Hvad sker der nu?« spurgte hun. Ingen svarede.',
      expected: ['»Hvad sker der nu?« spurgte hun.', 'Ingen svarede.'],
    },
    {
      name: 'blank lines are boundaries even without punctuation',
      lang: 'en',
      input: 'Storm hits coast\n\nThousands lost power on Sunday\n\nCrews worked through the night.',
      expected: ['Storm hits coast', 'Thousands lost power on Sunday', 'Crews worked through the night.'],
    },
    {
      name: 'a headline line followed by a single line break',
      lang: 'da',
      input: 'Regeringen fremlægger finanslov\nFinansministeren præsenterede i dag sit udspil.',
      expected: ['Regeringen fremlægger finanslov', 'Finansministeren præsenterede i dag sit udspil.'],
    },
    {
      name: 'a wrapped line runs on when the next line starts in lower case',
      lang: 'en',
      input: 'The minister said the plan would cost\nabout 5 billion dollars. Critics disagreed.',
      expected: ['The minister said the plan would cost\nabout 5 billion dollars.', 'Critics disagreed.'],
    },
    {
      name: 'a line ending in a colon runs into the quotation',
      lang: 'en',
      input: 'The mayor said:\n"We will rebuild."',
      expected: ['The mayor said:\n"We will rebuild."'],
    },
    {
      name: 'Windows line breaks',
      lang: 'en',
      input: 'Floods in the north\r\n\r\nRivers rose overnight. Roads closed.\r\n',
      expected: ['Floods in the north', 'Rivers rose overnight.', 'Roads closed.'],
    },
    {
      name: 'emoji and combining marks keep UTF-16 offsets exact',
      lang: 'da',
      input: 'Fans jublede 🎉🇩🇰 i Parken. Café\u0301en var fuld 👍🏽. Alle gik hjem.',
      expected: ['Fans jublede 🎉🇩🇰 i Parken.', 'Café\u0301en var fuld 👍🏽.', 'Alle gik hjem.'],
    },
    {
      name: 'leading and trailing space is trimmed',
      lang: 'en',
      input: '   Rain fell.   Then it stopped.   ',
      expected: ['Rain fell.', 'Then it stopped.'],
    },
    {
      name: 'lines with no letters or digits are not sentences',
      lang: 'en',
      input: 'First part.\n\n***\n\nSecond part.',
      expected: ['First part.', 'Second part.'],
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      expect(texts(c.input, c.lang)).toEqual(c.expected);
    });
  }

  it('gives nothing for empty or blank input', () => {
    for (const input of ['', '   ', '\n\n\t', '…', undefined as unknown as string]) {
      expect(splitSentences(input, en)).toEqual([]);
    }
  });

  it('survives odd characters: lone surrogates, NUL, zero-width space', () => {
    const input = 'A\u0000B went home. \uD800 Odd\u200B text here. End.';
    const out = texts(input, 'en');
    expect(out.length).toBeGreaterThan(0);
    expect(out[out.length - 1]).toBe('End.');
  });

  it('handles very long text with exact offsets', () => {
    const sentence = 'Prisen på 🍞 steg med 5 pct. i år. ';
    const input = sentence.repeat(600);
    const out = splitSentences(input, da);
    expect(out.length).toBe(600);
    expect(out[599].text).toBe(sentence.trim());
    expect(input.slice(out[599].start, out[599].end)).toBe(out[599].text);
  });

  it('keeps exact offsets on 100 KB of pathological input (their speed is measured in the bench)', () => {
    for (const unit of ['a. ', 'A. ', 'Mr. ', 'U.S. ', '"a. ', 'a.\n', '1. ', 'ord. 5 ', '". . ', 'a']) {
      const input = unit.repeat(Math.ceil(100_000 / unit.length));
      const out = splitSentences(input, unit === 'Mr. ' ? en : da);
      let last = 0;
      for (const s of out) {
        expect(s.start).toBeGreaterThanOrEqual(last);
        expect(input.slice(s.start, s.end)).toBe(s.text);
        last = s.end;
      }
      expect(input.slice(last).trim().replace(/[".\s]/g, '')).toBe('');
    }
  });

  it('does not crash on one huge sentence without punctuation', () => {
    const input = 'ord '.repeat(50000);
    const out = splitSentences(input, da);
    expect(out.length).toBeGreaterThan(0);
    for (const s of out) expect(input.slice(s.start, s.end)).toBe(s.text);
  });
});
