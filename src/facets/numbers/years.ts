// Years written as bare numbers: 'the 2018 election', 'OL 2012', 'Katrina (1967)'. The time stage reads a year as
// a time only after a preposition ('in 2016', 'i 2016'); a plain four-digit number from 1800 to 2099 is a year in
// news text far more often than a count (counts that large take a thousands separator: '2,000', '2.000'), so it is
// a year facet unless a unit of measurement follows it or a currency sign stands before it.
import type { NumberFacet, Span, TimeFacet } from '../../types';
import { readSpan } from '../span-text';
import type { NumberRules } from './rules';

const FIRST_YEAR = 1800;
const LAST_YEAR = 2099;

/** Whether a number facet of the claim is a year written as a bare number. */
export function isBareYear(claim: Span, facet: NumberFacet, rules: NumberRules): boolean {
  if (facet.kind !== 'cardinal' || !/^\d{4}$/.test(facet.text)) return false;
  if (facet.value < FIRST_YEAR || facet.value > LAST_YEAR) return false;
  const { text, offset } = readSpan(claim);
  if (/[$£€¥]\s*$/.test(text.slice(0, facet.start - offset))) return false;
  const unit = facet.unit?.toLowerCase().replace(/\.$/, '');
  return !(unit && rules.measures[unit]);
}

/** A bare year as the time facet it is. */
export function yearFacet(n: NumberFacet): TimeFacet {
  return { text: n.text, start: n.start, end: n.end, kind: 'year', year: n.value, bare: true };
}
