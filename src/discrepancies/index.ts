// Discrepancies: compare the facets of aligned claims, one comparer per facet kind.
import type { LanguagePack } from '../lang/types';
import type { Alignment, Claim, Discrepancy } from '../types';
import type { AlignedGroup, Comparer } from './context';
import { compareNumbers } from './numbers';
import { compareTimes } from './time';

export type { AlignedGroup, Comparer } from './context';

/** The comparers run on every aligned group, in this order. */
export const COMPARERS: Comparer[] = [compareTimes, compareNumbers];

export function findDiscrepancies(
  left: Claim[],
  right: Claim[],
  alignments: Alignment[],
  langs: { left: LanguagePack; right: LanguagePack },
  comparers: Comparer[] = COMPARERS,
): Discrepancy[] {
  const byId = new Map([...left, ...right].map((c) => [c.id, c]));
  const groups: AlignedGroup[] = alignments.map((a) => ({
    left: a.left.map((id) => byId.get(id)!),
    right: a.right.map((id) => byId.get(id)!),
    score: a.score,
  }));
  const found = groups.flatMap((g) => comparers.flatMap((compare) => compare(g, langs)));
  return found.sort((a, b) => b.confidence - a.confidence || a.left.start - b.left.start);
}
