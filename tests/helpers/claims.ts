// Small hand-made claims for stage tests that need no language analysis.
import { describeCredits } from '../../src/facets/credits';
import { isNegated } from '../../src/facets/negation';
import { findImplicitNegators, findNegatingWords } from '../../src/facets/negation/cues';
import { withGenitiveS } from '../../src/facets/names/genitives';
import { measureAfter } from '../../src/facets/numbers/measure';
import { isBareYear, yearFacet } from '../../src/facets/numbers/years';
import { findQuotes } from '../../src/facets/quotes';
import { findSayings } from '../../src/facets/sayings';
import { getLanguagePack } from '../../src/lang';
import type { Claim, Facets } from '../../src/types';

export function makeClaim(id: string, text: string, facets: Partial<Facets> = {}, start = 0): Claim {
  return {
    id,
    text,
    start,
    end: start + text.length,
    // Each claim its own sentence unless a test says otherwise: 'L3' is sentence 2.
    sentence: Math.max(0, Number(id.slice(1)) - 1 || 0),
    facets: { times: [], numbers: [], entities: [], roles: [], negated: false, ...facets },
  };
}

/** A unit vector along one axis, slightly mixed with a second axis so vectors are not all orthogonal. */
export function axis(dim: number, index: number, mix = 0, other = (index + 1) % dim): Float32Array {
  const v = new Float32Array(dim);
  v[index] = 1;
  v[other] += mix;
  const norm = Math.hypot(...v);
  return v.map((x) => x / norm);
}

/**
 * A hand-made claim with the facets the facet stage reads off its words, as analyze() gives them: negating words,
 * the polarity, sayings, quotations, the unit of each number (a bare year becomes a year), and the names of its credits. The
 * language is the claim's side unless given: 'L…' Danish, 'R…' English.
 */
export function withWordFacets(claim: Claim, lang = claim.id.startsWith('L') ? 'da' : 'en'): Claim {
  const pack = getLanguagePack(lang);
  const f = claim.facets;
  const years = f.numbers.filter((n) => isBareYear(claim, n, pack.numbers));
  const numbers = f.numbers.filter((n) => !years.includes(n)).map((n) => {
    const measure = measureAfter(claim, n, pack.numbers);
    return measure ? { ...n, measure } : n;
  });
  const negating = findNegatingWords(claim, pack.negation);
  const extra = {
    negators: negating.negators,
    negatingIdioms: negating.idioms,
    implicitNegators: findImplicitNegators(claim, pack.negation, pack.names),
    sayings: findSayings(claim, pack.text),
    quotes: findQuotes([claim])[0],
  };
  const facets: Facets = {
    ...f,
    times: [...f.times, ...years.map(yearFacet)].sort((a, b) => a.start - b.start),
    numbers,
    entities: f.entities.map((e) => withGenitiveS(e, pack.names)),
    negated: f.negated || isNegated(claim, pack.negation),
    ...Object.fromEntries(Object.entries(extra).filter(([, spans]) => spans.length > 0)),
  };
  const attribution = claim.attribution && describeCredits(claim, claim.attribution, f.entities, pack);
  return { ...claim, ...(attribution ? { attribution } : {}), facets };
}

/** Claims of one sentence with the quotations read across them, as analyze() reads them. */
export function quotedTogether(claims: Claim[]): Claim[] {
  const quotes = findQuotes(claims);
  return claims.map((c, i) => ({ ...c, facets: { ...c.facets, ...(quotes[i].length ? { quotes: quotes[i] } : {}) } }));
}
