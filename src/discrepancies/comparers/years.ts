// Years written as bare numbers: 'the 2018 election', 'OL 2012', 'Katrina (1967)'. The facet stage reads a year
// as a time only after a preposition ('in 2016', 'i 2016'); a plain four-digit number from 1800 to 2099 is a year
// in news text far more often than a count (counts that large take a thousands separator: '2,000', '2.000'), so
// the comparers read it as a year unless a unit of measurement follows it.
import type { NumberRules } from '../../facets/numbers/rules';
import type { Claim, NumberFacet, TimeFacet } from '../../types';
import type { Located } from '../group/context';

const FIRST_YEAR = 1800;
const LAST_YEAR = 2099;

/** Whether a number facet is a year written as a bare number. */
export function isBareYear(claim: Claim, facet: NumberFacet, rules: NumberRules): boolean {
  if (facet.kind !== 'cardinal' || !/^\d{4}$/.test(facet.text)) return false;
  if (facet.value < FIRST_YEAR || facet.value > LAST_YEAR) return false;
  const before = claim.text.slice(0, facet.start - claim.start);
  if (/[$£€¥]\s*$/.test(before)) return false;
  const unit = facet.unit?.toLowerCase().replace(/\.$/, '');
  return !(unit && rules.measures[unit]);
}

/** The bare years of some claims as year facets, so that they meet the years the other side writes as times. */
export function bareYears(claims: Claim[], rules: NumberRules): Located<TimeFacet>[] {
  return claims.flatMap((claim) =>
    claim.facets.numbers
      .filter((n) => isBareYear(claim, n, rules))
      .filter((n) => !claim.facets.times.some((t) => t.start <= n.start && n.end <= t.end))
      .map((n) => ({
        claim,
        facet: { text: n.text, start: n.start, end: n.end, kind: 'year' as const, year: n.value },
      })),
  );
}
