// Small hand-made claims for stage tests that need no language analysis.
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
