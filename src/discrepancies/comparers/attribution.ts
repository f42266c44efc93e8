// Who says it and who reports it: aligned claims put in different mouths, or credited to different agencies.
import { foldName } from '../../keys/fold';
import { findEntities } from '../../facets/names';
import { sameEntity } from '../../keys/same-entity';
import { overlaps } from '../../keys/spans';
import type { NameRules } from '../../facets/names/rules';
import type { LanguagePack } from '../../lang/types';
import type { Claim, Discrepancy, EntityFacet, Span } from '../../types';
import { roleFit } from './role-fit';
import { confidenceFor, type AlignedGroup, type Comparer, type Languages } from '../group/context';

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

export const compareAttribution: Comparer = (group, langs) => {
  const found: Discrepancy[] = [];
  const speaker = (c: Claim) => (c.attribution?.speaker ? [c.attribution.speaker] : []);
  const via = (c: Claim) => c.attribution?.via ?? [];
  const leftSpeakers = credits(group.left, speaker, langs.left);
  const rightSpeakers = credits(group.right, speaker, langs.right);
  const leftVia = credits(group.left, via, langs.left);
  const rightVia = credits(group.right, via, langs.right);

  const speakers = differing(leftSpeakers, rightSpeakers);
  if (speakers) {
    // A speaker named anywhere in the other side's claims may only be worded differently there ('X told Y').
    const [l, r] = speakers;
    const elsewhere = namedIn(l, group.right) || namedIn(r, group.left);
    // An agency speaking on one side ('Reuters reported') may be the other side's credit, and the reverse.
    const crossed = agree(l, rightVia) || agree(r, leftVia);
    if (!elsewhere && !crossed) found.push(finding(l, r, 'speaker', group, langs));
  }
  const outlets = differing(leftVia, rightVia);
  if (outlets) {
    const [l, r] = outlets;
    if (!agree(l, rightSpeakers) && !agree(r, leftSpeakers)) found.push(finding(l, r, 'via', group, langs));
  }
  return found;
};

function credits(claims: Claim[], pick: (c: Claim) => Span[], lang: LanguagePack): Credit[] {
  return claims.flatMap((claim) =>
    pick(claim).map((span) => {
      const members = joined(span, claim, lang);
      return {
        claim,
        span,
        entity: entityIn(span, claim.facets.entities) ?? nameIn(span, claim, lang.names),
        roles: claim.facets.roles.filter((r) => overlaps(r, span)).map((r) => r.key),
        ...(members.length > 1 ? { members } : {}),
      };
    }),
  );
}

/** The names a credit joins with commas and conjunctions ('Kina og Rusland'), in order; one name or none else. */
function joined(span: Span, claim: Claim, lang: LanguagePack): EntityFacet[] {
  const inside = claim.facets.entities.filter((e) => e.start >= span.start && e.end <= span.end).sort((a, b) => a.start - b.start);
  const conjunctions = new Set(lang.text.conjunctions.map((w) => w.toLowerCase()));
  const between = (a: EntityFacet, b: EntityFacet) => claim.text.slice(a.end - claim.start, b.start - claim.start).trim().toLowerCase();
  const linked = inside.every((e, i) => {
    if (i === 0) return true;
    const gap = between(inside[i - 1], e).replace(/^,\s*/, '');
    return gap === '' || gap === '&' || conjunctions.has(gap);
  });
  return linked ? inside : [];
}

/**
 * The name a credit holds: the last person or organisation in it ('Ruslands udenrigsminister Sergej Lavrov'),
 * not a place that begins it ('Jordan Spieth' read as the country and a name); a place only when nothing else.
 */
function entityIn(span: Span, entities: EntityFacet[]): EntityFacet | undefined {
  const inside = entities.filter((e) => overlaps(e, span));
  return inside.filter((e) => e.type !== 'place').pop() ?? inside[0];
}

/**
 * The name in a credit that lies outside its claim: a quotation split into claims carries its speaker to every
 * part, but only the part with the tag holds the name among its entities.
 */
function nameIn(span: Span, claim: Claim, names: NameRules): EntityFacet | undefined {
  if (claim.start <= span.start && span.end <= claim.end) return undefined;
  // The last name, as in entityIn: 'Lakers-reporter Mike Trudell' is Trudell, not the team.
  return findEntities(span, names).filter((e) => e.type !== 'place').pop();
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

function finding(l: Credit, r: Credit, what: 'speaker' | 'via', group: AlignedGroup, langs: Languages): Discrepancy {
  const sideOf = (c: Credit) => ({
    claim: c.claim.id,
    text: c.span.text,
    start: c.span.start,
    end: c.span.end,
    ...(c.entity ? { value: c.entity.key } : c.roles.length ? { value: c.roles[0] } : {}),
  });
  const message =
    what === 'speaker'
      ? `The ${langs.left.name} article attributes this to ${l.span.text}; the ${langs.right.name} article to ${r.span.text}.`
      : `The ${langs.left.name} article credits this to ${l.span.text}; the ${langs.right.name} article to ${r.span.text}.`;
  return {
    kind: 'attribution',
    left: sideOf(l),
    right: sideOf(r),
    confidence: confidenceFor(group, (what === 'speaker' ? 0.7 : 0.75) * carried(l) * carried(r)),
    message,
  };
}
