import { describe, expect, it } from 'vitest';
import { alignWords, coverage, MOST_WORDS } from '../../src/align/words';
import type { WordVectors } from '../../src/embed/word-vectors';
import { tokenize, type ClaimWord } from '../../src/keys/words';

/** Words of a text as the word layer gives them (no tags). */
const words = (text: string): ClaimWord[] => tokenize(text).map((t) => ({ ...t, folded: t.lower, tags: [] }));

/**
 * A toy model: each meaning is one axis; words of one meaning share it, so they are translations (cosine 1), and
 * words of different meanings are orthogonal (cosine 0). Words not listed have no vector.
 */
function toyVectors(meanings: string[][], weights: Record<string, number> = {}): WordVectors {
  const axis = new Map<string, number>();
  meanings.forEach((group, k) => group.forEach((w) => axis.set(w, k)));
  return {
    vectorOf(word) {
      const k = axis.get(word.toLowerCase());
      if (k === undefined) return undefined;
      const unit = new Float32Array(meanings.length);
      unit[k] = 1;
      return { unit, weight: weights[word.toLowerCase()] ?? 1 };
    },
  };
}

const model = toyVectors([
  ['hunden', 'dog'],
  ['bider', 'bites'],
  ['manden', 'man'],
  ['i', 'in'],
  ['ikke', 'not'],
]);

function linked(left: string, right: string, vectors = model): string[] {
  const a = alignWords(words(left), words(right), vectors);
  return a.links.map((l) => `${a.left[l.left].text}=${a.right[l.right].text}`);
}

describe('alignWords', () => {
  it('links each word to its translation when both choose each other', () => {
    expect(linked('Hunden bider manden.', 'The dog bites the man.')).toEqual(['Hunden=dog', 'bider=bites', 'manden=man']);
  });

  it('leaves a word without a counterpart when nothing on the other side is close to it', () => {
    const a = alignWords(words('Hunden bider ikke manden'), words('The dog bites the man'), model);
    const alone = a.left.filter((_, k) => a.counterpart.left[k] < 0).map((w) => w.text);
    expect(alone).toEqual(['ikke']);
    expect(a.right.filter((_, k) => a.counterpart.right[k] < 0).map((w) => w.text)).toEqual(['The', 'the']);
  });

  it('links names and numbers by their spelling, and never two different numbers', () => {
    expect(linked('Lavrov mødte 80 mænd i Wien', 'Lavrov met 90 men in Vienna')).toEqual(['Lavrov=Lavrov', 'i=in']);
    // One letter apart: a spelling variant is the same word for the alignment.
    expect(linked('Kunz', 'Kurz')).toEqual(['Kunz=Kurz']);
  });

  it('does not take a short word for another that only looks the same ("i" is Danish for "in", "I" English)', () => {
    // The model reads 'i' and 'I' as one token; only the rule keeps them apart.
    expect(linked('jeg bor i Wien', 'I live in Vienna')).toEqual(['i=in']);
    expect(linked('i', 'i')).toEqual(['i=i']);
  });

  it('gives each word one counterpart, the second round pairing words left alone by the first', () => {
    const vectors = toyVectors([['manden', 'man', 'mand']]);
    const a = alignWords(words('manden mand'), words('man'), vectors);
    expect(a.links).toHaveLength(1);
    expect(a.counterpart.left.filter((c) => c >= 0)).toHaveLength(1);
  });

  it('records the nearest word of each side even when it was not chosen back', () => {
    const vectors = toyVectors([['filmskolen', 'film', 'school']]);
    const a = alignWords(words('Filmskolen'), words('the Film School'), vectors);
    expect(a.links).toHaveLength(1);
    const school = a.right.findIndex((w) => w.text === 'School');
    expect(a.left[a.nearest.right[school].index].text).toBe('Filmskolen');
    expect(a.nearest.right[school].score).toBeCloseTo(1);
  });

  it('aligns nothing past the word limit, and nothing with an empty side', () => {
    const long = Array.from({ length: MOST_WORDS + 1 }, () => 'dog').join(' ');
    expect(alignWords(words(long), words('dog'), model).links).toEqual([]);
    expect(alignWords(words('!!'), words('dog'), model).links).toEqual([]);
  });
});

describe('coverage', () => {
  it('is the weighted share of words with a counterpart, skipping what the caller weighs itself', () => {
    const vectors = toyVectors([['hunden', 'dog'], ['bider', 'bites'], ['ikke', 'not']], { ikke: 3 });
    const a = alignWords(words('hunden bider ikke Lars'), words('the dog bites Lars'), vectors);
    // hunden 1 + bider 1 linked, ikke 3 alone; 'Lars' has no vector and weighs nothing.
    expect(coverage(a, 'left')).toBeCloseTo(2 / 5);
    expect(coverage(a, 'left', (w) => w.text === 'ikke')).toBeCloseTo(1);
    expect(coverage(alignWords([], words('dog'), vectors), 'left')).toBe(0);
  });
});

describe('alignWords: links grow to the words beside them (grow-diag)', () => {
  const unit = (...xs: number[]) => {
    const n = Math.hypot(...xs);
    return Float32Array.from(xs.map((x) => x / n));
  };
  // 'glade' is closest to 'happy' (0.25), but 'happy' is closer to 'hunden' (0.3): no argmax both ways, and below the
  // link floor for itermax; it stands beside the link 'Hunden' / 'dog'.
  const table: Record<string, Float32Array> = {
    hunden: unit(1, 0, 0, 0),
    dog: unit(1, 0, 0, 0),
    glade: unit(0, 0, 1, 0),
    happy: unit(0.3, 0, 0.25, Math.sqrt(1 - 0.1525)),
    bider: unit(0, 1, 0, 0),
    bites: unit(0, 1, 0, 0),
  };
  const vectors: WordVectors = { vectorOf: (w) => (table[w.toLowerCase()] ? { unit: table[w.toLowerCase()], weight: 1 } : undefined) };

  it('links a pair next to a link when one of them is the other\'s likeliest match', () => {
    const a = alignWords(words('Hunden glade bider'), words('dog happy bites'), vectors);
    expect(a.links.map((l) => `${a.left[l.left].text}=${a.right[l.right].text}:${l.score}`)).toEqual([
      'Hunden=dog:1',
      'glade=happy:0.25',
      'bider=bites:1',
    ]);
  });

  it('grows no link to a name, a number or a date: their comparers weigh them alone', () => {
    const tagged = (text: string, tag: 'entity') => words(text).map((w) => (w.text === 'glade' ? { ...w, tags: [tag] } : w));
    const a = alignWords(tagged('Hunden glade bider', 'entity'), words('dog happy bites'), vectors);
    expect(a.counterpart.left[1]).toBe(-1);
  });

  it('grows nothing between words no closer than unrelated words are by chance', () => {
    const far: Record<string, Float32Array> = { ...table, happy: unit(0.3, 0, 0.1, Math.sqrt(1 - 0.1)) };
    const a = alignWords(words('Hunden glade bider'), words('dog happy bites'), { vectorOf: (w) => (far[w.toLowerCase()] ? { unit: far[w.toLowerCase()], weight: 1 } : undefined) });
    expect(a.counterpart.left[1]).toBe(-1);
  });
});
