import { describe, expect, it } from 'vitest';
import { englishBase, learnedLinks, phraseLinks } from '../../scripts/model-lexicon.mjs';

const pairs = (links: Array<{ en: string[]; da: string }>) => links.map((l) => `${l.en.join(' ')}=${l.da}`).sort();

describe('phraseLinks', () => {
  const known = new Map([['tale', new Set(['speech'])], ['objekt', new Set(['object'])]]);

  it('pairs the other words of a two-word entry when one pair is a known translation', () => {
    const phrases = [
      { en: ['direct', 'speech'], da: ['direkte', 'tale'] },
      { en: ['direct', 'object'], da: ['direkte', 'objekt'] },
    ];
    expect(pairs(phraseLinks(phrases, known))).toEqual(['direct=direkte', 'direct=direkte']);
  });

  it('leaves entries of unequal length and entries with no known pair alone', () => {
    const phrases = [
      { en: ['free', 'indirect', 'speech'], da: ['dækket', 'tale'] },
      { en: ['cold', 'feet'], da: ['kolde', 'fødder'] },
    ];
    expect(phraseLinks(phrases, known)).toEqual([]);
  });

  it('skips articles before comparing lengths: "the American Dream" / "den amerikanske drøm"', () => {
    const dream = new Map([['drøm', new Set(['dream'])]]);
    expect(pairs(phraseLinks([{ en: ['american', 'dream'], da: ['den', 'amerikanske', 'drøm'] }], dream))).toEqual([
      'american=amerikanske',
    ]);
  });
});

describe('learnedLinks', () => {
  // Sentence pairs written for this test: "hund" and "kat" are seen in different company each time.
  const sentences: Array<[string, string]> = [
    ['The dog sleeps.', 'Hunden sover.'],
    ['The dog eats.', 'Hunden spiser.'],
    ['The cat sleeps.', 'Katten sover.'],
    ['The cat eats.', 'Katten spiser.'],
    ['A dog runs.', 'En hund løber.'],
    ['A cat runs.', 'En kat løber.'],
  ];

  it('links words that are each other\'s likeliest translation and were seen together twice', () => {
    const links = pairs(learnedLinks(sentences));
    expect(links).toEqual(expect.arrayContaining(['dog=hunden', 'cat=katten', 'sleeps=sover', 'eats=spiser']));
    expect(links).not.toContain('dog=katten');
    expect(links).not.toContain('runs=løber'); // seen twice, but "løber" is as likely for "a"
  });

  it('links nothing seen together only once', () => {
    expect(learnedLinks(sentences.slice(0, 1))).toEqual([]);
  });
});

describe('englishBase', () => {
  const known = (w: string) => ['talk', 'study', 'deliver', 'meet', 'close', 'run'].includes(w);
  it.each([
    ['talks', 'talk'],
    ['studies', 'study'],
    ['delivered', 'deliver'],
    ['closed', 'close'],
    ['meeting', 'meet'],
    ['running', 'run'],
    ['glass', undefined],
    ['red', undefined],
  ])('%s → %s', (word, base) => {
    expect(englishBase(word, known)).toBe(base);
  });
});
