// Numbers of aligned claims: a count, amount or share that one side gives differently.
import type { Discrepancy, NumberFacet } from '../types';
import { collect, confidenceFor, side, type Comparer } from './context';

/** Equal up to rounding: "3.85 million" and "3,850,000", "2.5 %" and "2.50 %". */
function sameValue(a: number, b: number): boolean {
  if (a === b) return true;
  const big = Math.max(Math.abs(a), Math.abs(b));
  return big > 0 && Math.abs(a - b) / big < 0.005;
}

function comparable(a: NumberFacet, b: NumberFacet): boolean {
  // A percentage compares with a percentage, an ordinal with an ordinal; plain counts and decimals together.
  const family = (n: NumberFacet) => (n.kind === 'percent' || n.kind === 'ordinal' ? n.kind : 'count');
  return family(a) === family(b);
}

export const compareNumbers: Comparer = (group, langs) => {
  const left = collect(group.left, (c) => c.facets.numbers);
  const right = collect(group.right, (c) => c.facets.numbers);
  const openLeft = left.filter((l) => !right.some((r) => sameValue(l.facet.value, r.facet.value)));
  const openRight = right.filter((r) => !left.some((l) => sameValue(l.facet.value, r.facet.value)));
  const found: Discrepancy[] = [];
  const taken = new Set<number>();
  for (const l of openLeft) {
    // Pair each unexplained number with the first unexplained comparable one on the other side, in text order.
    const k = openRight.findIndex((r, idx) => !taken.has(idx) && comparable(l.facet, r.facet));
    if (k < 0) continue;
    taken.add(k);
    const r = openRight[k];
    // When both sides have several numbers and most are unexplained, the pairing is a guess: say so.
    const ambiguous = openLeft.length > 1 || openRight.length > 1;
    found.push({
      kind: 'number',
      left: side(l, l.facet.value),
      right: side(r, r.facet.value),
      confidence: confidenceFor(group, ambiguous ? 0.55 : 0.8),
      message: `The ${langs.left.name} article gives ${format(l.facet)} ("${l.facet.text}"); the ${langs.right.name} article ${format(r.facet)} ("${r.facet.text}").`,
    });
  }
  return found;
};

function format(n: NumberFacet): string {
  const value = n.value.toLocaleString('en');
  return n.kind === 'percent' ? `${value}%` : value;
}
