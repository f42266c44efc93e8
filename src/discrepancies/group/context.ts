// What every comparer sees: one aligned group of claims, what lies around it, and the words for its findings.
import type { WordAlignment } from '../../align/words';
import type { Claim, Discrepancy, DiscrepancySide, Span } from '../../types';
import type { Messages } from '../messages/en';
import type { Closeness } from './closeness';
import { restCoverage } from './words';

export interface AlignedGroup {
  left: Claim[];
  right: Claim[];
  /** The alignment score of the group. */
  score: number;
  /** The alignment threshold in force: how far above it the score lies says how sure the pairing is. */
  threshold: number;
  /** Not aligned, only related (same actor): a finding here is less certain. */
  related?: boolean;
  /** The claims just before (or just after) the group on both sides are aligned with each other. */
  inSequence?: boolean;
  /** The other clauses of the group's sentences, outside the group: where a split sentence's negator may sit. */
  context?: { left: Claim[]; right: Claim[] };
  /** The keys of every name each article holds (facets/entities): whether a name turns up anywhere on the other side. */
  articleNames?: { left: ReadonlySet<string>; right: ReadonlySet<string> };
  /** Anchors (align/anchors.ts) found in so many claims of the two articles that sharing one proves little. */
  commonAnchors?: ReadonlySet<string>;
  /** An unaligned claim right before or after the group, on each side: perhaps the rest of a sentence. */
  beside?: { left: Claim[]; right: Claim[] };
  /** How close the two sides are by their embeddings, when the caller measured it (closeness.ts). */
  closeness?: Closeness;
  /** The group's words aligned across the sides (align/words.ts), when the caller had word vectors. */
  words?: WordAlignment;
}

/**
 * A comparer looks at one kind of facet in one aligned group and reports the disagreements it is sure of, worded
 * by `say`. It reads facets only: no text analysis, no language pack.
 */
export type Comparer = (group: AlignedGroup, say: Messages) => Discrepancy[];

/**
 * One side's claims of a group with the other clauses of their sentences, where the other side may have said in one
 * sentence what this side splits; with `beside`, also the unaligned claim next to the group.
 */
export function claimsAround(group: AlignedGroup, side: 'left' | 'right', beside = false): Claim[] {
  return [...group[side], ...(group.context?.[side] ?? []), ...(beside ? (group.beside?.[side] ?? []) : [])];
}

/** A facet span with the claim it belongs to. */
export interface Located<T extends Span> {
  claim: Claim;
  facet: T;
}

/** Every facet of one kind on one side of a group, with its claim, in text order. */
export function collect<T extends Span>(claims: Claim[], pick: (c: Claim) => T[]): Located<T>[] {
  return claims
    .flatMap((claim) => pick(claim).map((facet) => ({ claim, facet })))
    .sort((a, b) => a.facet.start - b.facet.start);
}

export function side(item: Located<Span>, value?: unknown): DiscrepancySide {
  const { claim, facet } = item;
  return { claim: claim.id, text: facet.text, start: facet.start, end: facet.end, ...(value === undefined ? {} : { value }) };
}

/**
 * How close two sides' claims must be (cosine, built-in model) to vouch for the pairing by themselves: about 95 %
 * of mismatched sentence pairs fall below the floor, and half of faithful ones reach the sure mark (Tatoeba pairs,
 * reading half). The margin cannot tell on short inputs: a one-sentence article has no neighbours to compare with.
 */
const COSINE_FLOOR = 0.3;
const COSINE_SURE = 0.7;

/**
 * How much of the rest of a group's words have a counterpart (group/words.ts), read as sureness of the pairing: 95 %
 * of wrong pairs (a line with another line of its article) stay below the floor, and half of right ones (faithful
 * lines) reach the sure mark (development articles, reading half).
 */
const WORDS_FLOOR = 0.25;
const WORDS_SURE = 0.55;

/**
 * Below this share of the rest of its words with a counterpart, and with no other sign that it is right (a strong
 * margin, aligned neighbours), a pairing is most likely wrong: 86 % of wrong pairs and 3 % of right ones fall
 * below it (same material). Such a group gets no finding: its differences are those of two different claims.
 */
export const WRONG_PAIR = 0.2;

/** Alignment this far above the threshold vouches for the pair by itself. */
const STRONG_MARGIN = 0.3;

/** Whether the articles vouch for a group's pairing beyond its own words: a strong margin, or aligned neighbours. */
export function vouchedByArticle(group: AlignedGroup): boolean {
  return Boolean(group.inSequence) || group.score >= group.threshold + STRONG_MARGIN;
}

/** Whether a group's pairing is most likely wrong by its words (see WRONG_PAIR). */
export function likelyWrongPair(group: AlignedGroup): boolean {
  const rest = restCoverage(group);
  return rest !== undefined && rest < WRONG_PAIR && !vouchedByArticle(group);
}

/**
 * Confidence from how sure the alignment is: a pair barely above the threshold may be two different events,
 * which is the main source of false findings. Sureness is read from the margin above the threshold in force, or
 * from the absolute closeness of the two sides or from how well their words render each other, where that says more
 * (short inputs). `base` is the confidence for
 * a clearly aligned pair.
 */
export function confidenceFor(group: AlignedGroup, base: number): number {
  const byMargin = (group.score - group.threshold) / 0.6;
  const byCosine = group.closeness ? (group.closeness.claims - COSINE_FLOOR) / (COSINE_SURE - COSINE_FLOOR) : 0;
  const rest = restCoverage(group);
  const byWords = rest === undefined ? 0 : (rest - WORDS_FLOOR) / (WORDS_SURE - WORDS_FLOOR);
  const sure = Math.max(0, Math.min(1, Math.max(byMargin, byCosine, byWords)));
  const oneToOne = group.left.length === 1 && group.right.length === 1 ? 1 : 0.85;
  const related = group.related ? 0.7 : 1;
  return Math.round(base * (0.6 + 0.4 * sure) * oneToOne * related * 100) / 100;
}
