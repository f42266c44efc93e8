// Discrepancies: compare the facets of aligned claims, one comparer per facet kind.
import type { LanguagePack } from '../lang/types';
import type { Alignment, Claim, Discrepancy } from '../types';
import { compareAttribution } from './comparers/attribution';
import type { Closeness } from './group/closeness';
import type { Comparer } from './group/context';
import { groupMaker } from './group/make';
import { compareEntities } from './comparers/entities';
import { compareMeaning, compareQuotes } from './comparers/content';
import { compareMissing } from './comparers/missing';
import { compareNegation } from './comparers/negation';
import { compareNumbers } from './comparers/numbers';
import { compareRoles } from './comparers/roles';
import { compareTimes } from './comparers/time';

export type { AlignedGroup, Comparer } from './group/context';

/** The comparers run on every aligned group, in this order. */
export const COMPARERS: Comparer[] = [
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

export interface FindOptions {
  /** Pairs outside the alignments that tell of the same actor: cross-checked for dates only. */
  related?: Alignment[];
  comparers?: Comparer[];
  /** Per alignment, in order: how close the two sides are by their embeddings (closeness.ts). */
  closeness?: Closeness[];
}

export function findDiscrepancies(
  left: Claim[],
  right: Claim[],
  alignments: Alignment[],
  langs: { left: LanguagePack; right: LanguagePack },
  options: FindOptions = {},
): Discrepancy[] {
  const { related = [], comparers = COMPARERS, closeness = [] } = options;
  const group = groupMaker(left, right, alignments);
  const found = alignments.flatMap((a, k) => {
    const g = { ...group(a, false), ...(closeness[k] ? { closeness: closeness[k] } : {}) };
    return comparers.flatMap((compare) => compare(g, langs));
  });
  const seen = new Set(found.map(spanKey));
  for (const a of related) {
    const g = group(a, true);
    // Only claims that each tell of one day: an actor followed through several days (a storm's path) is not one
    // event told twice.
    if (![...g.left, ...g.right].every((c) => c.facets.times.filter((t) => t.kind !== 'duration').length === 1)) continue;
    for (const d of compareTimes(g, langs)) {
      if (d.kind === 'date' && !seen.has(spanKey(d))) {
        seen.add(spanKey(d));
        found.push(d);
      }
    }
  }
  return found.sort((a, b) => b.confidence - a.confidence || a.left.start - b.left.start);
}

function spanKey(d: Discrepancy): string {
  return `${d.left.start}:${d.left.end}|${d.right.start}:${d.right.end}`;
}
