// Roles and titles of aligned claims: the same person given another office, or the one office named differs.
import { sameEntity } from '../facets/entities';
import type { Claim, Discrepancy, EntityFacet, RoleFacet } from '../types';
import { collect, confidenceFor, side, type AlignedGroup, type Comparer, type Languages, type Located } from './context';

/** A name right before a role belongs to it only across a comma and at most a short word: 'Lavrov, the minister'. */
const APPOSITION = /^\s*,\s*(\p{Ll}{1,4}\s+)?$/u;

/** Offices that translations render by one another: a Danish 'direktør' is often the English 'chief executive'. */
const INTERCHANGEABLE = [
  ['director', 'chief-executive'],
  ['spokesperson', 'press-secretary'],
];

/** Role keys that a translation may use for one another, or for a more specific one ('minister'). */
function compatible(a: string, b: string): boolean {
  if (a === b) return true;
  if (INTERCHANGEABLE.some((keys) => keys.includes(a) && keys.includes(b))) return true;
  const generic = (g: string, k: string) => g === 'leader' || (g === 'minister' && k.endsWith('minister'));
  return generic(a, b) || generic(b, a);
}

interface Held {
  item: Located<RoleFacet>;
  /** The person the role is given to, when a name stands right beside it. */
  holder?: EntityFacet;
}

export const compareRoles: Comparer = (group, langs) => {
  const left = collect(group.left, (c) => c.facets.roles).map(holderOf);
  const right = collect(group.right, (c) => c.facets.roles).map(holderOf);
  const openLeft = left.filter((l) => !right.some((r) => compatible(l.item.facet.key, r.item.facet.key)));
  const openRight = right.filter((r) => !left.some((l) => compatible(l.item.facet.key, r.item.facet.key)));
  if (openLeft.length === 0 || openRight.length === 0) return [];

  const found: Discrepancy[] = [];
  const taken = new Set<Held>();
  // The same person holds different offices on the two sides: the clearest case.
  for (const l of openLeft) {
    const r = openRight.find((x) => !taken.has(x) && l.holder && x.holder && sameEntity(l.holder, x.holder).same);
    if (!r) continue;
    taken.add(r);
    found.push(finding(l, r, 0.75, group, langs));
  }
  // Otherwise only when each side names one role, neither given to a named person ('the foreign minister said'):
  // with more, or with one given to someone, the roles may be different people's.
  if (found.length === 0 && left.length === 1 && right.length === 1) {
    const [l, r] = [openLeft[0], openRight[0]];
    if (!l.holder && !r.holder) found.push(finding(l, r, 0.6, group, langs));
  }
  return found;
};

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

function finding(l: Held, r: Held, base: number, group: AlignedGroup, langs: Languages): Discrepancy {
  const who = l.holder && r.holder ? ` of ${r.holder.text}` : '';
  return {
    kind: 'role',
    left: side(l.item, l.item.facet.key),
    right: side(r.item, r.item.facet.key),
    confidence: confidenceFor(group, base),
    message: `The ${langs.left.name} article gives the role${who} as "${l.item.facet.text}"; the ${langs.right.name} article as "${r.item.facet.text}".`,
  };
}
