// What the detector says about a whole text. eld reads only the first ~350 bytes of what it is given, so a text
// is cut into passages of whole sentences that fit, each is scored, and the scores are averaged (weighted by
// length): one stray sentence moves an article's average little, where it decides a single passage.
import type { LanguageDetector } from './detector';

/** Passages stay under eld's reading limit (350 bytes; Danish letters take two). */
const PASSAGE_CHARS = 300;
/** Enough passages to judge any article; beyond this they are sampled evenly through the text. */
const MAX_PASSAGES = 32;

export interface LanguageEvidence {
  /** Length-weighted mean score per language over the passages (0 where a passage gives a language nothing). */
  scores: Map<string, number>;
  /** Share of passages each language comes first in. */
  wins: Map<string, number>;
  /** How many passages were scored. */
  passages: number;
  /** Words (runs of letters) in the text. */
  words: number;
}

export function weighLanguages(text: string, detector: LanguageDetector): LanguageEvidence {
  const passages = sample(cutPassages(text), MAX_PASSAGES);
  const totals = new Map<string, number>();
  const wins = new Map<string, number>();
  let weight = 0;
  for (const passage of passages) {
    const { language, scores } = detector.scoreLanguages(passage);
    weight += passage.length;
    if (!language) continue;
    wins.set(language, (wins.get(language) ?? 0) + 1 / passages.length);
    for (const [code, score] of Object.entries(scores)) totals.set(code, (totals.get(code) ?? 0) + score * passage.length);
  }
  const scores = new Map([...totals].map(([code, total]) => [code, total / weight] as const).sort((a, b) => b[1] - a[1]));
  return { scores, wins, passages: passages.length, words: text.match(/\p{L}+/gu)?.length ?? 0 };
}

/** Whole sentences (or lines) packed into passages of at most PASSAGE_CHARS; a longer sentence is cut. */
export function cutPassages(text: string): string[] {
  const pieces = text.split(/(?<=[.!?:;])\s+|\n+/).map((s) => s.trim()).filter(Boolean);
  const passages: string[] = [];
  let current = '';
  for (const piece of pieces) {
    if (current && current.length + 1 + piece.length > PASSAGE_CHARS) {
      passages.push(current);
      current = '';
    }
    current = current ? `${current} ${piece}` : piece;
    while (current.length > PASSAGE_CHARS) {
      passages.push(current.slice(0, PASSAGE_CHARS));
      current = current.slice(PASSAGE_CHARS);
    }
  }
  if (current) passages.push(current);
  return passages;
}

function sample<T>(items: T[], max: number): T[] {
  if (items.length <= max) return items;
  return Array.from({ length: max }, (_, i) => items[Math.floor((i * items.length) / max)]);
}
