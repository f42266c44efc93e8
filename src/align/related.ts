// Related pairs: claims that were not aligned with each other but tell of the same person acting.
// Two articles often split one event differently ("Lavrov told Tillerson on Thursday" on one side, the same
// hand-over in two sentences on the other), so a claim's best partner is not always where a disagreement
// shows. The discrepancy stage cross-checks these pairs for dates only, with lower confidence.
import { sameEntity } from '../keys/same-entity';
import type { Alignment, Claim, EntityFacet } from '../types';
import { roundScore, type Matrix } from './similarity';

/** The actor must start within this many characters of the claim ("Den amerikanske forsvarsminister, Jim Mattis"). */
const ACTOR_WINDOW = 40;

/**
 * The person a claim is about: the first person's name in the claim, standing near its start. Places before it
 * are passed over ("Den amerikanske forsvarsminister, Jim Mattis": the demonym is a place); an organisation is not.
 */
export function actorOf(claim: Claim): EntityFacet | undefined {
  const first = [...claim.facets.entities]
    .sort((a, b) => a.start - b.start)
    .find((e) => e.type !== 'place');
  if (!first || (first.type !== 'person' && first.type !== 'name')) return undefined;
  return first.start - claim.start <= ACTOR_WINDOW ? first : undefined;
}

/**
 * Pairs of claims with the same actor whose score reaches `floor`, where at least one of the two has no partner of
 * its own: two claims that each sit in an alignment are checked there (a date told twice in an article, an event
 * and its anniversary, would otherwise meet the other date).
 */
export function relatedPairs(
  left: Claim[],
  right: Claim[],
  score: Matrix,
  alignments: Alignment[],
  floor: number,
): Alignment[] {
  const aligned = new Set(alignments.flatMap((a) => [...a.left, ...a.right]));
  const rightActors = right.map(actorOf);
  const pairs: Alignment[] = [];
  left.forEach((l, i) => {
    const actor = actorOf(l);
    if (!actor) return;
    right.forEach((r, j) => {
      const other = rightActors[j];
      if (!other || score[i][j] < floor || (aligned.has(l.id) && aligned.has(r.id))) return;
      if (sameEntity(actor, other).same) pairs.push({ left: [l.id], right: [r.id], score: roundScore(score[i][j]) });
    });
  });
  return pairs;
}
