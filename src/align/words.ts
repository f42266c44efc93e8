// Word alignment inside an aligned group: which word on one side renders which word on the other, and which words
// have no counterpart. The evidence behind a pairing and behind each finding. SimAlign's way (Jalili Sabet et al.,
// 2020) on a bag-of-words model: a similarity matrix of every word pair, a link where each word is the other's best
// match (argmax both ways), then again among the words still alone (itermax), never below a floor. Similarity is
// the larger of the word vectors' cosine (translations) and spelling (names, numbers, cognates). Last, links grow to
// the words beside them (grow-diag, as statistical machine translation symmetrises its alignments).
import type { WordVector, WordVectors } from '../embed/word-vectors';
import { WORD_MATCH, wordSimilarity } from '../keys/same-entity';
import { holdsValue, type ClaimWord } from '../keys/words';

export interface WordLink {
  /** Indexes into the two word lists. */
  left: number;
  right: number;
  /** Similarity of the two words, 0–1. */
  score: number;
}

export interface WordAlignment {
  /** The words of each side (punctuation left out), in text order. */
  left: ClaimWord[];
  right: ClaimWord[];
  links: WordLink[];
  /** Per word of each side: the index of its counterpart on the other side, or -1. */
  counterpart: { left: number[]; right: number[] };
  /** Per word of each side: how much it weighs (the model's word weight; 0 when it has no vector). */
  weight: { left: number[]; right: number[] };
  /**
   * Per word of each side: its likeliest match on the other side whether or not that one chose it back (index, or
   * -1 when there are no words), and their similarity. A compound meets only one of its parts' words in the links
   * ('Filmskolen' / 'Film School'), yet it is close to each of them.
   */
  nearest: { left: Array<{ index: number; score: number }>; right: Array<{ index: number; score: number }> };
}

/** Below this similarity two words are not taken for each other, however alone they are. */
export const LINK_FLOOR = 0.3;
/** Rounds of itermax: the first is plain argmax. */
const ROUNDS = 2;
/** Spelling counts only between words this long: short words are alike by chance ('i' / 'in'). */
const SPELLING_MIN = 4;
/** A side with more words than this is not aligned word by word (a claim is a clause; this is a run-on text). */
export const MOST_WORDS = 400;

/**
 * Whether two words are worth spelling out against each other: both long enough, and close enough in length that
 * they can be one or two letters apart (a letter pair measure and an edit distance both need that).
 */
function spellable(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a.length, b.length] : [b.length, a.length];
  return short >= SPELLING_MIN && short / long >= 0.6;
}

/** What the similarity of a word reads, worked out once per word. */
interface Seen {
  word: ClaimWord;
  unit: Float32Array | undefined;
  digits: boolean;
  /** Capitalised, or unknown to the model: a name, whose spelling is what it has. */
  named: boolean;
}

function seen(word: ClaimWord, vector: WordVector | undefined): Seen {
  return { word, unit: vector?.unit, digits: /\d/.test(word.text), named: !vector || /^\p{Lu}/u.test(word.text) };
}

/** The similarity of two words: vectors' cosine or spelling, whichever says more. */
function similarity(a: Seen, b: Seen): number {
  // The same word both sides, unless it is a short word that only looks the same ('i' is Danish 'in', 'I' English).
  // The model reads both as one token, so it cannot tell them apart either.
  if (a.word.lower === b.word.lower) return a.word.text === b.word.text || a.word.text.length >= SPELLING_MIN ? 1 : 0;
  // Numbers are their digits: '80' and '90' are not two renderings of one number.
  if (a.digits || b.digits) return a.word.folded === b.word.folded ? 1 : 0;
  let cosine = 0;
  if (a.unit && b.unit) {
    const [x, y] = [a.unit, b.unit];
    for (let k = 0; k < x.length; k++) cosine += x[k] * y[k];
  }
  // Spelling says something only when it is close, one or two letters apart ('Egypten' / 'Egypt', 'Kunz' / 'Kurz'),
  // and only of names: the model knows the other words, cognates too.
  if (cosine < WORD_MATCH && (a.named || b.named) && spellable(a.word.folded, b.word.folded)) {
    const spelt = wordSimilarity(a.word.folded, b.word.folded);
    if (spelt >= WORD_MATCH) cosine = Math.max(cosine, spelt);
  }
  return Math.max(0, Math.min(1, cosine));
}

/** Aligns the words of two word lists (punctuation is dropped here). */
export function alignWords(leftTokens: ClaimWord[], rightTokens: ClaimWord[], vectors: WordVectors): WordAlignment {
  const left = leftTokens.filter((w) => w.word);
  const right = rightTokens.filter((w) => w.word);
  const lv = left.map((w) => vectors.vectorOf(w.text));
  const rv = right.map((w) => vectors.vectorOf(w.text));
  const weight = { left: lv.map((v) => v?.weight ?? 0), right: rv.map((v) => v?.weight ?? 0) };
  const counterpart = { left: left.map(() => -1), right: right.map(() => -1) };
  const links: WordLink[] = [];
  const none = { index: -1, score: 0 };
  const nearest = { left: left.map(() => none), right: right.map(() => none) };
  if (left.length === 0 || right.length === 0 || left.length > MOST_WORDS || right.length > MOST_WORDS) {
    return { left, right, links, counterpart, weight, nearest };
  }
  const ls = left.map((w, i) => seen(w, lv[i]));
  const rs = right.map((w, j) => seen(w, rv[j]));
  const sim = ls.map((a) => rs.map((b) => similarity(a, b)));
  nearest.left = left.map((_, i) => {
    const index = best(right.length, (j) => sim[i][j]);
    return { index, score: index < 0 ? 0 : sim[i][index] };
  });
  nearest.right = right.map((_, j) => {
    const index = best(left.length, (i) => sim[i][j]);
    return { index, score: index < 0 ? 0 : sim[index][j] };
  });
  for (let round = 0; round < ROUNDS; round++) {
    // The first round is plain argmax over every word: the nearest matches already found.
    const bestRight =
      round === 0
        ? nearest.left.map((n) => n.index)
        : left.map((_, i) => best(right.length, (j) => (counterpart.right[j] < 0 ? sim[i][j] : -1)));
    const bestLeft =
      round === 0
        ? nearest.right.map((n) => n.index)
        : right.map((_, j) => best(left.length, (i) => (counterpart.left[i] < 0 ? sim[i][j] : -1)));
    let added = 0;
    for (let i = 0; i < left.length; i++) {
      if (counterpart.left[i] >= 0) continue;
      const j = bestRight[i];
      if (j < 0 || bestLeft[j] !== i || sim[i][j] < LINK_FLOOR) continue;
      counterpart.left[i] = j;
      counterpart.right[j] = i;
      links.push({ left: i, right: j, score: Math.round(sim[i][j] * 1000) / 1000 });
      added++;
    }
    if (added === 0) break;
  }
  grow(left, right, sim, nearest, counterpart, links);
  links.sort((a, b) => a.left - b.left);
  return { left, right, links, counterpart, weight, nearest };
}

/**
 * A grown link needs this much similarity: three standard deviations of the cosine of two unrelated words of the
 * built-in model (random directions in 224 dimensions: about 0.07).
 */
const GROW_FLOOR = 0.2;

/**
 * grow-diag (Koehn et al., 2003): a word pair next to a link, each the other's likeliest match one way at least,
 * both still alone, is linked too, and so on from the new link. Names, numbers and dates stay out: their comparers
 * weigh them on their own.
 */
function grow(
  left: ClaimWord[],
  right: ClaimWord[],
  sim: number[][],
  nearest: WordAlignment['nearest'],
  counterpart: WordAlignment['counterpart'],
  links: WordLink[],
): void {
  const queue = links.map((l) => [l.left, l.right]);
  while (queue.length > 0) {
    const [i, j] = queue.pop()!;
    for (let di = -1; di <= 1; di++) {
      for (let dj = -1; dj <= 1; dj++) {
        const a = i + di;
        const b = j + dj;
        if ((di === 0 && dj === 0) || a < 0 || b < 0 || a >= left.length || b >= right.length) continue;
        if (counterpart.left[a] >= 0 || counterpart.right[b] >= 0 || sim[a][b] < GROW_FLOOR) continue;
        if (nearest.left[a].index !== b && nearest.right[b].index !== a) continue;
        if (holdsValue(left[a]) || holdsValue(right[b])) continue;
        counterpart.left[a] = b;
        counterpart.right[b] = a;
        links.push({ left: a, right: b, score: Math.round(sim[a][b] * 1000) / 1000 });
        queue.push([a, b]);
      }
    }
  }
}

/** The index of the highest value, first on ties; -1 when every value is below zero. */
function best(length: number, value: (k: number) => number): number {
  let at = -1;
  let top = -1;
  for (let k = 0; k < length; k++) {
    const v = value(k);
    if (v > top) {
      top = v;
      at = k;
    }
  }
  return top < 0 ? -1 : at;
}

/**
 * How much of a side's words, by weight, have a counterpart, leaving out the words `skip` names (the names, numbers
 * and dates the comparers weigh themselves): how well the rest of the group renders the other side. 0 when the side
 * has nothing to weigh.
 */
export function coverage(alignment: WordAlignment, side: 'left' | 'right', skip: (w: ClaimWord) => boolean = () => false): number {
  let total = 0;
  let linked = 0;
  alignment[side].forEach((w, k) => {
    if (skip(w)) return;
    const weight = alignment.weight[side][k];
    total += weight;
    if (alignment.counterpart[side][k] >= 0) linked += weight;
  });
  return total > 0 ? linked / total : 0;
}
