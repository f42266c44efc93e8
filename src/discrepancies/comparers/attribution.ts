// Who says it and who reports it: aligned claims put in different mouths, or credited to different agencies.
import { foldName } from '../../keys/fold';
import { sameEntity } from '../../keys/same-entity';
import { overlaps } from '../../keys/spans';
import type { Claim, Credit as CreditFacet, Discrepancy, EntityFacet, Span } from '../../types';
import type { Messages } from '../messages/en';
import { roleFit } from './role-fit';
import { confidenceFor, type AlignedGroup, type Comparer } from '../group/context';

/** A credit (speaker or agency) with what it can be compared by. */
interface Credit {
  claim: Claim;
  span: Span;
  /** The name inside the span, when the span is or holds one. */
  entity?: EntityFacet;
  /** Role keys inside the span ('the foreign minister'). */
  roles: string[];
  /** Two or more names the span joins ('Kina og Rusland', 'China and India'): all of them say it. */
  members?: EntityFacet[];
}

export const compareAttribution: Comparer = (group, say) => {
  const found: Discrepancy[] = [];
  const speaker = (c: Claim) => (c.attribution?.speaker ? [c.attribution.speaker] : []);
  const via = (c: Claim) => c.attribution?.via ?? [];
  const leftSpeakers = credits(group.left, speaker);
  const rightSpeakers = credits(group.right, speaker);
  const leftVia = credits(group.left, via);
  const rightVia = credits(group.right, via);

  const speakers = differing(leftSpeakers, rightSpeakers);
  if (speakers) {
    // A speaker named anywhere in the other side's claims may only be worded differently there ('X told Y').
    const [l, r] = speakers;
    const elsewhere = namedIn(l, group.right) || namedIn(r, group.left);
    // An agency speaking on one side ('Reuters reported') may be the other side's credit, and the reverse.
    const crossed = agree(l, rightVia) || agree(r, leftVia);
    if (!elsewhere && !crossed) found.push(finding(l, r, 'speaker', group, say));
  }
  const outlets = differing(leftVia, rightVia);
  if (outlets) {
    const [l, r] = outlets;
    if (!agree(l, rightSpeakers) && !agree(r, leftSpeakers)) found.push(finding(l, r, 'via', group, say));
  }
  return found;
};

function credits(claims: Claim[], pick: (c: Claim) => CreditFacet[]): Credit[] {
  return claims.flatMap((claim) =>
    pick(claim).map((span) => ({
      claim,
      span,
      entity: span.entity,
      roles: claim.facets.roles.filter((r) => overlaps(r, span)).map((r) => r.key),
      ...(span.members ? { members: span.members } : {}),
    })),
  );
}

/** The first left and right credits that cannot be the same, when no credit on one side fits one on the other. */
function differing(left: Credit[], right: Credit[]): [Credit, Credit] | undefined {
  if (left.length === 0 || right.length === 0) return undefined;
  if (left.some((l) => agree(l, right))) return undefined;
  const l = left.find((x) => comparable(x, right));
  const r = l && right.find((x) => comparableWith(l, x));
  return l && r ? [l, r] : undefined;
}

/** Whether a credit fits any of the others: same entity, same role, or the same words. */
function agree(credit: Credit, others: Credit[]): boolean {
  return others.some((o) => same(credit, o));
}

function same(a: Credit, b: Credit): boolean {
  // Several names on either side: the same ones, all of them ('Kina og Rusland' is not 'China and India').
  if (a.members || b.members) {
    const [x, y] = [a.members ?? (a.entity ? [a.entity] : []), b.members ?? (b.entity ? [b.entity] : [])];
    const covers = (p: EntityFacet[], q: EntityFacet[]) => p.every((e) => q.some((f) => sameEntity(e, f).same));
    if (x.length > 0 && y.length > 0) return covers(x, y) && covers(y, x);
  }
  if (a.entity && b.entity && (sameEntity(a.entity, b.entity).same || endsWith(a.entity, b.entity))) return true;
  if (a.roles.some((k) => b.roles.some((j) => roleFit(k, j) > 0))) return true;
  return foldName(a.span.text) === foldName(b.span.text);
}

/**
 * One name is the other with a word glued before it ('Lakers-reporter Mike Trudell' / 'Mike Trudell'): a
 * descriptor the name extraction took in, when the rest is a full name of two words or more.
 */
function endsWith(a: EntityFacet, b: EntityFacet): boolean {
  const [short, long] = a.key.length <= b.key.length ? [a.key, b.key] : [b.key, a.key];
  return short.includes(' ') && short !== long && long.endsWith(` ${short}`);
}

/** Two credits can disagree only when both are names, or both are roles: 'Lavrov' and 'the minister' can agree. */
function comparableWith(a: Credit, b: Credit): boolean {
  if (a.entity && b.entity) return true;
  return !a.entity && !b.entity && a.roles.length > 0 && b.roles.length > 0;
}

function comparable(a: Credit, others: Credit[]): boolean {
  return others.some((o) => comparableWith(a, o));
}

/** The credit's name is written in the other side's claims, though not as the speaker there. */
function namedIn(credit: Credit, claims: Claim[]): boolean {
  const names = credit.members ?? (credit.entity ? [credit.entity] : []);
  if (names.length === 0) return false;
  return names.every((entity) => claims.some((c) => c.facets.entities.some((e) => sameEntity(entity, e).same)));
}

/**
 * A credit that stands outside its claim was carried there from another sentence ('…," sagde han' after a sentence
 * naming him): a pronoun resolved by what came before, which a second article orders differently.
 */
function carried(c: Credit): number {
  return c.span.start >= c.claim.start && c.span.end <= c.claim.end ? 1 : 0.7;
}

function finding(l: Credit, r: Credit, what: 'speaker' | 'via', group: AlignedGroup, say: Messages): Discrepancy {
  const sideOf = (c: Credit) => ({
    claim: c.claim.id,
    text: c.span.text,
    start: c.span.start,
    end: c.span.end,
    ...(c.entity ? { value: c.entity.key } : c.roles.length ? { value: c.roles[0] } : {}),
  });
  return {
    kind: 'attribution',
    left: sideOf(l),
    right: sideOf(r),
    confidence: confidenceFor(group, (what === 'speaker' ? 0.7 : 0.75) * carried(l) * carried(r)),
    message: say.credit(what, l.span, r.span),
  };
}
