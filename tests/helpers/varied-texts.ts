// Texts that try a tokenizer: the example articles' sentences, and generated ones in mixed case, with Danish
// letters, decomposed accents, punctuation runs, control characters, CJK, emoji, numbers, odd white space, the
// special tokens' own spellings, over 512 tokens, empty and white space only. Seeded, so every run sees the same.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const root = join(__dirname, '..', '..');

/** The sentences of the example pair (examples/data/da.txt and en.txt). */
export function exampleSentences(): string[] {
  const text = ['da.txt', 'en.txt'].map((f) => readFileSync(join(root, 'examples', 'data', f), 'utf8')).join('\n');
  return text
    .split(/\n+/)
    .flatMap((line) => line.split(/(?<=[.!?”"])\s+(?=[A-ZÆØÅ"“«])/))
    .map((s) => s.trim())
    .filter(Boolean);
}

const INSERTS = [
  '?!…', '—', '--', '...', '“”', '«»', '(!)', '#', '$€£', '%', '&&', '/', '\\', '@', '^_^', '~~', '·',
  '\u0000', '\u0001', '\u0007', '\f', '\v', '\u200b', '\u00ad', '\ufeff', '\u202e', '\ud800', '\udc00', '\ufffd',
  '中文', '日本語', '東京', '한국어', 'ｆｕｌｌｗｉｄｔｈ', 'ﬁ', 'Ⅻ',
  '😀', '👍🏽', '🇩🇰', '👨‍👩‍👧', '❤️',
  '3.850', '3,580', '1.000.000', '12:30', '2017-12-08', '½', '²', '٣', '0x1F', '-42', '+7',
  '\t', '\r\n', '\u00a0', '\u2003', '\u3000', '  ', '\n\n',
  '[SEP]', '[CLS]', '[cls]', '[UNK]', '[MASK]', '##s', '[PAD][SEP]',
  'ΟΔΟΣ', 'İstanbul', 'STRASSE ß', 'ǅ', ' \u0301a', 'e\u0301', 'A\u030a', 'o\u0308\u0304',
  'https://x.dk/a?b=c', 'user@example.com',
];

function nfd(word: string): string {
  return word.normalize('NFD');
}

function mixedCase(word: string, random: () => number): string {
  return [...word].map((c) => (random() < 0.5 ? c.toUpperCase() : c.toLowerCase())).join('');
}

/** `count` generated texts from the example sentences' words. */
export function generatedTexts(count: number, seed = 20171208): string[] {
  const random = seeded(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)];
  const words = exampleSentences().flatMap((s) => s.split(/\s+/)).filter(Boolean);
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    const length = 1 + Math.floor(random() * 14);
    const parts: string[] = [];
    for (let w = 0; w < length; w++) {
      let word = pick(words);
      const r = random();
      if (r < 0.1) word = word.toUpperCase();
      else if (r < 0.2) word = mixedCase(word, random);
      else if (r < 0.3) word = nfd(word);
      parts.push(word);
      if (random() < 0.35) parts.push(pick(INSERTS));
    }
    const glue = random() < 0.2 ? '' : pick([' ', ' ', ' ', '  ', '\t', '\n', ' \r\n ']);
    texts.push(parts.join(glue));
  }
  return texts;
}

/** Texts at the edges: nothing, white space, one odd character, a word too long for WordPiece, very long texts. */
export function edgeTexts(): string[] {
  return [
    '',
    ' ',
    '\t\n  \r\n',
    '\u00a0\u2003',
    '\f\v',
    '.',
    '😀',
    '\ud800',
    'æøå ÆØÅ',
    'a'.repeat(120),
    `${'Regeringen vil hæve skatten på benzin. '.repeat(120)}`,
    `${'The cat sat on the mat, said Lavrov. '.repeat(40)} ${'x'.repeat(30_000)}`,
    ...INSERTS,
  ];
}
