// The unit of measurement a number is given in: what lets '295 kg' meet '650 pounds', and never a length a count.
import type { NumberFacet, NumberMeasure, Span } from '../../types';
import { readSpan } from '../span-text';
import type { NumberRules } from './rules';

/** A unit may follow a range ('51 til 102 mm', '2 to 4 inches'): look this many words ahead for it. */
const UNIT_LOOKAHEAD = 3;
const UNIT_WORD = /[\p{L}°²/]+|\d[\d.,]*/gu;

/** The unit of measurement written right after a number of the claim, if any ('295 kg', '85 miles per hour'). */
export function measureAfter(claim: Span, facet: NumberFacet, rules: NumberRules): NumberMeasure | undefined {
  const { text, offset } = readSpan(claim);
  const after = text.slice(facet.end - offset, facet.end - offset + 60).toLowerCase();
  const words = after.match(UNIT_WORD) ?? [];
  // A unit glued to the number ('5km', '10%') arrives as the first word too.
  for (let i = 0; i < Math.min(words.length, UNIT_LOOKAHEAD); i++) {
    // The longest unit first: 'miles per hour' is a speed, 'miles' alone a length.
    for (const size of [3, 2, 1]) {
      const unit = words.slice(i, i + size).join(' ').replace(/\.$/, '');
      const measure = rules.measures[unit];
      if (measure) return { unit, ...measure };
    }
    if (!/^\d/.test(words[i]) && words[i].length > 3) return undefined;
  }
  return undefined;
}
