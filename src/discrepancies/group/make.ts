// Aligned groups as the comparers see them: the claims, and what lies around them in the two articles.
import { alignWords, type WordAlignment } from '../../align/words';
import type { WordVectors } from '../../embed/word-vectors';
import { anchorsOf } from '../../keys/anchors';
import { lastWordOf } from '../../keys/same-entity';
import { wordsOf } from '../../keys/words';
import type { Alignment, Claim } from '../../types';
import type { AlignedGroup } from './context';

/** A function that turns an alignment (or a related pair) into the group the comparers read. */
export function groupMaker(
  left: Claim[],
  right: Claim[],
  alignments: Alignment[],
  threshold: number,
): (a: Alignment, isRelated: boolean) => AlignedGroup {
  const byId = new Map([...left, ...right].map((c) => [c.id, c]));
  const position = new Map([...left.map((c, k) => [c.id, k] as const), ...right.map((c, k) => [c.id, k] as const)]);
  const supported = inSequence(left, right, alignments, position);
  const commonAnchors = common([...left, ...right]);
  const articleNames = { left: nameKeys(left), right: nameKeys(right) };
  const sentences = { left: bySentence(left), right: bySentence(right) };
  const aligned = new Set(alignments.flatMap((a) => [...a.left, ...a.right]));
  // The other clauses of the group's sentences: what the other side may have said in one of its sentences.
  const clauses = (ids: string[], side: 'left' | 'right') => {
    const own = ids.map((id) => byId.get(id)!);
    const around = [...new Set(own.map((c) => c.sentence))].flatMap((k) => sentences[side].get(k) ?? []);
    return around.filter((c) => !ids.includes(c.id) && own.some((o) => sameClause(o, c)));
  };
  // An unaligned claim right before or after the group: perhaps the rest of the other side's sentence.
  const beside = (ids: string[], claims: Claim[]) => {
    const at = ids.map((id) => position.get(id)!);
    return [Math.min(...at) - 1, Math.max(...at) + 1]
      .map((k) => claims[k])
      .filter((c) => c !== undefined && !aligned.has(c.id));
  };
  // A clause of the same sentence that nothing aligned is part of what the sentence says: the other side may say
  // it in the one sentence the group holds ('De er 4 point foran, der er 12 point mere at spille om' / 'six points
  // ahead with twelve more in play').
  const withMates = (ids: string[], side: 'left' | 'right') => {
    const own = ids.map((id) => byId.get(id)!);
    const mates = clauses(ids, side).filter((c) => !aligned.has(c.id));
    return [...own, ...mates].sort((x, y) => x.start - y.start);
  };
  return (a, isRelated) => ({
    left: isRelated ? a.left.map((id) => byId.get(id)!) : withMates(a.left, 'left'),
    right: isRelated ? a.right.map((id) => byId.get(id)!) : withMates(a.right, 'right'),
    score: a.score,
    threshold,
    ...(isRelated ? { related: true } : {}),
    ...(!isRelated && supported.has(a) ? { inSequence: true } : {}),
    commonAnchors,
    articleNames,
    context: { left: clauses(a.left, 'left'), right: clauses(a.right, 'right') },
    beside: { left: beside(a.left, left), right: beside(a.right, right) },
  });
}

/**
 * The words of every aligned group aligned (align/words.ts), in the order of `alignments`: the claims the comparers
 * see, the clauses of the same sentences that nothing else aligned included.
 */
export function alignGroupWords(
  left: Claim[],
  right: Claim[],
  alignments: Alignment[],
  vectors: WordVectors,
): WordAlignment[] {
  const group = groupMaker(left, right, alignments, 0);
  return alignments.map((a) => {
    const g = group(a, false);
    return alignWords(g.left.flatMap(wordsOf), g.right.flatMap(wordsOf), vectors);
  });
}

/**
 * Two claims of one sentence that a clause split parted ('…, og tilføjede, at …'), not two sentences of one
 * quotation: the earlier does not end a sentence.
 */
function sameClause(a: Claim, b: Claim): boolean {
  const first = a.start <= b.start ? a : b;
  return !/[.!?]["”»']?\s*$/.test(first.text);
}

/** An anchor in more than this share of all claims (and at least four) is the story's topic, not evidence. */
const COMMON_SHARE = 0.2;

function common(claims: Claim[]): Set<string> {
  const counts = new Map<string, number>();
  for (const c of claims) for (const a of anchorsOf(c)) counts.set(a, (counts.get(a) ?? 0) + 1);
  const limit = Math.max(3, COMMON_SHARE * claims.length);
  return new Set([...counts].filter(([, n]) => n > limit).map(([a]) => a));
}

/** The keys of the names the claims hold, and the last word of each ('sergei lavrov', 'lavrov'). */
function nameKeys(claims: Claim[]): Set<string> {
  const keys = new Set<string>();
  for (const c of claims) {
    for (const e of c.facets.entities) {
      keys.add(e.key);
      keys.add(lastWordOf(e.key));
    }
  }
  return keys;
}

/** Claims by the sentence they come from. */
function bySentence(claims: Claim[]): Map<number, Claim[]> {
  const map = new Map<number, Claim[]>();
  for (const c of claims) {
    const mates = map.get(c.sentence);
    if (mates) mates.push(c);
    else map.set(c.sentence, [c]);
  }
  return map;
}

/**
 * Alignments whose neighbours agree: the claims just before the group on both sides sit in one alignment, or
 * the claims just after it do. Two accounts keep the order of a passage, so a pair in sequence is likely right
 * even when its own words differ.
 */
function inSequence(
  left: Claim[],
  right: Claim[],
  alignments: Alignment[],
  index: Map<string, number>,
): Set<Alignment> {
  const owner = new Map<string, Alignment>();
  for (const a of alignments) for (const id of [...a.left, ...a.right]) owner.set(id, a);
  const at = (claims: Claim[], k: number) => (k >= 0 && k < claims.length ? owner.get(claims[k].id) : undefined);
  const out = new Set<Alignment>();
  for (const a of alignments) {
    const l = a.left.map((id) => index.get(id)!);
    const r = a.right.map((id) => index.get(id)!);
    const before = at(left, Math.min(...l) - 1);
    const after = at(left, Math.max(...l) + 1);
    if ((before && before === at(right, Math.min(...r) - 1)) || (after && after === at(right, Math.max(...r) + 1))) out.add(a);
  }
  return out;
}
