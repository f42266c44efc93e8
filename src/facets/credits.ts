// Who a claim is credited to, as names: the speaker's and each outlet's entity, and the names a credit joins
// ('Kina og Rusland'), so that comparers meet credits by their keys alone.
import type { Attribution, Credit, EntityFacet, Span } from '../types';
import type { NameRules } from './names/rules';
import { overlaps } from '../keys/spans';
import { findEntities } from './names';

/** What the credits read of a pack's text rules: the words that join two names into one credit ('og', 'and'). */
export interface CreditRules {
  conjunctions: readonly string[];
}

/** The claim's attribution with the names of every credit; new objects, as claims of a sentence share spans. */
export function describeCredits(
  claim: Span,
  attribution: Attribution,
  entities: EntityFacet[],
  pack: { names: NameRules; text: CreditRules },
): Attribution {
  const credit = (span: Credit): Credit => {
    const { text, start, end } = span;
    const entity = entityIn(span, entities) ?? nameOutside(span, claim, pack);
    const members = joined(span, claim, entities, pack);
    return { text, start, end, ...(entity ? { entity } : {}), ...(members.length > 1 ? { members } : {}) };
  };
  return {
    ...(attribution.speaker ? { speaker: credit(attribution.speaker) } : {}),
    ...(attribution.via ? { via: attribution.via.map(credit) } : {}),
  };
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
function nameOutside(span: Span, claim: Span, pack: { names: NameRules }): EntityFacet | undefined {
  if (claim.start <= span.start && span.end <= claim.end) return undefined;
  // The last name, as in entityIn: 'Lakers-reporter Mike Trudell' is Trudell, not the team.
  return findEntities(span, pack.names).filter((e) => e.type !== 'place').pop();
}

/** The names a credit joins with commas and conjunctions ('Kina og Rusland'), in order; one name or none else. */
function joined(span: Span, claim: Span, entities: EntityFacet[], pack: { text: CreditRules }): EntityFacet[] {
  const inside = entities.filter((e) => e.start >= span.start && e.end <= span.end).sort((a, b) => a.start - b.start);
  const conjunctions = new Set(pack.text.conjunctions.map((w) => w.toLowerCase()));
  const between = (a: EntityFacet, b: EntityFacet) => claim.text.slice(a.end - claim.start, b.start - claim.start).trim().toLowerCase();
  const linked = inside.every((e, i) => {
    if (i === 0) return true;
    const gap = between(inside[i - 1], e).replace(/^,\s*/, '');
    return gap === '' || gap === '&' || conjunctions.has(gap);
  });
  return linked ? inside : [];
}
