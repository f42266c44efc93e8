// Discrepancies: compare the facets of aligned claims, one comparer per facet kind.
import { anchorsOf } from '../align/anchors';
import type { LanguagePack } from '../lang/types';
import type { Alignment, Claim, Discrepancy } from '../types';
import { compareAttribution } from './attribution';
import type { AlignedGroup, Comparer } from './context';
import { compareEntities } from './entities';
import { compareNegation } from './negation';
import { compareNumbers } from './numbers';
import { compareRoles } from './roles';
import { compareTimes } from './time';

export type { AlignedGroup, Comparer } from './context';

/** The comparers run on every aligned group, in this order. */
export const COMPARERS: Comparer[] = [
  compareTimes,
  compareNumbers,
  compareEntities,
  compareAttribution,
  compareRoles,
  compareNegation,
];

export interface FindOptions {
  /** Pairs outside the alignments that tell of the same actor: cross-checked for dates only. */
  related?: Alignment[];
  comparers?: Comparer[];
}

export function findDiscrepancies(
  left: Claim[],
  right: Claim[],
  alignments: Alignment[],
  langs: { left: LanguagePack; right: LanguagePack },
  options: FindOptions = {},
): Discrepancy[] {
  const { related = [], comparers = COMPARERS } = options;
  const byId = new Map([...left, ...right].map((c) => [c.id, c]));
  const supported = inSequence(left, right, alignments);
  const commonAnchors = common([...left, ...right]);
  const leftSentences = bySentence(left);
  const rightSentences = bySentence(right);
  const aligned = new Set(alignments.flatMap((a) => [...a.left, ...a.right]));
  const claimsOf = (ids: string[]) => ids.map((id) => byId.get(id)!);
  // The other clauses of the group's sentences: what the other side may have said in one of its sentences.
  const clauses = (ids: string[], sentences: Map<number, Claim[]>) => {
    const own = claimsOf(ids);
    const around = [...new Set(own.map((c) => c.sentence))].flatMap((k) => sentences.get(k) ?? []);
    return around.filter((c) => !ids.includes(c.id) && own.some((o) => sameClause(o, c)));
  };
  // An unaligned claim right before or after the group: perhaps the rest of the other side's sentence.
  const beside = (ids: string[], claims: Claim[]) => {
    const at = claimsOf(ids).map((c) => claims.indexOf(c));
    return [Math.min(...at) - 1, Math.max(...at) + 1]
      .map((k) => claims[k])
      .filter((c) => c !== undefined && !aligned.has(c.id));
  };
  const group = (a: Alignment, isRelated: boolean): AlignedGroup => ({
    left: a.left.map((id) => byId.get(id)!),
    right: a.right.map((id) => byId.get(id)!),
    score: a.score,
    ...(isRelated ? { related: true } : {}),
    ...(!isRelated && supported.has(a) ? { inSequence: true } : {}),
    commonAnchors,
    context: { left: clauses(a.left, leftSentences), right: clauses(a.right, rightSentences) },
    beside: { left: beside(a.left, left), right: beside(a.right, right) },
  });
  const found = alignments.flatMap((a) => comparers.flatMap((compare) => compare(group(a, false), langs)));
  const seen = new Set(found.map(spanKey));
  for (const a of related) {
    for (const d of compareTimes(group(a, true), langs)) {
      if (d.kind === 'date' && !seen.has(spanKey(d))) {
        seen.add(spanKey(d));
        found.push(d);
      }
    }
  }
  return found.sort((a, b) => b.confidence - a.confidence || a.left.start - b.left.start);
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

/** Claims by the sentence they come from. */
function bySentence(claims: Claim[]): Map<number, Claim[]> {
  const map = new Map<number, Claim[]>();
  for (const c of claims) map.set(c.sentence, [...(map.get(c.sentence) ?? []), c]);
  return map;
}

/**
 * Alignments whose neighbours agree: the claims just before the group on both sides sit in one alignment, or
 * the claims just after it do. Two accounts keep the order of a passage, so a pair in sequence is likely right
 * even when its own words differ.
 */
function inSequence(left: Claim[], right: Claim[], alignments: Alignment[]): Set<Alignment> {
  const index = new Map([...left, ...right].map((c, k) => [c.id, k < left.length ? k : k - left.length]));
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

function spanKey(d: Discrepancy): string {
  return `${d.left.start}:${d.left.end}|${d.right.start}:${d.right.end}`;
}
