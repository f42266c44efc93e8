import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/text/claims';
import { splitSentences } from '../../src/text/sentences';
import { text as da } from '../../src/lang/da/text';
import { text as en } from '../../src/lang/en/text';
import type { TextRules } from '../../src/text/rules';

const packs: Record<string, TextRules> = { da, en };

interface Seen {
  text: string;
  speaker?: string;
  via?: string[];
  headline?: true;
}

/** Claims as plain values, after checking every offset against the article. */
function claims(lang: string, article: string): Seen[] {
  const rules = packs[lang];
  const sentences = splitSentences(article, rules);
  return extractClaims(article, sentences, rules).map((c) => {
    expect(article.slice(c.start, c.end)).toBe(c.text);
    expect(sentences[c.sentence].start).toBeLessThanOrEqual(c.start);
    expect(sentences[c.sentence].end).toBeGreaterThanOrEqual(c.end);
    const seen: Seen = { text: c.text };
    const { speaker, via } = c.attribution ?? {};
    if (speaker) {
      expect(article.slice(speaker.start, speaker.end)).toBe(speaker.text);
      seen.speaker = speaker.text;
    }
    if (via) {
      for (const v of via) expect(article.slice(v.start, v.end)).toBe(v.text);
      seen.via = via.map((v) => v.text);
    }
    if (c.headline) seen.headline = true;
    return seen;
  });
}

describe('extractClaims', () => {
  const cases: { name: string; lang: string; article: string; expected: Seen[] }[] = [
    {
      name: 'a multi-sentence quote with the speaker after it: one claim per quoted sentence',
      lang: 'da',
      article:
        '"Vi ønsker en aftale. Vi er klar til at forhandle. Vi venter på svar," siger Lavrov ifølge nyhedsbureauet TASS.',
      expected: [
        { text: 'Vi ønsker en aftale.', speaker: 'Lavrov', via: ['TASS'] },
        { text: 'Vi er klar til at forhandle.', speaker: 'Lavrov', via: ['TASS'] },
        { text: 'Vi venter på svar," siger Lavrov ifølge nyhedsbureauet TASS.', speaker: 'Lavrov', via: ['TASS'] },
      ],
    },
    {
      name: 'an English quote closed by "…", X said.',
      lang: 'en',
      article: 'Talks resumed. "We are not afraid. We want peace", Kosachev said.',
      expected: [
        { text: 'Talks resumed.' },
        { text: 'We are not afraid.', speaker: 'Kosachev' },
        { text: 'We want peace", Kosachev said.', speaker: 'Kosachev' },
      ],
    },
    {
      name: 'a guillemet quote that the splitter cut in two',
      lang: 'da',
      article: '»Havnen er klar. Skibene kan komme,« siger havnedirektør Ole Madsen til DR.',
      expected: [
        { text: 'Havnen er klar.', speaker: 'Ole Madsen', via: ['DR'] },
        { text: 'Skibene kan komme,« siger havnedirektør Ole Madsen til DR.', speaker: 'Ole Madsen', via: ['DR'] },
      ],
    },
    {
      name: 'a speaker before the quote',
      lang: 'da',
      article: 'Statsministeren sagde: "Vi hæver skatten. Det er nødvendigt."',
      expected: [
        { text: 'Statsministeren sagde: "Vi hæver skatten.', speaker: 'Statsministeren' },
        { text: 'Det er nødvendigt.', speaker: 'Statsministeren' },
      ],
    },
    {
      name: '"Det siger X." credits the claim before it and is no claim itself',
      lang: 'da',
      article: 'Nordkorea vil forhandle med USA. Det siger Ruslands udenrigsminister, Sergej Lavrov, ifølge russiske nyhedsbureauer. Det rapporterer Reuters.',
      expected: [
        {
          text: 'Nordkorea vil forhandle med USA.',
          speaker: 'Sergej Lavrov',
          via: ['russiske nyhedsbureauer', 'Reuters'],
        },
      ],
    },
    {
      name: '"Det oplyser politiet." credits every claim of a split quote',
      lang: 'da',
      article: '"Vi har anholdt to. Vi søger en tredje." Det oplyser politiet.',
      expected: [
        { text: 'Vi har anholdt to.', speaker: 'politiet' },
        { text: 'Vi søger en tredje.', speaker: 'politiet' },
      ],
    },
    {
      name: '"That is according to X." credits the claim before it',
      lang: 'en',
      article: 'The ceasefire will start on Friday.\n\nThat is according to Reuters.',
      expected: [{ text: 'The ceasefire will start on Friday.', via: ['Reuters'] }],
    },
    {
      name: 'credit lines are dropped',
      lang: 'da',
      article: 'Broen lukker i tre uger.\n\n/ritzau/\n\n(Reuters)\n\n© 2024 Ritzau',
      expected: [{ text: 'Broen lukker i tre uger.' }],
    },
    {
      name: 'English credit lines and a dateline are dropped',
      lang: 'en',
      article:
        'LONDON (Reuters) - The bridge will close for three weeks.\n\nReporting by Jane Doe; Editing by Tom Roe',
      expected: [{ text: 'The bridge will close for three weeks.' }],
    },
    {
      name: 'photo captions are dropped',
      lang: 'en',
      article:
        'Crews began the repairs on Monday.\n\nA worker is pictured on the bridge in London, Britain, May 3, 2021.\n\nThe work is seen as overdue, engineers said.',
      expected: [
        { text: 'Crews began the repairs on Monday.' },
        { text: 'The work is seen as overdue, engineers said.', speaker: 'engineers' },
      ],
    },
    {
      name: 'Danish captions and bylines are dropped',
      lang: 'da',
      article: 'Af Mette Holm\n\nBroen lukker i tre uger.\n\nBilister i kø ved broen. Foto: Ida Lund/Ritzau Scanpix',
      expected: [{ text: 'Broen lukker i tre uger.' }],
    },
    {
      name: 'link lists and furniture lines are dropped',
      lang: 'en',
      article:
        'Crews began the repairs on Monday.\n\nRead more: Bridge closures hit commuters\n\nTraffic was light.\n\nRelated Articles\nCity plans a new bridge\nCommuters face delays',
      expected: [{ text: 'Crews began the repairs on Monday.' }, { text: 'Traffic was light.' }],
    },
    {
      name: 'a Danish link list after "Læs også"',
      lang: 'da',
      article: 'Broen lukker.\n\nLæs også:\nBroen var lukket i 2019\nTrafikken slog rekord\n\nBilister må køre uden om.',
      expected: [{ text: 'Broen lukker.' }, { text: 'Bilister må køre uden om.' }],
    },
    {
      name: 'a first line without closing punctuation is the headline',
      lang: 'en',
      article: 'Bridge to close for repairs, mayor says\n\nThe bridge will close for three weeks.',
      expected: [
        { text: 'Bridge to close for repairs, mayor says', speaker: 'mayor', headline: true },
        { text: 'The bridge will close for three weeks.' },
      ],
    },
    {
      name: 'a first line with a full stop is no headline',
      lang: 'da',
      article: 'Broen lukker i tre uger.\nBilister må køre uden om.',
      expected: [{ text: 'Broen lukker i tre uger.' }, { text: 'Bilister må køre uden om.' }],
    },
    {
      name: '"he said" credits the speaker named before',
      lang: 'en',
      article: 'Lavrov said the talks were useful. "We will meet again," he said.',
      expected: [
        { text: 'Lavrov said the talks were useful.', speaker: 'Lavrov' },
        { text: '"We will meet again," he said.', speaker: 'Lavrov' },
      ],
    },
    {
      name: 'a pronoun with no speaker before it credits no one',
      lang: 'da',
      article: 'Ministeren var kritisk. »Det er for dyrt,« sagde hun.',
      expected: [{ text: 'Ministeren var kritisk.' }, { text: '»Det er for dyrt,« sagde hun.' }],
    },
    {
      name: 'a short quotation inside a sentence neither splits it nor takes the attribution',
      lang: 'da',
      article: 'Lavrov tilføjer, at han har informeret sine "amerikanske kolleger", deriblandt Rex Tillerson, om ønsket.',
      expected: [
        {
          text: 'Lavrov tilføjer, at han har informeret sine "amerikanske kolleger", deriblandt Rex Tillerson, om ønsket.',
          speaker: 'Lavrov',
        },
      ],
    },
    {
      name: 'a quotation interrupted by its tag',
      lang: 'en',
      article: '"We are ready," the envoy said, "but we need guarantees. Nothing else matters."',
      expected: [
        { text: '"We are ready," the envoy said, "but we need guarantees.', speaker: 'the envoy' },
        { text: 'Nothing else matters.', speaker: 'the envoy' },
      ],
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      expect(claims(c.lang, c.article)).toEqual(c.expected);
    });
  }

  it('gives each claim the index of its sentence', () => {
    const article = 'Første. "Anden. Tredje," siger Lavrov. Fjerde.';
    const sentences = splitSentences(article, da);
    const out = extractClaims(article, sentences, da);
    expect(out.map((c) => [c.text, sentences[c.sentence].text])).toEqual([
      ['Første.', 'Første.'],
      ['Anden.', '"Anden. Tredje," siger Lavrov.'],
      ['Tredje," siger Lavrov.', '"Anden. Tredje," siger Lavrov.'],
      ['Fjerde.', 'Fjerde.'],
    ]);
  });

  it('gives nothing for empty or broken input', () => {
    expect(extractClaims('', [], da)).toEqual([]);
    expect(extractClaims('Tekst.', [], da)).toEqual([]);
    expect(extractClaims(undefined as unknown as string, [], en)).toEqual([]);
    const odd = '"\n\n»\n\n“”';
    expect(extractClaims(odd, splitSentences(odd, da), da)).toEqual([]);
  });

  it('keeps offsets exact through emoji, unbalanced quotes and long text', () => {
    const article = `Fans jublede 🎉 i Parken. "Det var vildt, siger en fan.\n\n${'Prisen steg med 5 pct. i år. '.repeat(300)}`;
    const out = claims('da', article);
    expect(out[0].text).toBe('Fans jublede 🎉 i Parken.');
    expect(out.length).toBe(302);
  });
});
