// Roles and titles of aligned claims: the same person given another office, or the one office named differs.
import { sameEntity } from '../../keys/same-entity';
import type { Claim, Discrepancy, EntityFacet, RoleFacet } from '../../types';
import { GENERIC_FIT, GENERIC_ROLE, roleFit } from './role-fit';
import { collect, confidenceFor, side, type AlignedGroup, type Comparer, type Located } from '../group/context';
import type { Messages } from '../messages/en';

/** A name right before a role belongs to it only across a comma and at most a short word: 'Lavrov, the minister'. */
const APPOSITION = /^\s*,\s*(\p{Ll}{1,4}\s+)?$/u;

interface Held {
  item: Located<RoleFacet>;
  /** The person the role is given to, when a name stands right beside it. */
  holder?: EntityFacet;
}

export const compareRoles: Comparer = (group, say) => {
  const left = collect(group.left, (c) => c.facets.roles).map(holderOf);
  const right = collect(group.right, (c) => c.facets.roles).map(holderOf);
  // 'Leader' (leder, head of) may stand for any office: it is never a finding, and it answers no office, so that
  // 'lederen … præsident' against 'chancellor' still shows the office that changed.
  const [openLeft, openRight] = unpaired(left, right).map((open) => open.filter((h) => h.item.facet.key !== GENERIC_ROLE));
  if (openLeft.length === 0 || openRight.length === 0) return [];

  const found: Discrepancy[] = [];
  const taken = new Set<Held>();
  // The same person holds different offices on the two sides: the clearest case.
  for (const l of openLeft) {
    const r = openRight.find((x) => !taken.has(x) && l.holder && x.holder && sameEntity(l.holder, x.holder).same);
    if (!r) continue;
    taken.add(r);
    found.push(finding(l, r, 0.75, group, say));
  }
  // Otherwise only when one office on each side is left without a counterpart, neither given to a named person
  // ('the foreign minister said'): with more, or with one given to someone, they may be different people's.
  if (found.length === 0 && openLeft.length === 1 && openRight.length === 1) {
    const [l, r] = [openLeft[0], openRight[0]];
    if (!l.holder && !r.holder) found.push(finding(l, r, 0.6, group, say));
  }
  return found;
};

/**
 * Pairs each role with one on the other side that fits it, closest fits first and one counterpart each (two
 * 'leaders' on one side do not both answer one 'leader'); returns the roles left over on each side.
 */
function unpaired(left: Held[], right: Held[]): [Held[], Held[]] {
  const candidates = left.flatMap((l, i) =>
    right.map((r, j) => ({ i, j, fit: roleFit(l.item.facet.key, r.item.facet.key), same: sameHolder(l, r) })),
  );
  candidates.sort((a, b) => a.fit - b.fit || Number(b.same) - Number(a.same) || a.i - b.i || a.j - b.j);
  const usedLeft = new Set<number>();
  const usedRight = new Set<number>();
  for (const c of candidates) {
    if (c.fit === 0 || c.fit === GENERIC_FIT || usedLeft.has(c.i) || usedRight.has(c.j)) continue;
    usedLeft.add(c.i);
    usedRight.add(c.j);
  }
  return [left.filter((_, i) => !usedLeft.has(i)), right.filter((_, j) => !usedRight.has(j))];
}

function sameHolder(l: Held, r: Held): boolean {
  return l.holder !== undefined && r.holder !== undefined && sameEntity(l.holder, r.holder).same;
}

function holderOf(item: Located<RoleFacet>): Held {
  const { claim, facet } = item;
  // The facet stage may already know whom the role describes; else a name right beside it.
  const known = facet.person ? claim.facets.entities.find((e) => e.key === facet.person) : undefined;
  return { item, holder: known ?? attachedPerson(claim, facet) };
}

/** The person named right after the role ('Minister Lavrov') or right before it ('Lavrov, the minister'). */
function attachedPerson(claim: Claim, role: RoleFacet): EntityFacet | undefined {
  const people = claim.facets.entities.filter((e) => e.type === 'person' || e.type === 'name');
  const gap = (from: number, to: number) => claim.text.slice(from - claim.start, to - claim.start);
  const after = people.find((e) => e.start >= role.end && /^[ \t\u00a0]{1,2}$/.test(gap(role.end, e.start)));
  if (after) return after;
  return people.filter((e) => e.end <= role.start && APPOSITION.test(gap(e.end, role.start))).pop();
}

function finding(l: Held, r: Held, base: number, group: AlignedGroup, say: Messages): Discrepancy {
  return {
    kind: 'role',
    left: side(l.item, l.item.facet.key),
    right: side(r.item, r.item.facet.key),
    confidence: confidenceFor(group, base),
    message: say.role(l.item.facet, r.item.facet, l.holder && r.holder ? r.holder : undefined),
  };
}
