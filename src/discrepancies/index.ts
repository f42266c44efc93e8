// Discrepancies: compare the facets of aligned claims, one comparer per facet kind. The comparers read facets
// only; this stage gives them each aligned group with what lies around it, how close its two sides are by their
// embeddings, and the words for their findings.
import { ALIGN_DEFAULTS } from '../align';
import type { WordAlignment } from '../align/words';
import type { Alignment, Claim, Discrepancy } from '../types';
import { compareAttribution } from './comparers/attribution';
import { compareEntities } from './comparers/entities';
import { compareMeaning, compareQuotes } from './comparers/content';
import { compareMissing } from './comparers/missing';
import { compareNegation } from './comparers/negation';
import { compareNumbers } from './comparers/numbers';
import { compareRoles } from './comparers/roles';
import { compareTimes } from './comparers/time';
import { measureCloseness, quotePairs, type Closeness } from './group/closeness';
import { likelyWrongPair, type Comparer } from './group/context';
import { groupMaker } from './group/make';
import { englishMessages, type Messages, type SideNames } from './messages/en';

export type { AlignedGroup, Comparer } from './group/context';
export type { Closeness } from './group/closeness';
export { alignGroupWords } from './group/make';
export type { Messages, SideNames } from './messages/en';
export { englishMessages };

/** The comparers run on every aligned group, in this order. */
export const COMPARERS: readonly Comparer[] = [
  compareTimes,
  compareNumbers,
  compareEntities,
  compareAttribution,
  compareRoles,
  compareNegation,
  compareMissing,
  compareQuotes,
  compareMeaning,
];

/** The comparers also run on related pairs (same actor, not aligned), for their date findings only. */
const ON_RELATED: readonly Comparer[] = [compareTimes];

export interface FindOptions {
  /** Pairs outside the alignments that tell of the same actor: cross-checked for dates only. */
  related?: Alignment[];
  /** The comparers to run (default COMPARERS); a caller may add its own or leave some out. */
  comparers?: readonly Comparer[];
  /**
   * Per alignment, in order: how close the two sides are by their embeddings (see findDiscrepanciesOf, which
   * measures it). Without it the quote and meaning comparers have nothing to read and find nothing.
   */
  closeness?: Closeness[];
  /** Per alignment, in order: its words aligned (alignGroupWords). Without it the comparers weigh facets only. */
  words?: Array<WordAlignment | undefined>;
  /** The alignment threshold in force, against which confidences are read (default: the alignment's default). */
  threshold?: number;
  /** The wording of the findings (default: English, naming the two languages). */
  messages?: Messages;
}

/** The two languages as a report names them: packs, or anything with a name ('Danish', 'English'). */
export interface NamedSides {
  left: { name: string };
  right: { name: string };
}

/** Every finding of the aligned claims of two articles, surest first. */
export function findDiscrepancies(
  left: Claim[],
  right: Claim[],
  alignments: Alignment[],
  langs: NamedSides,
  options: FindOptions = {},
): Discrepancy[] {
  const { related = [], comparers = COMPARERS, closeness = [], words = [], threshold = ALIGN_DEFAULTS.threshold } = options;
  const say = options.messages ?? englishMessages({ left: langs.left.name, right: langs.right.name });
  const group = groupMaker(left, right, alignments, threshold);
  const found = alignments.flatMap((a, k) => {
    const g = { ...group(a, false), ...(closeness[k] ? { closeness: closeness[k] } : {}), ...(words[k] ? { words: words[k] } : {}) };
    // A pairing whose words do not render each other tells two different claims apart, not a disagreement; where
    // either side has no other claim to pair with (a one-sentence input), the caller chose the pairing.
    const choice = left.length > g.left.length && right.length > g.right.length;
    if (choice && likelyWrongPair(g)) return [];
    return comparers.flatMap((compare) => compare(g, say));
  });
  const seen = new Set(found.map(spanKey));
  const onRelated = comparers.filter((c) => ON_RELATED.includes(c));
  for (const a of onRelated.length ? related : []) {
    const g = group(a, true);
    // Only claims that each tell of one day: an actor followed through several days (a storm's path) is not one
    // event told twice.
    if (![...g.left, ...g.right].every((c) => c.facets.times.filter((t) => t.kind !== 'duration' && !t.bare).length === 1)) continue;
    for (const d of onRelated.flatMap((compare) => compare(g, say))) {
      if (d.kind === 'date' && !seen.has(spanKey(d))) {
        seen.add(spanKey(d));
        found.push(d);
      }
    }
  }
  return found.sort((a, b) => b.confidence - a.confidence || a.left.start - b.left.start);
}

/** What the findings stage of compare() reads: the two articles' claims and vectors, and what was aligned. */
export interface FindingsInput {
  left: { claims: Claim[]; vectors: Float32Array[] };
  right: { claims: Claim[]; vectors: Float32Array[] };
  alignments: Alignment[];
  related?: Alignment[];
  names: SideNames;
  /** Per alignment, its words aligned (alignGroupWords), when word vectors were at hand. */
  words?: WordAlignment[];
}

/**
 * The findings stage: how close each aligned group is by its embeddings (embedding the quoted words both sides
 * give, with `embed`), then every comparer on every group.
 */
export async function findDiscrepanciesOf(
  input: FindingsInput,
  embed: (texts: string[]) => Promise<Float32Array[]>,
  options: Omit<FindOptions, 'closeness' | 'related' | 'words'> = {},
): Promise<Discrepancy[]> {
  const { left, right, alignments } = input;
  const quotes = quotePairs(alignments, left.claims, right.claims);
  const quoteTexts = quotes.flatMap((q) => q ?? []);
  const quoteVectors = quoteTexts.length ? await embed(quoteTexts) : [];
  const vectors = new Map([
    ...left.claims.map((c, i) => [c.id, left.vectors[i]] as const),
    ...right.claims.map((c, i) => [c.id, right.vectors[i]] as const),
  ]);
  const closeness = measureCloseness(alignments, vectors, quotes, quoteVectors, {
    left: left.claims.map((c) => c.id),
    right: right.claims.map((c) => c.id),
  });
  const names = { left: { name: input.names.left }, right: { name: input.names.right } };
  return findDiscrepancies(left.claims, right.claims, alignments, names, {
    ...options,
    related: input.related,
    closeness,
    words: input.words,
  });
}

function spanKey(d: Discrepancy): string {
  return `${d.left.start}:${d.left.end}|${d.right.start}:${d.right.end}`;
}
